// Distances of the three spacing choices, in canvas pixels.
import type { Spacing } from './types';

export type SpacingValues = {
  /** Minimum gap between two ranks (columns of steps) along the flow. */
  rankGap: number;
  /** Gap between two steps stacked in one lane and rank. */
  rowGap: number;
  /** Space between a lane's border and its steps (room for loops routed along the border). */
  lanePadding: number;
  /** Space before the first rank, after the last one, and at both ends of a phase. */
  margin: number;
  /** Distance between parallel edge segments sharing a channel. */
  track: number;
  /** Clearance kept between an edge and a step it passes (room for half a label's height). */
  clearance: number;
};

export const SPACING_VALUES: Record<Spacing, SpacingValues> = {
  compact: { rankGap: 40, rowGap: 24, lanePadding: 20, margin: 24, track: 8, clearance: 11 },
  normal: { rankGap: 64, rowGap: 32, lanePadding: 28, margin: 40, track: 10, clearance: 12 },
  roomy: { rankGap: 96, rowGap: 48, lanePadding: 40, margin: 60, track: 14, clearance: 14 },
};

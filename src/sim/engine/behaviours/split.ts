// A parallel split: one token continues down every outgoing flow (the join counts them back in).
import type { Simulation } from '../simulation';

export const enterSplit = (sim: Simulation, token: number, node: number): number => sim.leave(token, node);

// What a run records besides its statistics, only when asked: a replay stream (token moves and
// queue changes, for the player) and an event log (one row per step done, for process mining).
// Both are bounded: only chosen cases are recorded, and recording stops at `maxEvents`.

export type RecordOptions = {
  /** Record the first `firstCases` cases (by arrival). */
  firstCases?: number;
  /** …or the cases arriving within [from, to) minutes. */
  from?: number;
  to?: number;
  /** Stop recording after this many replay events (default 200,000). */
  maxEvents?: number;
};

export const REPLAY_KINDS = ['arrive', 'enter', 'queue', 'start', 'finish', 'move', 'done', 'stuck'] as const;
export type ReplayKind = (typeof REPLAY_KINDS)[number];

export type ReplayEvent = {
  /** Minutes from the start of the run. */
  t: number;
  kind: ReplayKind;
  /** Case number (1, 2, … in order of arrival). */
  caseNo: number;
  /** Token (a case has several between a parallel split and its join); numbers are reused. */
  token: number;
  /** Node id (edge id for `move`). */
  at: string;
  /** queue: cases now waiting at the step; start: people now busy in the lane. */
  level?: number;
  /** move: when the token reaches the next step (after a hand-off delay). */
  until?: number;
  /** stuck: why (see STUCK_REASONS). */
  reason?: string;
};

export type LogRow = {
  caseNo: number;
  caseType: string;
  node: string;
  lane: string;
  /** Minutes from the start of the run: reached the step, started, finished. */
  arrived: number;
  started: number;
  finished: number;
  waiting: number;
};

export type Recording = { replay: ReplayEvent[]; log: LogRow[]; truncated: boolean };

export const DEFAULT_MAX_EVENTS = 200_000;

export class Recorder {
  readonly replay: ReplayEvent[] = [];
  readonly log: LogRow[] = [];
  truncated = false;
  private readonly maxEvents: number;

  constructor(private readonly options: RecordOptions) {
    this.maxEvents = options.maxEvents ?? DEFAULT_MAX_EVENTS;
  }

  /** Whether a case arriving now is recorded. */
  wants(caseNo: number, now: number): boolean {
    const { firstCases, from, to } = this.options;
    if (firstCases !== undefined && caseNo <= firstCases) return true;
    return from !== undefined && now >= from && now < (to ?? Infinity);
  }

  event(e: ReplayEvent): void {
    if (this.replay.length >= this.maxEvents) {
      this.truncated = true;
      return;
    }
    this.replay.push(e);
  }

  row(r: LogRow): void {
    if (this.replay.length < this.maxEvents) this.log.push(r);
  }

  recording(): Recording {
    return { replay: this.replay, log: this.log, truncated: this.truncated };
  }
}

// An end: the token leaves the process; the case is done when its last token is gone.
import type { Simulation } from '../simulation';

export function enterEnd(sim: Simulation, token: number): void {
  sim.tokenGone(token);
}

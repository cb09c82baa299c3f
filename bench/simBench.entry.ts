// What the sim bench runs, bundled by Vite the way the app ships it (see sim.bench.mjs).
export { createRun } from '../src/sim/run';
export { parseDocument } from '../src/model';
export { benchProcess } from './simProcess';

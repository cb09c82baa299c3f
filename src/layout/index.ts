// Swimlane auto-layout: pure pipeline (ELK ranks → our lane bands, channel routes, columns) with
// ELK behind an injected engine. The browser's engine (a Web Worker) loads lazily: elkjs is large.
export * from './types';
export { SPACING_VALUES } from './spacing';
export { layoutProcess } from './layoutProcess';
export { layoutInputOf } from './input';
export { nodeSizeFor, wrap, type MeasureText } from './labelSize';
export { layoutDefects, edgesInLoops, port, type LayoutDefects } from './metrics';
export { LARGE_GRAPH } from './elkPass';
export { labelPoint } from './labelPoint';

export const loadWorkerEngine = () => import('./engine/elkWorker').then((m) => m.createWorkerEngine());

// ELK in the calling thread (Node: tests and benchmarks). The browser uses elkWorker.ts.
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkGraph, LayoutEngine } from '../types';

export function createInProcessEngine(): LayoutEngine {
  const elk = new ELK();
  return {
    layout: (graph) => elk.layout(graph) as Promise<ElkGraph>,
    cancel: () => undefined, // a synchronous in-process layout cannot be interrupted
  };
}

// Random sequences of user intents must never break a document invariant nor produce a document
// that our own loader would reject.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invariantViolations } from '../invariants';
import { parseDocument } from '../parse';
import { clinicDoc } from '../testDocs';
import { NODE_KINDS, type ProcessDocument } from '../types';
import { applyCommand } from './index';
import { extractFragment, fragmentIds } from './fragment';

const pick = <T>(items: T[], i: number): T | undefined => (items.length ? items[i % items.length] : undefined);
let counter = 0;
const id = (p: string) => `r_${p}${++counter}`;

type Op = { kind: number; a: number; b: number; x: number; y: number };
// Adding nodes and edges is weighted up so that documents grow big enough to be interesting.
const KINDS = [0, 1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 5, 6, 7, 8, 8, 9, 10, 11, 12, 13, 14, 15, 16, 16];
const op = fc.record({
  kind: fc.constantFrom(...KINDS),
  a: fc.nat(50),
  b: fc.nat(50),
  x: fc.integer({ min: -200, max: 3000 }),
  y: fc.integer({ min: -200, max: 2000 }),
});

function step(doc: ProcessDocument, o: Op): ProcessDocument {
  const lane = pick(doc.lanes, o.a);
  const lane2 = pick(doc.lanes, o.b);
  const node = pick(doc.nodes, o.a);
  const node2 = pick(doc.nodes, o.b);
  const phase = pick(doc.phases, o.b);
  switch (o.kind) {
    case 0: return applyCommand(doc, 'addLane', { id: id('l'), name: `泳道${o.a}` });
    case 1: return lane ? applyCommand(doc, 'addNode', { id: id('n'), kind: NODE_KINDS[o.b % NODE_KINDS.length]!, laneId: lane.id, label: '步骤', at: { x: o.x, y: o.y % 400 } }) : doc;
    case 2: return node && node2 ? applyCommand(doc, 'connect', { id: id('e'), source: node.id, target: node2.id }) : doc;
    case 3: return node ? applyCommand(doc, 'placeNodes', { moves: [{ id: node.id, x: o.x, y: o.y }] }) : doc;
    case 4: return node && lane2 ? applyCommand(doc, 'moveNodeToLane', { id: node.id, laneId: lane2.id }) : doc;
    case 5: return applyCommand(doc, 'deleteElements', { nodeIds: node ? [node.id] : [], edgeIds: pick(doc.edges, o.b) ? [pick(doc.edges, o.b)!.id] : [] });
    case 6: return lane ? applyCommand(doc, 'deleteLane', { id: lane.id, moveNodesTo: lane2 && lane2.id !== lane.id && o.x % 2 ? lane2.id : null }) : doc;
    case 7: return lane ? applyCommand(doc, 'moveLane', { id: lane.id, toIndex: o.b }) : doc;
    case 8: return lane ? applyCommand(doc, 'resizeLane', { id: lane.id, size: o.y }) : doc;
    case 9: return applyCommand(doc, 'addPhase', { id: id('ph'), name: '阶段', index: o.a % (doc.phases.length + 1) });
    case 10: return phase ? applyCommand(doc, 'deletePhase', { id: phase.id }) : doc;
    case 11: return phase ? applyCommand(doc, 'movePhase', { id: phase.id, toIndex: o.a }) : doc;
    case 12: return phase ? applyCommand(doc, 'resizePhase', { id: phase.id, size: o.x }) : doc;
    case 13: return node ? applyCommand(doc, 'setNodePhase', { id: node.id, phaseId: o.x % 3 === 0 ? null : phase?.id ?? null }) : doc;
    case 14: {
      if (!node || doc.lanes.length === 0) return doc;
      const f = extractFragment(doc, [node.id, ...(node2 ? [node2.id] : [])]);
      const idMap = Object.fromEntries(fragmentIds(f).map((old) => [old, id('c')]));
      return applyCommand(doc, 'pasteFragment', { fragment: f, idMap, offset: { x: o.x % 100, y: o.y % 100 } });
    }
    case 15: return applyCommand(doc, 'setOrientation', { orientation: o.x % 2 ? 'vertical' : 'horizontal' });
    default: return node ? applyCommand(doc, 'appendNode', { fromId: node.id, id: id('n'), edgeId: id('e'), kind: 'task', label: '下一步' }) : doc;
  }
}

describe('document invariants under random editing', () => {
  it('hold after every command, and every result loads back', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 10, maxLength: 80 }), (ops) => {
        let doc = clinicDoc();
        for (const o of ops) {
          doc = step(doc, o);
          expect(invariantViolations(doc)).toEqual([]);
        }
        const loaded = parseDocument(JSON.parse(JSON.stringify(doc)));
        expect(loaded.ok ? [] : loaded.error).toEqual([]);
      }),
      { numRuns: 200, seed: 20261123 },
    );
  });
});

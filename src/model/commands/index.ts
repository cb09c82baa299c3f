// Every user intent on a document, as one named pure function `(doc, args) => doc`.
// The store applies one of these per undo step; its name keys the label shown to the user.
import type { ProcessDocument } from '../types';
import { appendNode } from './appendNode';
import { deleteElements } from './deleteElements';
import { connect, reconnectEdge, setEdgeHandoff, setEdgeLabel, setEdgeProbability } from './edges';
import { pasteFragment } from './fragment';
import { applyLayout } from './layout';
import { addLane, deleteLane, moveLane, renameLane, resizeLane, setLaneColor, setLaneStaff } from './lanes';
import {
  addNode,
  moveNodeToLane,
  placeNodes,
  setNodeDuration,
  setNodeLabel,
  setNodeNotes,
  setNodePhase,
  setTaskItems,
  setTimeStandard,
} from './nodes';
import { addPhase, deletePhase, movePhase, renamePhase, resizePhase } from './phases';
import { renameProcess, restoreVersion, setOrientation, setProcessDescription } from './process';
import {
  setBranchCaseTypes,
  setHandoffDelay,
  setLaneCost,
  setLaneHours,
  setStartArrival,
  setTaskFixedCost,
  setTaskPeople,
} from './simulationInputs';
import {
  addCaseType,
  addScenario,
  deleteCaseType,
  deleteScenario,
  setSimulationSettings,
  updateCaseType,
  updateScenario,
} from './simulationSettings';

export const commands = {
  renameProcess,
  setProcessDescription,
  setOrientation,
  restoreVersion,
  applyLayout,
  addLane,
  renameLane,
  setLaneColor,
  setLaneStaff,
  moveLane,
  resizeLane,
  deleteLane,
  addPhase,
  renamePhase,
  movePhase,
  resizePhase,
  deletePhase,
  addNode,
  appendNode,
  placeNodes,
  moveNodeToLane,
  setNodePhase,
  setNodeLabel,
  setNodeNotes,
  setNodeDuration,
  setTimeStandard,
  setTaskItems,
  connect,
  reconnectEdge,
  setEdgeLabel,
  setEdgeProbability,
  setEdgeHandoff,
  deleteElements,
  pasteFragment,
  setStartArrival,
  setTaskPeople,
  setTaskFixedCost,
  setLaneHours,
  setLaneCost,
  setHandoffDelay,
  setBranchCaseTypes,
  setSimulationSettings,
  addCaseType,
  updateCaseType,
  deleteCaseType,
  addScenario,
  updateScenario,
  deleteScenario,
} satisfies Record<string, (doc: ProcessDocument, args: never) => ProcessDocument>;

export type CommandName = keyof typeof commands;
export type CommandArgs<K extends CommandName> = Parameters<(typeof commands)[K]>[1];

export function applyCommand<K extends CommandName>(
  doc: ProcessDocument,
  name: K,
  args: CommandArgs<K>,
): ProcessDocument {
  const run = commands[name] as (doc: ProcessDocument, args: CommandArgs<K>) => ProcessDocument;
  return run(doc, args);
}

export { ModelError } from './internal';
export { CONNECT_REFUSALS, connectRefusal, type ConnectRefusal } from './edges';
export { extractFragment, fragmentIds, type Fragment } from './fragment';
export { requiredLaneSize } from './internal';
export type { AddLaneArgs } from './lanes';
export type { AddNodeArgs } from './nodes';
export type { LayoutGeometry } from './layout';

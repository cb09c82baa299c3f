import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import { FlowEdge } from './edges/FlowEdge';
import { LaneNode } from './lanes/LaneNode';
import { PhaseNode } from './lanes/PhaseNode';
import { DecisionNode } from './nodes/DecisionNode';
import { EventNode } from './nodes/EventNode';
import { GatewayNode } from './nodes/GatewayNode';
import { TaskNode } from './nodes/TaskNode';

// Module-level constants: React Flow re-mounts every node when these objects change identity.
export const nodeTypes: NodeTypes = {
  start: EventNode,
  end: EventNode,
  task: TaskNode,
  wait: TaskNode,
  decision: DecisionNode,
  parallelSplit: GatewayNode,
  parallelJoin: GatewayNode,
  lane: LaneNode,
  phase: PhaseNode,
};

export const edgeTypes: EdgeTypes = { flow: FlowEdge };

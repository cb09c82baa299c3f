import {
  Background,
  BackgroundVariant,
  ConnectionMode,
  Controls,
  MiniMap,
  ReactFlow,
  SelectionMode,
  type AriaLabelConfig,
} from '@xyflow/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GRID_SIZE } from '../../model';
import { useDoc, useView } from '../EditorContext';
import { LayoutProgress } from '../layout/LayoutProgress';
import { EmptyCanvas } from './EmptyCanvas';
import { edgeTypes, nodeTypes } from './nodeTypes';
import { Projection, type CanvasEdge, type CanvasNode } from './projection';
import { useCanvasHandlers } from './useCanvasHandlers';
import { useFocusRequests } from './useFocusRequests';

/** Above this many steps, only what is on screen is rendered (measured: tech-notes §6). */
const VIRTUALIZE_ABOVE = 800;

const minimapColor = (n: CanvasNode) => {
  if (n.type === 'lane') return n.data.lane.color;
  if (n.type === 'phase') return 'transparent';
  return '#475569';
};

export function FlowCanvas() {
  const { t } = useTranslation();
  const doc = useDoc((d) => d);
  const selection = useView((v) => v.selection);
  const editing = useView((v) => v.editing);
  const preview = useView((v) => v.preview);
  const snapToGrid = useView((v) => v.snapToGrid);
  const showMinimap = useView((v) => v.showMinimap);
  const readOnly = useView((v) => v.readOnly);
  const animating = useView((v) => v.layoutAnimating);
  const [projection] = useState(() => new Projection());
  const nodes = useMemo(() => projection.nodes(doc, { selection, editing, preview }), [projection, doc, selection, editing, preview]);
  const edges = useMemo(() => projection.edgeList(doc, { selection, editing, preview }), [projection, doc, selection, editing, preview]);
  const handlers = useCanvasHandlers();
  useFocusRequests();

  const ariaLabels = useMemo<Partial<AriaLabelConfig>>(
    () => ({
      'controls.ariaLabel': t('canvas.controls'),
      'controls.zoomIn.ariaLabel': t('canvas.zoomIn'),
      'controls.zoomOut.ariaLabel': t('canvas.zoomOut'),
      'controls.fitView.ariaLabel': t('canvas.fitView'),
      'controls.interactive.ariaLabel': t('canvas.lock'),
      'minimap.ariaLabel': t('canvas.minimap'),
      'handle.ariaLabel': t('canvas.handle'),
    }),
    [t],
  );

  return (
    <div className={`fl-canvas ${animating ? 'is-animating-layout' : ''}`} onDragOver={handlers.onDragOver} onDrop={handlers.onDrop} data-testid="canvas">
      <ReactFlow<CanvasNode, CanvasEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={handlers.onNodesChange}
        onEdgesChange={handlers.onEdgesChange}
        onNodeDragStop={handlers.onNodeDragStop}
        onSelectionDragStop={handlers.onSelectionDragStop}
        onConnect={handlers.onConnect}
        onConnectEnd={handlers.onConnectEnd}
        onReconnect={handlers.onReconnect}
        onReconnectStart={handlers.onReconnectStart}
        onReconnectEnd={handlers.onReconnectEnd}
        isValidConnection={handlers.isValidConnection}
        onNodeDoubleClick={handlers.onNodeDoubleClick}
        onEdgeDoubleClick={handlers.onEdgeDoubleClick}
        onPaneClick={handlers.onPaneClick}
        connectionMode={ConnectionMode.Loose}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        edgesReconnectable={!readOnly}
        snapToGrid={snapToGrid}
        snapGrid={[GRID_SIZE, GRID_SIZE]}
        // Drag on empty canvas draws a selection box; pan with the wheel, space+drag or the
        // middle/right mouse button (like drawing tools managers already know).
        selectionOnDrag
        selectionMode={SelectionMode.Partial}
        panOnDrag={[1, 2]}
        panOnScroll
        multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
        deleteKeyCode={null}
        disableKeyboardA11y
        zoomOnDoubleClick={false}
        minZoom={0.1}
        maxZoom={2.5}
        onlyRenderVisibleElements={doc.nodes.length > VIRTUALIZE_ABOVE}
        fitView
        fitViewOptions={{ padding: 0.15, maxZoom: 1 }}
        ariaLabelConfig={ariaLabels}
      >
        <Background variant={BackgroundVariant.Dots} gap={GRID_SIZE * 2} size={1} />
        <Controls showInteractive={false} />
        {showMinimap && <MiniMap<CanvasNode> pannable zoomable nodeColor={minimapColor} nodeStrokeWidth={0} />}
      </ReactFlow>
      {doc.lanes.length === 0 && <EmptyCanvas />}
      <LayoutProgress />
    </div>
  );
}

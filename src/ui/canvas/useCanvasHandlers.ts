// React Flow callbacks turned into view-store updates (selection, drag preview) and commands.
// Drag frames only touch the preview; the drop is one `placeNodes` command (one undo step).
import {
  useReactFlow,
  type Connection,
  type EdgeChange,
  type IsValidConnection,
  type NodeChange,
  type OnConnectEnd,
  type FinalConnectionState,
  type HandleType,
  type OnNodeDrag,
} from '@xyflow/react';
import { useMemo, useRef, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { connectRefusal, NODE_KINDS, type NodeKind } from '../../model';
import { actions, EMPTY_SELECTION, setPreview, showNotice, type Editor } from '../../state';
import { useEditor } from '../EditorContext';
import { LANE_PREFIX, PHASE_PREFIX, type CanvasEdge, type CanvasNode } from './projection';

export const PALETTE_MIME = 'application/x-flowlane-kind';

const isStep = (id: string) => !id.startsWith(LANE_PREFIX) && !id.startsWith(PHASE_PREFIX);

function applySelect(current: string[], changes: { id: string; selected: boolean }[]): string[] {
  const set = new Set(current);
  for (const c of changes) {
    if (c.selected) set.add(c.id);
    else set.delete(c.id);
  }
  return [...set];
}

/** The step under a screen point, if any. */
function stepAt(x: number, y: number): string | null {
  for (const el of document.elementsFromPoint(x, y)) {
    const id = el.closest('.react-flow__node')?.getAttribute('data-id');
    if (id && isStep(id)) return id;
  }
  return null;
}

function commitDrag(editor: Editor, nodes: CanvasNode[]) {
  const moves = nodes.filter((n) => isStep(n.id)).map((n) => ({ id: n.id, x: n.position.x, y: n.position.y }));
  setPreview(editor.view, { nodePositions: null });
  if (moves.length > 0) editor.document.getState().execute('placeNodes', { moves });
}

export function useCanvasHandlers() {
  const editor = useEditor();
  const flow = useReactFlow();
  const { t } = useTranslation();
  // A reconnect drag also ends through onConnectEnd, which must then leave it alone.
  const reconnecting = useRef(false);

  return useMemo(() => {
    const doc = () => editor.document.getState().doc;

    const onNodesChange = (changes: NodeChange<CanvasNode>[]) => {
      let positions: Record<string, { x: number; y: number }> | null = null;
      const selects: { id: string; selected: boolean }[] = [];
      for (const c of changes) {
        if (c.type === 'position' && c.dragging && c.position) (positions ??= {})[c.id] = c.position;
        else if (c.type === 'select' && isStep(c.id)) selects.push(c);
      }
      if (positions) setPreview(editor.view, { nodePositions: { ...editor.view.getState().preview.nodePositions, ...positions } });
      if (selects.length > 0) {
        const { selection } = editor.view.getState();
        editor.view.setState({ selection: { ...EMPTY_SELECTION, edges: selection.edges, nodes: applySelect(selection.nodes, selects) } });
      }
    };

    const onEdgesChange = (changes: EdgeChange<CanvasEdge>[]) => {
      const selects = changes.flatMap((c) => (c.type === 'select' ? [c] : []));
      if (selects.length === 0) return;
      const { selection } = editor.view.getState();
      editor.view.setState({ selection: { ...EMPTY_SELECTION, nodes: selection.nodes, edges: applySelect(selection.edges, selects) } });
    };

    const onNodeDragStop: OnNodeDrag<CanvasNode> = (_event, _node, nodes) => commitDrag(editor, nodes);
    const onSelectionDragStop = (_event: unknown, nodes: CanvasNode[]) => commitDrag(editor, nodes);

    const isValidConnection: IsValidConnection<CanvasEdge> = (c) =>
      isStep(c.source) && isStep(c.target) && connectRefusal(doc(), c.source, c.target) === null;

    const onConnect = (c: Connection) => actions.connectNodes(editor, c.source, c.target);

    // React Flow only connects when released on a handle; people drop on the step itself.
    const onConnectEnd: OnConnectEnd = (event, state) => {
      if (state.isValid || !state.fromNode || reconnecting.current) return;
      const point = 'changedTouches' in event ? event.changedTouches[0] : event;
      if (!point) return;
      const target = stepAt(point.clientX, point.clientY);
      if (target && target !== state.fromNode.id) actions.connectNodes(editor, state.fromNode.id, target);
    };

    const onReconnect = (old: CanvasEdge, c: Connection) =>
      editor.document.getState().execute('reconnectEdge', { id: old.id, source: c.source, target: c.target });

    const onReconnectStart = () => {
      reconnecting.current = true;
    };

    // Likewise, an end of a flow dropped on a step's body moves to that step. `fixedEnd` is the
    // end that stayed where it was.
    const onReconnectEnd = (event: MouseEvent | TouchEvent, edge: CanvasEdge, fixedEnd: HandleType, state: FinalConnectionState) => {
      reconnecting.current = false;
      if (state.isValid) return;
      const point = 'changedTouches' in event ? event.changedTouches[0] : event;
      const step = point ? stepAt(point.clientX, point.clientY) : null;
      if (!step) return;
      const ends = fixedEnd === 'source' ? { source: edge.source, target: step } : { source: step, target: edge.target };
      const refusal = connectRefusal(doc(), ends.source, ends.target, edge.id);
      if (refusal) showNotice(editor.view, `notice.connect.${refusal}`, 'error');
      else editor.document.getState().execute('reconnectEdge', { id: edge.id, ...ends });
    };

    const onNodeDoubleClick = (_e: unknown, node: CanvasNode) => {
      if (isStep(node.id)) editor.view.setState({ editing: { kind: 'node', id: node.id } });
    };

    const onEdgeDoubleClick = (_e: unknown, edge: CanvasEdge) =>
      editor.view.setState({ editing: { kind: 'edge', id: edge.id } });

    const onPaneClick = () => editor.view.setState({ selection: EMPTY_SELECTION, editing: null });

    const onDragOver = (e: DragEvent) => {
      if (!e.dataTransfer.types.includes(PALETTE_MIME)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
    };

    const onDrop = (e: DragEvent) => {
      const kind = e.dataTransfer.getData(PALETTE_MIME) as NodeKind;
      if (!NODE_KINDS.includes(kind)) return;
      e.preventDefault();
      const at = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      actions.dropNode(editor, kind, t(`defaults.label.${kind}`), at, t('defaults.laneName', { n: 1 }));
    };

    return {
      onNodesChange,
      onEdgesChange,
      onNodeDragStop,
      onSelectionDragStop,
      isValidConnection,
      onConnect,
      onConnectEnd,
      onReconnect,
      onReconnectStart,
      onReconnectEnd,
      onNodeDoubleClick,
      onEdgeDoubleClick,
      onPaneClick,
      onDragOver,
      onDrop,
    };
  }, [editor, flow, t]);
}

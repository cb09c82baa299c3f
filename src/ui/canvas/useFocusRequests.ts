import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import type { ElementRef, ProcessDocument } from '../../model';
import { useEditor, useView } from '../EditorContext';
import { LANE_PREFIX, PHASE_PREFIX } from './projection';

/** Canvas node ids that show an element: a step itself, both ends of an edge, a lane's band. */
function nodesShowing(doc: ProcessDocument, ref: ElementRef): string[] {
  switch (ref.kind) {
    case 'node':
      return [ref.id];
    case 'edge': {
      const edge = doc.edges.find((e) => e.id === ref.id);
      return edge ? [edge.source, edge.target] : [];
    }
    case 'lane':
      return [LANE_PREFIX + ref.id];
    case 'phase':
      return [PHASE_PREFIX + ref.id];
    case 'process':
      return [];
  }
}

/** Brings an element into view when something (e.g. the check panel) asks for it. */
export function useFocusRequests() {
  const editor = useEditor();
  const flow = useReactFlow();
  const request = useView((v) => v.focusRequest);
  useEffect(() => {
    if (!request) return;
    const ids = nodesShowing(editor.document.getState().doc, request.ref);
    if (ids.length === 0) void flow.fitView({ duration: 300 });
    else void flow.fitView({ nodes: ids.map((id) => ({ id })), duration: 300, padding: 0.6, maxZoom: 1.2 });
  }, [request, editor, flow]);
}

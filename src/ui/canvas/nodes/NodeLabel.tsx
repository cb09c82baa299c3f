import { useTranslation } from 'react-i18next';
import type { FlowNode } from '../../../model';
import { useEditor } from '../../EditorContext';
import { InlineTextEditor } from '../../InlineTextEditor';

/** A node's label, or the in-place editor for it while it is being edited. */
export function NodeLabel({ node, editing, className }: { node: FlowNode; editing: boolean; className?: string }) {
  const editor = useEditor();
  const { t } = useTranslation();
  if (editing) {
    const close = () => editor.view.setState({ editing: null });
    return (
      <InlineTextEditor
        value={node.label}
        ariaLabel={t('canvas.editLabel')}
        onCommit={(label) => {
          editor.document.getState().execute('setNodeLabel', { id: node.id, label });
          close();
        }}
        onCancel={close}
      />
    );
  }
  return (
    <div className={`fl-label ${className ?? ''}`} title={node.notes || undefined}>
      {node.label || <span className="fl-placeholder">{t(`nodeKinds.${node.kind}`)}</span>}
    </div>
  );
}

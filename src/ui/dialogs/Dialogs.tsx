import { useEditor, useView } from '../EditorContext';
import { DeleteLaneDialog } from './DeleteLaneDialog';
import { HistoryDialog } from '../session/HistoryDialog';
import { HelpDialog } from './HelpDialog';

/** Whichever dialog the view store says is open. */
export function Dialogs() {
  const editor = useEditor();
  const dialog = useView((v) => v.dialog);
  const close = () => editor.view.setState({ dialog: null });
  if (!dialog) return null;
  if (dialog.kind === 'help') return <HelpDialog onClose={close} />;
  if (dialog.kind === 'history') return <HistoryDialog onClose={close} />;
  return <DeleteLaneDialog laneId={dialog.laneId} onClose={close} />;
}

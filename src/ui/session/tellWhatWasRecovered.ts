import { makeNotice, type Session } from '../../state';

/**
 * Tells the user when changes rescued from a closed tab could not be applied because the process
 * was saved elsewhere meanwhile; the notice opens the history, where they are kept.
 */
export function tellWhatWasRecovered({ recovered, editor }: Session) {
  if (recovered.kind !== 'keptAsVersion') return;
  const openHistory = { key: 'history.button', run: () => editor.view.setState({ dialog: { kind: 'history' } }) };
  editor.view.setState({ notice: makeNotice('rescue.keptAsVersion', 'error', { names: `“${recovered.name}”` }, openHistory) });
}

import type { Editor } from '../state';
import { EditorScreen } from '../ui';

/** The application shell; for now it has one screen, the editor. */
export function App({ editor }: { editor: Editor }) {
  return <EditorScreen editor={editor} />;
}

import './styles/app.css';
import './styles/canvas.css';
import './styles/panels.css';
import type { Editor } from '../state';
import { CanvasProvider } from './canvas/CanvasProvider';
import { FlowCanvas } from './canvas/FlowCanvas';
import { Dialogs } from './dialogs/Dialogs';
import { EditorProvider, useView } from './EditorContext';
import { useKeyboardShortcuts } from './hooks/useKeyboardShortcuts';
import { NoticeBar } from './NoticeBar';
import { Palette } from './palette/Palette';
import { CheckPanel } from './panels/CheckPanel';
import { PropertiesPanel } from './panels/PropertiesPanel';
import { Toolbar } from './toolbar/Toolbar';

function Layout() {
  useKeyboardShortcuts();
  const showChecks = useView((v) => v.showChecks);
  return (
    <div className="fl-app">
      <Toolbar />
      <div className="fl-main">
        <Palette />
        <main className="fl-center">
          <FlowCanvas />
          {showChecks && <CheckPanel />}
        </main>
        <PropertiesPanel />
      </div>
      <NoticeBar />
      <Dialogs />
    </div>
  );
}

/** The editor screen for one open process. */
export function EditorScreen({ editor }: { editor: Editor }) {
  return (
    <EditorProvider editor={editor}>
      <CanvasProvider>
        <Layout />
      </CanvasProvider>
    </EditorProvider>
  );
}

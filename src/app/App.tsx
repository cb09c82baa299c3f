import { ReactFlowProvider } from '@xyflow/react';
import type { Editor } from '../state';
import { FlowCanvas } from '../ui/canvas/FlowCanvas';
import { Dialogs } from '../ui/dialogs/Dialogs';
import { EditorProvider, useView } from '../ui/EditorContext';
import { useKeyboardShortcuts } from '../ui/hooks/useKeyboardShortcuts';
import { NoticeBar } from '../ui/NoticeBar';
import { Palette } from '../ui/palette/Palette';
import { CheckPanel } from '../ui/panels/CheckPanel';
import { PropertiesPanel } from '../ui/panels/PropertiesPanel';
import { Toolbar } from '../ui/toolbar/Toolbar';

function EditorScreen() {
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

export function App({ editor }: { editor: Editor }) {
  return (
    <EditorProvider editor={editor}>
      <ReactFlowProvider>
        <EditorScreen />
      </ReactFlowProvider>
    </EditorProvider>
  );
}

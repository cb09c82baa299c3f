import type { Editor } from '../state';
import { CanvasProvider } from './canvas/CanvasProvider';
import { FlowCanvas } from './canvas/FlowCanvas';
import { Dialogs } from './dialogs/Dialogs';
import { EditorProvider, useView } from './EditorContext';
import { useKeyboardShortcuts } from './hooks/useKeyboardShortcuts';
import { EditorNotice } from './EditorNotice';
import { Palette } from './palette/Palette';
import { CheckPanel } from './panels/CheckPanel';
import { PropertiesPanel } from './panels/PropertiesPanel';
import { ReadOnlyBanner } from './session/ReadOnlyBanner';
import { SessionProvider, type SessionControls } from './session/SessionContext';
import { Toolbar } from './toolbar/Toolbar';

function Layout() {
  useKeyboardShortcuts();
  const showChecks = useView((v) => v.showChecks);
  return (
    <div className="fl-app">
      <Toolbar />
      <ReadOnlyBanner />
      <div className="fl-main">
        <Palette />
        <main className="fl-center">
          <FlowCanvas />
          {showChecks && <CheckPanel />}
        </main>
        <PropertiesPanel />
      </div>
      <EditorNotice />
      <Dialogs />
    </div>
  );
}

/** The editor screen for one open process (`controls` absent when it is not stored). */
export function EditorScreen({ editor, controls }: { editor: Editor; controls?: SessionControls }) {
  const screen = (
    <EditorProvider editor={editor}>
      <CanvasProvider>
        <Layout />
      </CanvasProvider>
    </EditorProvider>
  );
  return controls ? <SessionProvider controls={controls}>{screen}</SessionProvider> : screen;
}

export { createDocumentStore, HISTORY_LIMIT, type DocumentState, type DocumentStore } from './documentStore';
export {
  createViewStore,
  EMPTY_PREVIEW,
  EMPTY_SELECTION,
  initialViewState,
  makeNotice,
  requestFocus,
  select,
  setPreview,
  showNotice,
  type Dialog,
  type InlineEdit,
  type Notice,
  type Preview,
  type Selection,
  type ViewState,
  type ViewStore,
} from './viewStore';
export { createEditor, type Editor } from './editor';
export * as actions from './editorActions';
export { AUTOSAVE_DELAY_MS, createAutosave, SNAPSHOT_INTERVAL_MS, type Autosave, type AutosaveState, type SaveStatus } from './autosave';
export { recoverAllRescueCopies, type RescueOutcome } from './rescue';
export { openSession, restoreSnapshot, type Session, type SessionDeps, type SessionProblem } from './session';
export { createAppStore, type AppState, type AppStore, type ImportState } from './appStore';
export { activeSession } from './activeSession';
export { createLayoutRunner, LAYOUT_DEADLINE_MS, type LayoutDeps, type LayoutOutcome, type LayoutRunner, type LayoutRunState } from './layoutRunner';

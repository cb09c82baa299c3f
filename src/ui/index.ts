import './styles/app.css';
import './styles/canvas.css';
import './styles/panels.css';
import './styles/library.css';

export { EditorScreen } from './EditorScreen';
export { describeIssue } from './describeIssue';
export { AppProvider } from './AppContext';
export { AppNotice } from './AppNotice';
export { NavigationProvider, type Navigation } from './Navigation';
export { LibraryScreen } from './library/LibraryScreen';
export { NewProcess } from './library/NewProcess';
export { ProcessScreen } from './session/ProcessScreen';
export { DropImport } from './files/DropImport';
export { ImportDialogs } from './files/ImportDialogs';

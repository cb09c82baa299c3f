export { EditorScreen } from './EditorScreen';
export { describeIssue } from './describeIssue';

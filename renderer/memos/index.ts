/** The memos feature's public surface: the dialog for one theme, note or session, and the project's memo list. */
export { MemosDialog } from './MemosDialog';
export { ProjectMemos } from './ProjectMemos';
import './memos.css';

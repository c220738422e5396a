/** The note-import feature's public surface: what the app shell and other features may import from it. */
export { ImportNotesDialog } from './ImportNotesDialog';

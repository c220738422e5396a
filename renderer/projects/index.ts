/** The projects feature's public surface: what the app shell and other features may import from it. */
export { ProjectsScreen } from './ProjectsScreen';

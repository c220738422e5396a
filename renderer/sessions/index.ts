/** The sessions feature's public surface: what the app shell and other features may import from it. */
export { SessionScreen } from './SessionScreen';
export { SessionsScreen } from './SessionsScreen';

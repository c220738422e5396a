/** The setup feature's public surface: what the app shell and other features may import from it. */
export { SetupScreen } from './SetupScreen';

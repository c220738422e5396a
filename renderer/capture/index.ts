/** The capture feature's public surface: what the app shell and other features may import from it. */
export { CaptureScreen } from './CaptureScreen';

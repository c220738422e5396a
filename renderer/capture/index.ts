/** The capture feature's public surface: what the app shell and other features may import from it. */
export { CaptureScreen } from './CaptureScreen';
/** The facilitator's current speaker, kind and flags for each session: a note typed on the board starts with them. */
export { useSessionCaptureState, type SessionCaptureState } from './captureState';

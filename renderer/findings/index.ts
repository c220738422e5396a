/** The findings feature's public surface: what the app shell and other features may import from it. */
export { FindingsRoute } from './FindingsRoute';
export { LazyExportPanel } from './LazyExportPanel';

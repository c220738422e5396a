/**
 * The Content-Security-Policy sent with every page of the app. Everything is 'self' (the app:// origin) unless a
 * line below says why it must be wider.
 */

export function contentSecurityPolicy(options: { devServerOrigin?: string | null } = {}): string {
  const dev = options.devServerOrigin ?? null;
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    // Development only: Vite's React refresh preamble is an inline module script. Production stays 'self'.
    // 'wasm-unsafe-eval' lets the text recognition worker compile its WebAssembly (shipped in the app); it allows
    // no JavaScript eval.
    'script-src': dev ? ["'self'", "'wasm-unsafe-eval'", "'unsafe-inline'"] : ["'self'", "'wasm-unsafe-eval'"],
    // React and react-aria write inline style attributes (positions on the board, overlays); styles cannot run code.
    'style-src': ["'self'", "'unsafe-inline'"],
    // data: for small inlined icons, blob: for previews of charts and images generated on this machine.
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    // blob: because a bundler may ship a worker (clustering) inline as a Blob URL; its code is still ours.
    'worker-src': ["'self'", 'blob:'],
    // Development only: Vite's hot-reload socket. The app itself talks to no server.
    'connect-src': dev ? ["'self'", dev.replace(/^http/, 'ws')] : ["'self'"],
    'object-src': ["'none'"],
    'frame-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/**
 * Browser mode: the same renderer as the desktop app, served or built without Electron (`npm run web`,
 * the end-to-end tests, locked-down laptops). The built page gets the same strict CSP as the desktop app;
 * the dev server does not, because Vite's hot reload injects inline scripts.
 */
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { ocrAssets } from './scripts/ocrAssets';

export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

function contentSecurityPolicy(): Plugin {
  return {
    name: 'fieldnotes-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * `--mode bench` (npm run build:bench) makes the benchmark build in dist-bench: the same app, plus the hooks the
 * benchmarks drive it by (`import.meta.env.MODE === 'bench'` in the source). In every other build that test is
 * the constant false, so the hooks are not in the shipped code at all.
 */
export default defineConfig(({ mode }) => ({
  root: 'renderer',
  base: './',
  plugins: [react(), contentSecurityPolicy(), ocrAssets()],
  build: {
    outDir: mode === 'bench' ? '../dist-bench' : '../dist-web',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
  },
  worker: { format: 'es' },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: false },
}));

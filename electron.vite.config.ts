/**
 * electron-vite 6: three builds into out/. Names match package.json `main` (out/main/main.js, an ES module since
 * the package is "type": "module") and what main.ts loads (out/preload/preload.cjs, CommonJS because a
 * sandboxed preload cannot be an ES module). The renderer is the same React app the browser build serves.
 */
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { ocrAssets } from './scripts/ocrAssets';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      rolldownOptions: {
        input: { main: resolve(root, 'electron/main.ts') },
        output: { format: 'es', entryFileNames: '[name].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // Nothing external but Electron: a sandboxed preload can require only 'electron' and a few Node shims.
      externalizeDeps: false,
      rolldownOptions: {
        input: { preload: resolve(root, 'electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react(), ocrAssets()],
    // Module workers (the clustering worker) may import shared code; the default iife format cannot split it.
    worker: { format: 'es' },
    build: {
      outDir: resolve(root, 'out/renderer'),
      // One local bundle read from disk, not downloaded: size warnings meant for the web do not apply.
      chunkSizeWarningLimit: 4000,
      rolldownOptions: { input: resolve(root, 'renderer/index.html') },
    },
  },
});

/**
 * The board benchmark's baseline: Excalidraw (bench-only devDependency) built from bench/board/ into a temp dir
 * with its fonts (nothing fetched), served statically, and driven through its imperative API.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { Page } from '@playwright/test';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import type { BoardDriver } from './driver';

export async function buildBaseline(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'fieldnotes-excalidraw-'));
  await build({
    configFile: false,
    root: 'bench/board',
    base: './',
    logLevel: 'error',
    plugins: [react()],
    define: { 'process.env.IS_PREACT': JSON.stringify('false') },
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 10_000 },
  });
  const fonts = 'node_modules/@excalidraw/excalidraw/dist/prod/fonts';
  if (existsSync(fonts)) cpSync(fonts, join(outDir, 'fonts'), { recursive: true });
  return outDir;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

export function serveStatic(dir: string, port: number): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    let file = join(dir, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(dir) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response
      .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
      .end(readFileSync(file));
  });
  // A busy port fails the run, rather than leave it waiting or let it measure whoever holds the port.
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

export function excalidrawDriver(page: Page): BoardDriver {
  type Api = {
    getAppState(): {
      scrollX: number;
      scrollY: number;
      zoom: { value: number };
      offsetLeft: number;
      offsetTop: number;
      selectedElementIds: Record<string, boolean>;
    };
    getSceneElements(): { id: string; type: string }[];
    scrollToContent(target?: unknown, opts?: unknown): void;
    updateScene(scene: unknown): void;
  };
  return {
    name: 'excalidraw',
    page,
    toScreen: (world) =>
      page.evaluate((p) => {
        const s = (window as unknown as { __excalidraw: Api }).__excalidraw.getAppState();
        return {
          x: s.offsetLeft + (p.x + s.scrollX) * s.zoom.value,
          y: s.offsetTop + (p.y + s.scrollY) * s.zoom.value,
        };
      }, world),
    canvas: () =>
      page.evaluate(() => {
        const box = document.getElementById('root')!.getBoundingClientRect();
        return { x: box.left, y: box.top, width: box.width, height: box.height };
      }),
    async clearSelection() {
      await page.evaluate(() =>
        (window as unknown as { __excalidraw: Api }).__excalidraw.updateScene({ appState: { selectedElementIds: {} } }),
      );
    },
    // Containers only (a selected sticky also selects its bound text).
    selectedCount: () =>
      page.evaluate(() => {
        const api = (window as unknown as { __excalidraw: Api }).__excalidraw;
        const ids = api.getAppState().selectedElementIds;
        return api.getSceneElements().filter((e) => e.type === 'rectangle' && ids[e.id]).length;
      }),
    async fitAll() {
      await page.evaluate(() =>
        (window as unknown as { __excalidraw: Api }).__excalidraw.scrollToContent(undefined, {
          fitToContent: true,
          animate: false,
        }),
      );
    },
    async setCamera(zoom) {
      await page.evaluate((z) => {
        const offset = (40 - 40 * z) / z;
        (window as unknown as { __excalidraw: Api }).__excalidraw.updateScene({
          appState: { zoom: { value: z }, scrollX: offset, scrollY: offset },
        });
      }, zoom);
    },
  };
}

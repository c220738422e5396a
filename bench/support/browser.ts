/**
 * Benchmarks that need a real browser: serve the benchmark build of the renderer (dist-bench: the app plus
 * the hooks benchmarks use, `npm run build:bench`) with `vite preview` and drive
 * Debian's Chromium (or Playwright's own) with playwright-core, as the end-to-end tests do.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * tsx compiles bench files with esbuild's keepNames, which wraps named functions in a `__name(...)` helper;
 * functions passed to page.evaluate then run in the page where that helper does not exist. This shim, added
 * as an init script, makes such functions run unchanged.
 */
export const KEEP_NAMES_SHIM = { content: 'globalThis.__name = (fn) => fn;' };

export async function launchChromium(): Promise<Browser> {
  const executablePath =
    process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);
  return chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
}

export interface Served {
  url: string;
  stop(): void;
}

/**
 * The port a benchmark serves the app on: BENCH_PORT, 4399 when unset. A benchmark that serves something else
 * beside the app (the board's Excalidraw baseline) takes the next ports up, so two runs with BENCH_PORTs a few
 * apart never meet on one port.
 */
export function benchPort(offset = 0): number {
  const base = Number(process.env.BENCH_PORT ?? 4399);
  if (!Number.isInteger(base) || base <= 0 || base + offset > 65535)
    throw new Error(`BENCH_PORT must be a port number, not ${process.env.BENCH_PORT}`);
  return base + offset;
}

/** Serve dist-bench on the benchmark port; the caller builds it first (`npm run build:bench`). */
export async function serveBuiltApp(port = benchPort()): Promise<Served> {
  if (!existsSync('dist-bench/index.html')) throw new Error('dist-bench is missing: run `npm run build:bench` first');
  const busy = await fetch(`http://127.0.0.1:${port}/`).then(
    () => true,
    () => false,
  );
  if (busy) throw new Error(`port ${port} is already serving something: benchmarks would measure the wrong app`);
  const child: ChildProcess = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--config',
      'vite.web.config.ts',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
      '--mode',
      'bench',
    ],
    { stdio: 'ignore', detached: true },
  );
  const url = `http://127.0.0.1:${port}/`;
  // With --strictPort a busy port ends the server at once: fail then, rather than measure whoever holds the port.
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  for (let attempt = 0; attempt < 100; attempt++) {
    if (exited) throw new Error(`could not serve dist-bench on port ${port}: is another server using it?`);
    try {
      const response = await fetch(url);
      if (response.ok) break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  return {
    url,
    stop: () => {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        child.kill('SIGTERM');
      }
    },
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function report(name: string, fields: Record<string, number | string>): void {
  const parts = Object.entries(fields).map(([k, v]) => `${k}=${typeof v === 'number' ? round(v) : v}`);
  console.log(`${name} ${parts.join(' ')}`);
}

function round(value: number): string {
  return Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(2);
}

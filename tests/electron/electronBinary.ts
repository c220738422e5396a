/**
 * Where an Electron executable is on this machine, without `require('electron')` (which would try to download
 * one): ELECTRON_OVERRIDE_DIST_PATH first, then what the electron package's install.js unpacked. Null if none.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

function executableInDist(): string {
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return process.platform === 'win32' ? 'electron.exe' : 'electron';
}

export function findElectronBinary(): string | null {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const binary = path.join(override, executableInDist());
    return existsSync(binary) ? binary : null;
  }
  try {
    const electronDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const binary = path.join(electronDir, 'dist', readFileSync(path.join(electronDir, 'path.txt'), 'utf8').trim());
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

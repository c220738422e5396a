#!/usr/bin/env node
/**
 * `npm start` runs this first. Since v42 the electron package no longer downloads its binary on install; it
 * leaves that to its own install.js (which writes node_modules/electron/dist/ and path.txt). We run that once,
 * on the first start, with a plain message, instead of letting `electron-vite dev` fail on a missing binary.
 *
 * With ELECTRON_OVERRIDE_DIST_PATH (an unpacked Electron somewhere else) nothing is downloaded; electron-vite
 * does not read that variable, so we say how to point it at the same binary (ELECTRON_EXEC_PATH).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = path.dirname(require.resolve('electron/package.json'));
const { version } = JSON.parse(readFileSync(path.join(electronDir, 'package.json'), 'utf8'));

/** Where the executable sits inside an unpacked Electron, as the electron package's install.js lays it out. */
function executableInDist() {
  switch (process.platform) {
    case 'darwin':
      return 'Electron.app/Contents/MacOS/Electron';
    case 'win32':
      return 'electron.exe';
    default:
      return 'electron';
  }
}

function readOrEmpty(file) {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return '';
  }
}

function installedBinary() {
  const relative = readOrEmpty(path.join(electronDir, 'path.txt'));
  const installedVersion = readOrEmpty(path.join(electronDir, 'dist', 'version')).replace(/^v/, '');
  const binary = relative && path.join(electronDir, 'dist', relative);
  return binary && installedVersion === version && existsSync(binary) ? binary : null;
}

function fail(message) {
  console.error(`\n${message}\n`);
  process.exit(1);
}

const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
if (override) {
  const binary = path.join(override, executableInDist());
  if (!existsSync(binary)) fail(`ELECTRON_OVERRIDE_DIST_PATH is set, but there is no Electron at ${binary}.`);
  if (!process.env.ELECTRON_EXEC_PATH) {
    fail(
      `Using the Electron in ELECTRON_OVERRIDE_DIST_PATH. Also set ELECTRON_EXEC_PATH for electron-vite:\n  ELECTRON_EXEC_PATH="${binary}" npm start`,
    );
  }
  process.exit(0);
}

if (process.env.ELECTRON_EXEC_PATH || installedBinary()) process.exit(0);

console.log(`Downloading Electron's binary (v${version}) once; this first start takes a minute, later starts skip it.`);
const result = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { stdio: 'inherit' });
if (result.status !== 0 || !installedBinary()) {
  fail(
    "Could not download Electron's binary (no network, or a proxy in the way?).\n" +
      'Either set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron ' +
      `${version} (and ELECTRON_EXEC_PATH to its executable), or run the browser build: npm run web`,
  );
}
console.log('Electron is ready.');

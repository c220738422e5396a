/**
 * Real clients for the export tests: LibreOffice (reads our xlsx and docx back) and xmllint (validates REFI-QDA
 * against the official XSDs shipped in schemas/refi/). A developer without these tools gets a skipped test with the
 * reason; CI (CI=true) never skips: there a missing tool fails the test, so a green CI always means the files were
 * checked. Every file a test reads is in the repository.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir, userInfo } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
/** The official REFI-QDA schemas, shipped in the repository. */
export const REFI_SCHEMAS = join(REPO_ROOT, 'schemas', 'refi');
/** Files the tests read: each folder's README says where they come from and under which licence. */
export const FIXTURES = join(REPO_ROOT, 'tests', 'fixtures');

function which(command: string): string | null {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() || null : null;
}

export interface Availability {
  available: boolean;
  /** Why the test is skipped; null when it runs (or must run, in CI). */
  skipReason: string | null;
}

function availability(ok: boolean, reason: string): Availability {
  if (ok) return { available: true, skipReason: null };
  // In CI a missing tool must fail loudly, not skip: the test runs and its first step throws.
  return { available: false, skipReason: process.env.CI ? null : reason };
}

export const soffice = which('soffice');
export const sofficeStatus = availability(
  soffice !== null,
  'LibreOffice (soffice) is not installed: apt-get install -y --no-install-recommends libreoffice-calc-nogui libreoffice-writer-nogui',
);
/** Optional (poppler-utils): reads a rendered page's text; tests that have it check what lands on which page. */
export const pdftotext = which('pdftotext');

/** The text of one page of a PDF, laid out as on the page (needs pdftotext). */
export function pdfPageText(pdf: string, page: number): string {
  if (!pdftotext) throw new Error('pdftotext is not installed: apt-get install -y poppler-utils');
  return execFileSync(pdftotext, ['-f', String(page), '-l', String(page), '-layout', pdf, '-'], { encoding: 'utf8' });
}
export const xmllint = which('xmllint');
export const xmllintStatus = availability(
  xmllint !== null,
  'xmllint is not installed: apt-get install -y libxml2-utils',
);

export function tempDir(prefix: string): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), `fieldnotes-${prefix}-`));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/**
 * Converts files with LibreOffice in one call (start-up is the slow part), with a profile of its own so parallel
 * runs do not fight over a lock. Returns the output folder's file names.
 */
export function convertWithLibreOffice(files: readonly string[], filter: string, outDir: string): string[] {
  if (!soffice)
    throw new Error(`LibreOffice is required here (CI): ${sofficeStatus.skipReason ?? 'soffice not found'}`);
  const profile = tempDir('lo-profile');
  try {
    execFileSync(
      soffice,
      [
        `-env:UserInstallation=file://${profile.path}`,
        '--headless',
        '--norestore',
        '--convert-to',
        filter,
        '--outdir',
        outDir,
        ...files,
      ],
      {
        stdio: 'pipe',
        timeout: 120_000,
      },
    );
  } finally {
    profile.remove();
  }
  return readdirSync(outDir);
}

/** The CSV filter that writes every sheet (the trailing -1) as UTF-8 (76), comma-separated, quoted text. */
export const CSV_ALL_SHEETS = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

/** LibreOffice names each sheet's CSV "<file>-<Sheet>.csv". */
export function sheetCsvPath(outDir: string, xlsxPath: string, sheet: string): string {
  return join(outDir, `${basename(xlsxPath).replace(/\.xlsx$/, '')}-${sheet}.csv`);
}

export function readText(path: string): string {
  return readFileSync(path, 'utf8');
}

export function validateXml(file: string, xsd: string): { valid: boolean; output: string } {
  if (!xmllint) throw new Error(`xmllint is required here (CI): ${xmllintStatus.skipReason ?? 'xmllint not found'}`);
  const run = spawnSync(xmllint, ['--noout', '--schema', xsd, file], { encoding: 'utf8' });
  return { valid: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

/** A small RFC 4180 CSV parser for reading LibreOffice's output back. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

// File and machine helpers, so tests inside shared/ (where lint forbids Node imports) can reach the disk.
export const joinPath = join;

export function writeFile(path: string, data: Uint8Array | string): void {
  writeFileSync(path, data);
}

export function readBytes(path: string): Uint8Array {
  return readFileSync(path);
}

/** Strings that would give away the machine an export was made on: home folder, working folder, account name. */
export function machineIdentifiers(): string[] {
  const found = [homedir(), process.cwd()];
  const user = userInfo().username;
  // Only a distinctive account name can be searched for: "root" or "me" could be ordinary words in a note.
  if (user.length >= 5) found.push(user);
  return found;
}

/**
 * `fieldnotes validate FILE [--xsd-dir DIR] [--passphrase-file F]`
 *
 * Says whether a file is what it claims to be, and if not, what is wrong with it:
 * - findings JSON: against the JSON Schema (2020-12) of its own version (schemas/fieldnotes.findings.v<N>.schema.json)
 *   and the app's reader
 *   (which refuses a newer format version with "update Fieldnotes");
 * - REFI-QDA .qdpx / .qdc: read back by our REFI reader, and checked with xmllint against the official XSDs that
 *   ship with Fieldnotes (schemas/refi/); without xmllint that check is reported as skipped, never as passed;
 * - .fieldnotes bundles: the bundle format (manifest, every segment's count and hash, versions, passphrase).
 * The kind is told from the content, not the name. Exit codes: 0 valid, 2 invalid or bad usage, 1 unexpected.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { unzipSync } from 'fflate';
import findingsSchemaV1 from '../../schemas/fieldnotes.findings.v1.schema.json';
import findingsSchemaV2 from '../../schemas/fieldnotes.findings.v2.schema.json';
import { ReadError } from '../../shared/export/errors';
import { readFindingsJson } from '../../shared/export/json';
import { readQdc, readQdpx } from '../../shared/export/refi/read';
import { FINDINGS_FORMAT, FINDINGS_VERSION } from '../../shared/findings/documentSchema';
import { BundleError, countLive, openBundle } from '../../shared/sync/bundle';
import { REFI_SCHEMA_FILES, shippedRefiSchemaDir } from '../../node/refiSchemas';
import { cliError, EXIT_OK, type CliIo, type Command } from '../command';
import { readPassphrase } from '../support/passphrase';
import { counted } from '../support/words';

export const VALIDATE_HELP = `Usage: fieldnotes validate FILE [options]

Checks a findings JSON file, a REFI-QDA project (.qdpx) or codebook (.qdc), or a .fieldnotes bundle.

Options:
  --xsd-dir DIR            folder holding Project-mrt2019.xsd and Codebook-mrt2019.xsd (default:
                           FIELDNOTES_REFI_XSD_DIR, else the official copies shipped with Fieldnotes)
  --passphrase-file FILE   passphrase of an encrypted bundle (first line of FILE)
  -h, --help               show this help

Exit codes: 0 valid, 2 invalid or bad usage, 1 unexpected error.
`;

const MAX_FILE_BYTES = 200 * 1024 * 1024;

interface Verdict {
  kind: string;
  facts: string[];
  /** Checks that could not run here, said plainly. */
  skipped: string[];
}

function invalid(what: string, reason: string): Error {
  return cliError(`INVALID ${what}: ${reason}`);
}

function validateJson(text: string): Verdict {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw invalid('JSON', 'the file is not valid JSON (it may be cut short)');
  }
  const head = (data ?? {}) as { format?: unknown; version?: unknown };
  if (head.format !== FINDINGS_FORMAT)
    throw invalid('JSON', `"format" is not "${FINDINGS_FORMAT}"; this is not a Fieldnotes findings file`);
  if (typeof head.version === 'number' && head.version > FINDINGS_VERSION) {
    throw invalid(
      'findings file',
      `it is format version ${head.version}, made by a newer Fieldnotes; this one knows up to version ${FINDINGS_VERSION}. Update Fieldnotes`,
    );
  }
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  // Each published version is checked against its own schema; the reader then brings older ones up to date.
  const check = ajv.compile((head.version === 1 ? findingsSchemaV1 : findingsSchemaV2) as object);
  if (!check(data)) {
    const errors = (check.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim());
    throw invalid('findings file', `does not match the schema: ${errors.join('; ')}`);
  }
  try {
    const doc = readFindingsJson(text);
    return {
      kind: `findings JSON (${FINDINGS_FORMAT} version ${doc.version})`,
      facts: [
        `project “${doc.project.name}”, ${doc.level} level, made ${doc.generatedAt}`,
        `${counted(doc.totals.sessions, 'session')} · ${counted(doc.totals.notes, 'note')} · ${counted(doc.totals.themes, 'theme')} · ${counted(doc.totals.findings, 'finding')}`,
      ],
      skipped: [],
    };
  } catch (error) {
    if (error instanceof ReadError) throw invalid('findings file', error.message);
    throw error;
  }
}

/** Where the REFI-QDA XSDs are: the option, the environment, or the copies shipped with Fieldnotes. */
function findXsdDir(option: string | undefined, cwd: string): string | null {
  if (option) {
    const dir = path.resolve(cwd, option);
    if (!existsSync(path.join(dir, REFI_SCHEMA_FILES.project)))
      throw cliError(`no ${REFI_SCHEMA_FILES.project} in ${option}`);
    return dir;
  }
  const fromEnvironment = process.env.FIELDNOTES_REFI_XSD_DIR;
  if (fromEnvironment && existsSync(path.join(fromEnvironment, REFI_SCHEMA_FILES.project))) return fromEnvironment;
  return shippedRefiSchemaDir();
}

/** xmllint against an XSD: null when it passed, the reason when it failed, 'skipped: …' when it could not run. */
async function checkXsd(xml: Uint8Array, xsd: string | null, what: string): Promise<string | null> {
  if (!xsd) return `skipped: the REFI-QDA XSDs shipped with Fieldnotes are missing (reinstall, or use --xsd-dir)`;
  const dir = await mkdtemp(path.join(tmpdir(), 'fieldnotes-validate-'));
  try {
    const file = path.join(dir, what);
    await writeFile(file, xml);
    const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', xsd, file], { encoding: 'utf8' });
    if (run.error) return 'skipped: xmllint is not installed (Debian: apt-get install libxml2-utils)';
    if (run.status === 0) return null;
    const lines = `${run.stderr}`.split('\n').filter((l) => l && !l.endsWith('fails to validate'));
    return (
      lines
        .slice(0, 5)
        .map((l) => l.replace(file, what))
        .join('; ') || 'fails to validate'
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function validateRefi(bytes: Uint8Array, isProject: boolean, xsdDir: string | null): Promise<Verdict> {
  const what = isProject ? 'REFI-QDA project' : 'REFI-QDA codebook';
  let facts: string[];
  let xml: Uint8Array;
  try {
    if (isProject) {
      const project = readQdpx(bytes);
      facts = [
        `${counted(project.sources.length, 'source')} · ${counted(project.codes.length, 'code')} · ${counted(project.selections.length, 'coded selection')} · ${counted(project.cases.length, 'case')}${project.notes.length ? ` · ${counted(project.notes.length, 'note (memo)', 'notes (memos)')}` : ''}`,
        ...project.warnings.map((w) => `note: ${w}`),
      ];
      xml = unzipSync(bytes, { filter: (f) => f.name === 'project.qde' })['project.qde']!;
    } else {
      const book = readQdc(new TextDecoder().decode(bytes));
      facts = [`${counted(book.codes.length, 'code')} · ${counted(book.sets.length, 'set')}`];
      xml = bytes;
    }
  } catch (error) {
    if (error instanceof ReadError) throw invalid(what, error.message);
    throw error;
  }
  const xsdName = isProject ? REFI_SCHEMA_FILES.project : REFI_SCHEMA_FILES.codebook;
  const result = await checkXsd(xml, xsdDir && path.join(xsdDir, xsdName), isProject ? 'project.qde' : 'codebook.qdc');
  if (result && !result.startsWith('skipped')) throw invalid(what, `does not match ${xsdName}: ${result}`);
  return {
    kind: `${what} (${isProject ? '.qdpx' : '.qdc'})`,
    facts: result ? facts : [...facts, `matches ${xsdName}`],
    skipped: result ? [`XSD check ${result}`] : [],
  };
}

async function validateBundle(bytes: Uint8Array, passphrase: string | undefined): Promise<Verdict> {
  try {
    const bundle = await openBundle(bytes, passphrase);
    const counts = countLive(bundle.changes);
    const { manifest } = bundle;
    return {
      kind: `Fieldnotes bundle (version ${manifest.version}${bundle.encrypted ? ', encrypted' : ''})`,
      facts: [
        `project ${manifest.scope.projectId}, made ${manifest.createdAt}, ${counted(bundle.segments.length, 'segment')} with verified counts and hashes`,
        `${counted(counts.sessions ?? 0, 'session')} · ${counted(counts.notes ?? 0, 'note')} · ${counted(counts.themes ?? 0, 'theme')} · ${counted(counts.findings ?? 0, 'finding')}`,
        ...(bundle.invalid
          ? [`note: ${counted(bundle.invalid, 'change')} failed validation and would be skipped`]
          : []),
      ],
      skipped: [],
    };
  } catch (error) {
    if (error instanceof BundleError) {
      const hint = error.code === 'passphrase-needed' ? ' Pass it with --passphrase-file FILE.' : '';
      throw invalid('bundle', `${error.message}${hint}${error.detail ? ` (${error.detail})` : ''}`);
    }
    throw error;
  }
}

function zipEntries(bytes: Uint8Array): string[] | null {
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        return false;
      },
    });
    return names;
  } catch {
    return null;
  }
}

async function validateFile(
  file: string,
  bytes: Uint8Array,
  xsdDir: () => string | null,
  passphrase: () => Promise<string | undefined>,
) {
  const extension = path.extname(file).toLowerCase();
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (isZip) {
    const names = zipEntries(bytes);
    if (names?.includes('project.qde') || (!names && extension === '.qdpx')) return validateRefi(bytes, true, xsdDir());
    if (names?.includes('manifest.json') || (!names && extension === '.fieldnotes'))
      return validateBundle(bytes, await passphrase());
    if (!names) throw invalid('zip archive', 'the file is damaged or cut short');
    throw invalid(
      'zip archive',
      'it is neither a REFI-QDA project (no project.qde) nor a Fieldnotes bundle (no manifest.json)',
    );
  }
  const text = new TextDecoder()
    .decode(bytes)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (text.startsWith('{') || extension === '.json') return validateJson(text);
  if (text.startsWith('<') && /<CodeBook[\s>]/.test(text.slice(0, 2000))) return validateRefi(bytes, false, xsdDir());
  throw invalid(file, 'not a findings JSON, REFI-QDA or bundle file');
}

async function run(args: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { 'xsd-dir': { type: 'string' }, 'passphrase-file': { type: 'string' } },
    });
  } catch (error) {
    throw cliError(`${(error as Error).message} (see fieldnotes validate --help)`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw cliError('expected one file: fieldnotes validate FILE');
  const cwd = io.cwd ?? process.cwd();
  const file = positionals[0]!;
  let bytes: Uint8Array;
  try {
    const buffer = await readFile(path.resolve(cwd, file));
    if (buffer.length > MAX_FILE_BYTES) throw cliError(`${file} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
    bytes = new Uint8Array(buffer);
  } catch (error) {
    if ((error as { exitCode?: number }).exitCode) throw error;
    throw cliError(`cannot read ${file}`);
  }
  const verdict = await validateFile(
    file,
    bytes,
    () => findXsdDir(values['xsd-dir'], cwd),
    () => readPassphrase(values['passphrase-file'], cwd),
  );
  io.stdout.write(
    [
      `VALID ${verdict.kind}: ${file}`,
      ...verdict.facts.map((f) => `  ${f}`),
      ...verdict.skipped.map((s) => `  ${s}`),
      '',
    ].join('\n'),
  );
  return EXIT_OK;
}

export const validateCommand: Command = {
  name: 'validate',
  summary: 'check a findings JSON, REFI-QDA (.qdpx, .qdc) or .fieldnotes bundle file',
  help: VALIDATE_HELP,
  run,
};

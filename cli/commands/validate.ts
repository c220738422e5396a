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
import type { MessageId } from '../../shared/i18n/catalogue';
import { firstPerField, jsonSchemaIssueWords } from '../../shared/i18n/jsonSchemaIssue';
import { wordsText } from '../../shared/i18n/words';
import type { Translator } from '../../shared/i18n/translate';
import { cliError, EXIT_OK, trOf, type CliIo, type Command } from '../command';
import { readPassphrase } from '../support/passphrase';

const MAX_FILE_BYTES = 200 * 1024 * 1024;

interface Verdict {
  kind: string;
  facts: string[];
  /** Checks that could not run here, said plainly. */
  skipped: string[];
}

/** What a file was taken for, in the messages that say it is not valid. */
const WHAT = {
  json: 'cli.validate.what.json',
  findings: 'cli.validate.what.findings',
  project: 'cli.validate.what.project',
  codebook: 'cli.validate.what.codebook',
  zip: 'cli.validate.what.zip',
  bundle: 'cli.validate.what.bundle',
} as const satisfies Record<string, MessageId>;

function invalid(what: string, reason: string, tr: Translator): Error {
  return cliError(tr.t('cli.validate.invalid', { what, reason }));
}

function validateJson(text: string, tr: Translator): Verdict {
  const refuse = (what: MessageId, reason: string) => invalid(tr.t(what), reason, tr);
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw refuse(WHAT.json, tr.t('cli.validate.notJson'));
  }
  const head = (data ?? {}) as { format?: unknown; version?: unknown };
  if (head.format !== FINDINGS_FORMAT)
    throw refuse(WHAT.json, tr.t('cli.validate.wrongFormat', { format: FINDINGS_FORMAT }));
  if (typeof head.version === 'number' && head.version > FINDINGS_VERSION) {
    throw refuse(WHAT.findings, tr.t('cli.validate.newer', { version: head.version, known: FINDINGS_VERSION }));
  }
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  // Each published version is checked against its own schema; the reader then brings older ones up to date.
  const check = ajv.compile((head.version === 1 ? findingsSchemaV1 : findingsSchemaV2) as object);
  if (!check(data)) {
    // Worded like a zod issue, in the reader's language; ajv's own messages are English.
    const errors = firstPerField(check.errors ?? [], 5).map((e) => wordsText(jsonSchemaIssueWords(e), tr));
    throw refuse(WHAT.findings, tr.t('cli.validate.schema', { errors: errors.join(tr.t('cli.validate.separator')) }));
  }
  try {
    const doc = readFindingsJson(text, tr);
    return {
      kind: tr.t('cli.validate.findingsKind', { format: FINDINGS_FORMAT, version: doc.version }),
      facts: [
        tr.t('cli.validate.findingsFacts', { name: doc.project.name, level: doc.level, date: doc.generatedAt }),
        tr.t('cli.totals', { ...doc.totals }),
      ],
      skipped: [],
    };
  } catch (error) {
    if (error instanceof ReadError) throw refuse(WHAT.findings, error.message);
    throw error;
  }
}

/** Where the REFI-QDA XSDs are: the option, the environment, or the copies shipped with Fieldnotes. */
function findXsdDir(option: string | undefined, cwd: string, tr: Translator): string | null {
  if (option) {
    const dir = path.resolve(cwd, option);
    if (!existsSync(path.join(dir, REFI_SCHEMA_FILES.project)))
      throw cliError(tr.t('cli.validate.noXsd', { file: REFI_SCHEMA_FILES.project, dir: option }));
    return dir;
  }
  const fromEnvironment = process.env.FIELDNOTES_REFI_XSD_DIR;
  if (fromEnvironment && existsSync(path.join(fromEnvironment, REFI_SCHEMA_FILES.project))) return fromEnvironment;
  return shippedRefiSchemaDir();
}

/** What xmllint said: passed, failed (with its first complaints), or could not run here (and why). */
type XsdResult = { kind: 'passed' } | { kind: 'failed'; problems: string } | { kind: 'skipped'; reason: string };

async function checkXsd(xml: Uint8Array, xsd: string | null, what: string, tr: Translator): Promise<XsdResult> {
  if (!xsd) return { kind: 'skipped', reason: tr.t('cli.validate.xsdMissing') };
  const dir = await mkdtemp(path.join(tmpdir(), 'fieldnotes-validate-'));
  try {
    const file = path.join(dir, what);
    await writeFile(file, xml);
    const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', xsd, file], { encoding: 'utf8' });
    if (run.error) return { kind: 'skipped', reason: tr.t('cli.validate.noXmllint') };
    if (run.status === 0) return { kind: 'passed' };
    const lines = `${run.stderr}`.split('\n').filter((l) => l && !l.endsWith('fails to validate'));
    const problems = lines
      .slice(0, 5)
      .map((l) => l.replace(file, what))
      .join('; ');
    return { kind: 'failed', problems: problems || tr.t('cli.validate.failsToValidate') };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function validateRefi(
  bytes: Uint8Array,
  isProject: boolean,
  xsdDir: string | null,
  tr: Translator,
): Promise<Verdict> {
  const what = tr.t(isProject ? WHAT.project : WHAT.codebook);
  let facts: string[];
  let xml: Uint8Array;
  try {
    if (isProject) {
      const project = readQdpx(bytes, tr);
      facts = [
        tr.t('cli.validate.projectFacts', {
          sources: project.sources.length,
          codes: project.codes.length,
          selections: project.selections.length,
          cases: project.cases.length,
          notes: project.notes.length,
        }),
        ...project.warnings.map((w) => tr.t('cli.validate.readerNote', { text: w })),
      ];
      xml = unzipSync(bytes, { filter: (f) => f.name === 'project.qde' })['project.qde']!;
    } else {
      const book = readQdc(new TextDecoder().decode(bytes), tr);
      facts = [tr.t('cli.validate.codebookFacts', { codes: book.codes.length, sets: book.sets.length })];
      xml = bytes;
    }
  } catch (error) {
    if (error instanceof ReadError) throw invalid(what, error.message, tr);
    throw error;
  }
  const xsd = isProject ? REFI_SCHEMA_FILES.project : REFI_SCHEMA_FILES.codebook;
  const result = await checkXsd(xml, xsdDir && path.join(xsdDir, xsd), isProject ? 'project.qde' : 'codebook.qdc', tr);
  if (result.kind === 'failed')
    throw invalid(what, tr.t('cli.validate.xsdMismatch', { xsd, problems: result.problems }), tr);
  return {
    kind: tr.t('cli.validate.refiKind', { what, extension: isProject ? '.qdpx' : '.qdc' }),
    facts: result.kind === 'passed' ? [...facts, tr.t('cli.validate.matches', { xsd })] : facts,
    skipped: result.kind === 'skipped' ? [tr.t('cli.validate.xsdSkipped', { reason: result.reason })] : [],
  };
}

async function validateBundle(bytes: Uint8Array, passphrase: string | undefined, tr: Translator): Promise<Verdict> {
  try {
    const bundle = await openBundle(bytes, passphrase);
    const counts = countLive(bundle.changes);
    const { manifest } = bundle;
    return {
      kind: tr.t('cli.validate.bundleKind', { version: manifest.version, encrypted: bundle.encrypted ? 'yes' : 'no' }),
      facts: [
        tr.t('cli.validate.bundleFacts', {
          id: manifest.scope.projectId,
          date: manifest.createdAt,
          segments: bundle.segments.length,
        }),
        tr.t('cli.totals', {
          sessions: counts.sessions ?? 0,
          notes: counts.notes ?? 0,
          themes: counts.themes ?? 0,
          findings: counts.findings ?? 0,
        }),
        ...(bundle.invalid ? [tr.t('cli.validate.bundleInvalid', { count: bundle.invalid })] : []),
      ],
      skipped: [],
    };
  } catch (error) {
    if (error instanceof BundleError) {
      const problem =
        error.code === 'passphrase-needed'
          ? tr.t('cli.passphraseHint', { problem: error.describe(tr) })
          : error.describe(tr);
      const detail = error.describeDetail(tr);
      const reason = detail ? tr.t('cli.withPath', { text: problem, path: detail }) : problem;
      throw invalid(tr.t(WHAT.bundle), reason, tr);
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
  tr: Translator,
) {
  const extension = path.extname(file).toLowerCase();
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (isZip) {
    const names = zipEntries(bytes);
    if (names?.includes('project.qde') || (!names && extension === '.qdpx'))
      return validateRefi(bytes, true, xsdDir(), tr);
    if (names?.includes('manifest.json') || (!names && extension === '.fieldnotes'))
      return validateBundle(bytes, await passphrase(), tr);
    if (!names) throw invalid(tr.t(WHAT.zip), tr.t('cli.validate.damagedZip'), tr);
    throw invalid(tr.t(WHAT.zip), tr.t('cli.validate.otherZip'), tr);
  }
  const text = new TextDecoder()
    .decode(bytes)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (text.startsWith('{') || extension === '.json') return validateJson(text, tr);
  if (text.startsWith('<') && /<CodeBook[\s>]/.test(text.slice(0, 2000)))
    return validateRefi(bytes, false, xsdDir(), tr);
  throw invalid(file, tr.t('cli.validate.unknownKind'), tr);
}

async function run(args: string[], io: CliIo): Promise<number> {
  const tr = trOf(io);
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { 'xsd-dir': { type: 'string' }, 'passphrase-file': { type: 'string' } },
    });
  } catch (error) {
    throw cliError(tr.t('cli.seeHelp', { message: (error as Error).message, command: 'validate' }));
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw cliError(tr.t('cli.validate.oneFile'));
  const cwd = io.cwd ?? process.cwd();
  const file = positionals[0]!;
  let bytes: Uint8Array;
  try {
    const buffer = await readFile(path.resolve(cwd, file));
    if (buffer.length > MAX_FILE_BYTES)
      throw cliError(tr.t('cli.validate.tooLarge', { file, megabytes: MAX_FILE_BYTES / 1024 / 1024 }));
    bytes = new Uint8Array(buffer);
  } catch (error) {
    if ((error as { exitCode?: number }).exitCode) throw error;
    throw cliError(tr.t('cli.validate.cannotRead', { file }));
  }
  const verdict = await validateFile(
    file,
    bytes,
    () => findXsdDir(values['xsd-dir'], cwd, tr),
    () => readPassphrase(values['passphrase-file'], cwd, tr),
    tr,
  );
  io.stdout.write(
    [
      tr.t('cli.validate.valid', { kind: verdict.kind, file }),
      ...verdict.facts.map((f) => `  ${f}`),
      ...verdict.skipped.map((s) => `  ${s}`),
      '',
    ].join('\n'),
  );
  return EXIT_OK;
}

export const validateCommand: Command = {
  name: 'validate',
  summary: (tr) => tr.t('cli.validate.summary'),
  help: (tr) => tr.t('cli.validate.help'),
  run,
};

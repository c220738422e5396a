/**
 * The findings document as JSON ("format": "fieldnotes.findings", "version": 2), and the reader for it.
 * The reader refuses, with a message a person can act on, anything that is not this format, a newer version than
 * this app knows, or a file that does not match the schema (in the translator's language, English by default); it
 * never half-reads. A version 1 file (actions and
 * measures as plain strings, no response) is brought to version 2 before it is checked.
 */
import {
  FINDINGS_FORMAT,
  FINDINGS_VERSION,
  findingsDocumentSchema,
  type FindingsDocument,
} from '../findings/documentSchema';
import { issueField, issueProblem } from '../i18n/schemaIssue';
import { translator, type Translator } from '../i18n/translate';
import { wordsText } from '../i18n/words';
import { ReadError, checkSize } from './errors';
import { upgradeActions, upgradeMeasures } from '../domain/actionPlan';

export function writeFindingsJson(doc: FindingsDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** Containers this deep or shallower are written member by member; deeper ones (a note, a theme) whole. */
const STREAMED_DEPTH = 1;

function isContainer(value: unknown): value is object {
  return typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

/** `JSON.stringify(value, null, 2)` of a member, indented to sit at `depth`; undefined when JSON leaves it out. */
function member(value: unknown, depth: number): string | undefined {
  const text = JSON.stringify(value, null, 2) as string | undefined;
  // JSON text holds no raw line breaks inside strings, so every one starts a line to indent.
  return text?.replace(/\n/g, `\n${'  '.repeat(depth)}`);
}

function* chunks(value: unknown, depth: number): Generator<string> {
  if (depth > STREAMED_DEPTH || !isContainer(value)) {
    yield member(value, depth) ?? 'null';
    return;
  }
  const inner = '  '.repeat(depth + 1);
  const array = Array.isArray(value);
  const entries: [string | null, unknown][] = array
    ? value.map((v: unknown) => [null, v === undefined || typeof v === 'function' ? null : v])
    : Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
  if (!entries.length) {
    yield array ? '[]' : '{}';
    return;
  }
  yield array ? '[' : '{';
  for (let i = 0; i < entries.length; i++) {
    const [key, v] = entries[i]!;
    yield `${i ? ',' : ''}\n${inner}${key === null ? '' : `${JSON.stringify(key)}: `}`;
    yield* chunks(v, depth + 1);
  }
  yield `\n${'  '.repeat(depth)}${array ? ']' : '}'}`;
}

/**
 * The same text as `writeFindingsJson`, in pieces: the document's lists are written an item at a time, so a file of
 * any size never exists as one string.
 */
export function* findingsJsonChunks(doc: FindingsDocument): Generator<string> {
  yield* chunks(doc, 0);
  yield '\n';
}

/**
 * Version 1 to 2: each finding's action and measure strings become items with only their words, and the finding
 * has no response yet. Anything else is left as it was for the schema to judge, so a damaged v1 file is still
 * refused with where it is damaged.
 */
function upgradeFromVersion1(data: object): unknown {
  const doc = data as { findings?: unknown };
  if (!Array.isArray(doc.findings)) return { ...data, version: 2 };
  return {
    ...data,
    version: 2,
    findings: doc.findings.map((finding: unknown) => {
      if (typeof finding !== 'object' || finding === null) return finding;
      const f = finding as { actions?: unknown; measures?: unknown };
      return { ...f, actions: upgradeActions(f.actions), measures: upgradeMeasures(f.measures), response: null };
    }),
  };
}

export function readFindingsJson(text: string, tr: Translator = translator()): FindingsDocument {
  const { t } = tr;
  checkSize(text.length, 'findings', tr);
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new ReadError('not-json', t('readers.json.notJson'));
  }
  const head = (data ?? {}) as { format?: unknown; version?: unknown };
  if (typeof data !== 'object' || head.format !== FINDINGS_FORMAT) {
    throw new ReadError('wrong-format', t('readers.json.wrongFormat'));
  }
  if (typeof head.version !== 'number' || head.version > FINDINGS_VERSION) {
    throw new ReadError(
      'newer-version',
      t('readers.json.newer', { version: String(head.version), known: FINDINGS_VERSION }),
    );
  }
  const parsed = findingsDocumentSchema.safeParse(head.version === 1 ? upgradeFromVersion1(data as object) : data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    // The schema's issue in catalogue words (shared/i18n/schemaIssue.ts), where it is as the file names it.
    const problem = issue ? wordsText(issueProblem(issue), tr) : t('readers.json.unknownProblem');
    const where = issue ? issueField(issue) : '';
    throw new ReadError(
      'invalid',
      where ? t('readers.json.damagedAt', { where, problem }) : t('readers.json.damaged', { problem }),
    );
  }
  return parsed.data;
}

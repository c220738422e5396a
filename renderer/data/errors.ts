/**
 * Errors the data layer raises, each with a message a facilitator can act on. data/ does not know the app's
 * language, so an error carries its sentence as a message reference (architecture: Languages, "Refusals kept as
 * data") and `describeError` words it in the language of the moment it is shown; `message` is the English, for
 * logs and tests. Anything the UI shows comes through `describeError`, so a raw DOMException or zod dump never
 * reaches the screen.
 */
import { ZodError } from 'zod';
import { translator, type Translator } from '../../shared/i18n/translate';
import { firstIssueWords } from '../../shared/i18n/schemaIssue';
import { wordsText, type ErrorWords } from '../../shared/i18n/words';

// The message reference itself lives in shared/ (shared code words its problems the same way); re-exported here
// for the data layer's users.
export { wordsText, type ErrorValue, type ErrorWords } from '../../shared/i18n/words';

export type DataErrorCode =
  'invalid' | 'not-found' | 'quota' | 'version-change' | 'blocked' | 'unavailable' | 'conflict' | 'file';

export class DataError extends Error {
  constructor(
    readonly code: DataErrorCode,
    readonly words: ErrorWords,
    options?: { cause?: unknown },
  ) {
    super(wordsText(words, translator('en')), options);
    this.name = 'DataError';
  }
}

/**
 * The record an error speaks of, as the catalogue's select keys (`dataErrors.*` messages choose the noun, and in
 * French its gender, from it). Commands name records in English words ("stakeholder group"); tables by their name.
 */
const SUBJECT_KEYS: Record<string, string> = {
  note: 'note',
  question: 'question',
  session: 'session',
  participant: 'participant',
  theme: 'theme',
  project: 'project',
  'stakeholder group': 'group',
  group: 'group',
  finding: 'finding',
  'note kind': 'noteKind',
  memo: 'memo',
  photo: 'photo',
  coding: 'coding',
  'coding pass': 'codingPass',
  codingPasse: 'codingPass',
  vote: 'vote',
  'master theme': 'masterTheme',
  'workshop session': 'workshopSession',
};

export function subjectKey(what: string | undefined): string {
  return (what && SUBJECT_KEYS[what]) || 'other';
}

/** "That note no longer exists." */
export function goneError(what: string): DataError {
  return new DataError('not-found', { id: 'dataErrors.gone', values: { what: subjectKey(what) } });
}

/** "A note with this id already exists." */
export function duplicateError(what: string, cause: unknown): DataError {
  return new DataError('conflict', { id: 'dataErrors.duplicate', values: { what: subjectKey(what) } }, { cause });
}

function isQuotaError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const name = (error as { name?: string }).name;
  const inner = (error as { inner?: unknown }).inner;
  return name === 'QuotaExceededError' || (inner !== undefined && isQuotaError(inner));
}

/**
 * "The note is not valid: text is too long (at most 50,000 characters).": the schema's issue in catalogue words
 * (shared/i18n/schemaIssue.ts), the field named as the record names it.
 */
export function zodErrorWords(error: ZodError, what?: string): ErrorWords {
  const subject = subjectKey(what);
  if (!error.issues.length) return { id: 'dataErrors.invalid', values: { subject } };
  return { id: 'dataErrors.invalidDetail', values: { subject, detail: firstIssueWords(error) } };
}

/** An exception's own text, for the technical detail of a sentence that says what failed. */
function exceptionText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Turn anything thrown by a command into a DataError with a clear message. */
export function toDataError(error: unknown, what?: string): DataError {
  if (error instanceof DataError) return error;
  if (error instanceof ZodError) return new DataError('invalid', zodErrorWords(error, what), { cause: error });
  // A command that fails while other writes of its transaction are still pending reaches us wrapped in Dexie's
  // abort error: the command's own reason is inside.
  const inner = (error as { inner?: unknown } | null)?.inner;
  if (inner instanceof DataError || inner instanceof ZodError) return toDataError(inner, what);
  if (isQuotaError(error)) return new DataError('quota', { id: 'dataErrors.quota' }, { cause: error });
  const name = (error as { name?: string } | null)?.name;
  if (name === 'DatabaseClosedError') {
    return new DataError('version-change', { id: 'dataErrors.versionChange' }, { cause: error });
  }
  // An exception's own text is technical detail, shown only as such: the sentence says what failed, that the
  // command's transaction left everything as it was, and what to do.
  return new DataError(
    'unavailable',
    { id: 'dataErrors.unavailable', values: { detail: exceptionText(error) } },
    { cause: error },
  );
}

/** What went wrong, in the translator's language (the app passes its own: `useT()`, or `uiTranslator()`). */
export function describeError(error: unknown, tr: Translator): string {
  return wordsText(toDataError(error).words, tr);
}

/**
 * The reason inside another sentence ("The export could not be saved: …"): a DataError's own words in the
 * translator's language; anything else is unexpected, said so in the language, its own text only as the detail.
 */
export function errorReason(error: unknown, tr: Translator): string {
  if (error instanceof DataError) return wordsText(error.words, tr);
  return tr.t('dataErrors.unexpected', { detail: exceptionText(error) });
}

/**
 * A zod issue as a message reference (architecture: Languages): what a schema found wrong, in catalogue words
 * (`schemaIssues` area), the field named by its path. zod's own `message` is English for developers and is never
 * shown; whoever shows the problem words the reference with its own translator (`wordsText`).
 *
 * A refinement of our own says what it checks through `issueParams` (a reference, or a photo's problem as data), so
 * its issue is worded like zod's built-in ones.
 */
import type { z } from 'zod';
import { DEVICE_ID_PATTERN, UUID_PATTERN } from '../domain/ids';
import { COLOUR_PATTERN, ISO_DATE_PATTERN, SHA256_PATTERN } from '../domain/patterns';
import { describePhotoProblem, type PhotoProblem } from '../photos/photoBytes';
import { translator } from './translate';
import { wordsText, type ErrorWords } from './words';

export type SchemaIssue = z.core.$ZodIssue;

/** The format select keys of `schemaIssues.format` that zod names itself. */
const ZOD_FORMATS: Record<string, string> = {
  uuid: 'uuid',
  guid: 'uuid',
  datetime: 'datetime',
  date: 'date',
  time: 'time',
  email: 'email',
  url: 'url',
};

/** Our regular expressions by their text (zod reports a failed regex as its source), and the form each means. */
const KNOWN_PATTERNS = new Map<string, string>([
  [String(UUID_PATTERN), 'uuid'],
  [String(DEVICE_ID_PATTERN), 'deviceId'],
  [String(ISO_DATE_PATTERN), 'date'],
  [String(COLOUR_PATTERN), 'colour'],
  [String(SHA256_PATTERN), 'sha256'],
]);

/** What a refinement of ours puts in its issue's `params` so the issue can be worded. */
type IssueMeaning = { words: ErrorWords } | { photoProblem: PhotoProblem };

/** `refine(check, issueParams(words))` or `ctx.addIssue({ code: 'custom', ...issueParams(words) })`. */
export function issueParams(meaning: IssueMeaning): { message: string; params: IssueMeaning } {
  // The English message is for logs and developers; the params are what is shown.
  const english = translator('en');
  const message =
    'words' in meaning ? wordsText(meaning.words, english) : describePhotoProblem(meaning.photoProblem, english);
  return { message, params: meaning };
}

function customMeaning(issue: SchemaIssue): IssueMeaning | null {
  const params = issue.code === 'custom' ? (issue.params as Partial<Record<string, unknown>> | undefined) : undefined;
  if (params?.words && typeof params.words === 'object') return { words: params.words as ErrorWords };
  if (params?.photoProblem && typeof params.photoProblem === 'object')
    return { photoProblem: params.photoProblem as PhotoProblem };
  return null;
}

/** The photo problem a photo's refinement found, when that is the issue (a refused photo says why as such). */
export function issuePhotoProblem(issue: SchemaIssue): PhotoProblem | null {
  const meaning = customMeaning(issue);
  return meaning && 'photoProblem' in meaning ? meaning.photoProblem : null;
}

function limitOf(value: number | bigint): number {
  return Number(value);
}

function tooBig(issue: z.core.$ZodIssueTooBig): ErrorWords {
  const limit = limitOf(issue.maximum);
  switch (issue.origin) {
    case 'string':
      return issue.exact
        ? { id: 'schemaIssues.exactLength', values: { limit } }
        : { id: 'schemaIssues.tooLong', values: { limit } };
    case 'array':
    case 'set':
      return { id: 'schemaIssues.tooManyItems', values: { limit } };
    default:
      return { id: 'schemaIssues.tooLarge', values: { limit, inclusive: issue.inclusive === false ? 'no' : 'yes' } };
  }
}

function tooSmall(issue: z.core.$ZodIssueTooSmall): ErrorWords {
  const limit = limitOf(issue.minimum);
  switch (issue.origin) {
    case 'string':
      if (issue.exact) return { id: 'schemaIssues.exactLength', values: { limit } };
      return limit === 1 ? { id: 'schemaIssues.empty' } : { id: 'schemaIssues.tooShort', values: { limit } };
    case 'array':
    case 'set':
      return limit === 1 ? { id: 'schemaIssues.empty' } : { id: 'schemaIssues.tooFewItems', values: { limit } };
    default:
      return { id: 'schemaIssues.tooSmall', values: { limit, inclusive: issue.inclusive === false ? 'no' : 'yes' } };
  }
}

function formatKey(issue: z.core.$ZodIssueInvalidStringFormat): string {
  if (issue.format === 'regex') return (issue.pattern && KNOWN_PATTERNS.get(issue.pattern)) ?? 'other';
  return ZOD_FORMATS[issue.format] ?? 'other';
}

/** A schema value (an enum's option, a literal) as the file writes it. */
function shownValue(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** What is wrong, as a predicate said after the field: "is too long (at most 20,000 characters)". */
export function issueProblem(issue: SchemaIssue): ErrorWords {
  switch (issue.code) {
    case 'invalid_type':
      // Issues do not keep the input; zod's own message is the only place that says the value was absent.
      return issue.message.endsWith('received undefined')
        ? { id: 'schemaIssues.missing' }
        : { id: 'schemaIssues.wrongType', values: { expected: issue.expected } };
    case 'too_big':
      return tooBig(issue);
    case 'too_small':
      return tooSmall(issue);
    case 'invalid_format':
      return { id: 'schemaIssues.format', values: { format: formatKey(issue) } };
    case 'invalid_value':
      return issue.values.length === 1
        ? { id: 'schemaIssues.oneValue', values: { expected: shownValue(issue.values[0]) } }
        : { id: 'schemaIssues.oneOf', values: { expected: issue.values.map(shownValue).join(', ') } };
    case 'unrecognized_keys':
      return {
        id: 'schemaIssues.unknownKeys',
        values: { count: issue.keys.length, keys: issue.keys.map((key) => JSON.stringify(key)).join(', ') },
      };
    case 'invalid_union':
      return { id: 'schemaIssues.noForm' };
    case 'not_multiple_of':
      return { id: 'schemaIssues.multipleOf', values: { divisor: issue.divisor } };
    case 'invalid_key':
      return { id: 'schemaIssues.badKey' };
    case 'invalid_element':
      return { id: 'schemaIssues.badItem' };
    case 'custom': {
      const meaning = customMeaning(issue);
      if (!meaning) return { id: 'schemaIssues.notValid' };
      if ('words' in meaning) return meaning.words;
      return { id: 'schemaIssues.photo', values: { problem: { photoProblem: meaning.photoProblem } } };
    }
  }
}

/** The field an issue is about, as the file names it ("fields.text", "linkedThemeIds.3"); '' for the whole value. */
export function issueField(issue: SchemaIssue): string {
  return issue.path.map(String).join('.');
}

/** The whole clause: "text is too long (at most 20,000 characters)", « le champ « text » est trop long (…) ». */
export function issueWords(issue: SchemaIssue): ErrorWords {
  return fieldClause(issueField(issue), issueProblem(issue));
}

/** A problem said of a field ("text is too long"), or of the whole value when `field` is '' (any checker's). */
export function fieldClause(field: string, problem: ErrorWords): ErrorWords {
  return field
    ? { id: 'schemaIssues.at', values: { field, problem } }
    : { id: 'schemaIssues.whole', values: { problem } };
}

/** The first issue of a failed parse, worded; a parse fails with at least one issue. */
export function firstIssueWords(error: z.ZodError): ErrorWords {
  const issue = error.issues[0];
  return issue ? issueWords(issue) : { id: 'schemaIssues.whole', values: { problem: { id: 'schemaIssues.notValid' } } };
}

/**
 * A JSON Schema validator's error (ajv's shape: keyword, instance path, params) as a message reference in the same
 * `schemaIssues` words as a zod issue (schemaIssue.ts), so `fieldnotes validate` says what its JSON Schema check
 * found in the reader's language. ajv's own `message` is English and never shown. Pure: the shape is declared here,
 * the validator stays with the CLI.
 */
import { DEVICE_ID_PATTERN, UUID_PATTERN } from '../domain/ids';
import { COLOUR_PATTERN, ISO_DATE_PATTERN, SHA256_PATTERN } from '../domain/patterns';
import { fieldClause } from './schemaIssue';
import type { ErrorWords } from './words';

/** What this module reads of an ajv error. */
export interface JsonSchemaError {
  keyword: string;
  /** JSON Pointer to the value, "" for the whole document ("/findings/0/text"). */
  instancePath: string;
  params: Record<string, unknown>;
}

/** JSON Schema formats, as the select keys of `schemaIssues.format`. */
const FORMATS: Record<string, string> = {
  'date-time': 'datetime',
  date: 'date',
  time: 'time',
  uuid: 'uuid',
  email: 'email',
  uri: 'url',
  url: 'url',
};

/** Our regular expressions by their source (a JSON Schema pattern has no slashes), and the form each means. */
const PATTERNS = new Map<string, string>([
  [UUID_PATTERN.source, 'uuid'],
  [DEVICE_ID_PATTERN.source, 'deviceId'],
  [ISO_DATE_PATTERN.source, 'date'],
  [COLOUR_PATTERN.source, 'colour'],
  [SHA256_PATTERN.source, 'sha256'],
]);

/** JSON Schema types as the select keys of `schemaIssues.wrongType`. */
const TYPES: Record<string, string> = { integer: 'int' };

const shown = (value: unknown): string => (typeof value === 'string' ? JSON.stringify(value) : String(value));
const numberOf = (value: unknown): number => (typeof value === 'number' ? value : Number(value));

function problemOf(error: JsonSchemaError): ErrorWords {
  const { params } = error;
  const limit = numberOf(params.limit);
  switch (error.keyword) {
    case 'required':
      return { id: 'schemaIssues.missing' };
    case 'type': {
      const type = String(params.type).split(',')[0] ?? '';
      return { id: 'schemaIssues.wrongType', values: { expected: TYPES[type] ?? type } };
    }
    case 'maxLength':
      return { id: 'schemaIssues.tooLong', values: { limit } };
    case 'minLength':
      return limit === 1 ? { id: 'schemaIssues.empty' } : { id: 'schemaIssues.tooShort', values: { limit } };
    case 'maxItems':
      return { id: 'schemaIssues.tooManyItems', values: { limit } };
    case 'minItems':
      return limit === 1 ? { id: 'schemaIssues.empty' } : { id: 'schemaIssues.tooFewItems', values: { limit } };
    case 'maximum':
    case 'exclusiveMaximum':
      return {
        id: 'schemaIssues.tooLarge',
        values: { limit, inclusive: error.keyword === 'maximum' ? 'yes' : 'no' },
      };
    case 'minimum':
    case 'exclusiveMinimum':
      return {
        id: 'schemaIssues.tooSmall',
        values: { limit, inclusive: error.keyword === 'minimum' ? 'yes' : 'no' },
      };
    case 'format':
      return { id: 'schemaIssues.format', values: { format: FORMATS[String(params.format)] ?? 'other' } };
    case 'pattern':
      return { id: 'schemaIssues.format', values: { format: PATTERNS.get(String(params.pattern)) ?? 'other' } };
    case 'enum': {
      const allowed = Array.isArray(params.allowedValues) ? params.allowedValues : [];
      return allowed.length === 1
        ? { id: 'schemaIssues.oneValue', values: { expected: shown(allowed[0]) } }
        : { id: 'schemaIssues.oneOf', values: { expected: allowed.map(shown).join(', ') } };
    }
    case 'const':
      return { id: 'schemaIssues.oneValue', values: { expected: shown(params.allowedValue) } };
    case 'additionalProperties':
      return { id: 'schemaIssues.unknownKeys', values: { count: 1, keys: shown(params.additionalProperty) } };
    case 'uniqueItems':
      return { id: 'schemaIssues.repeated' };
    case 'oneOf':
    case 'anyOf':
      return { id: 'schemaIssues.noForm' };
    case 'multipleOf':
      return { id: 'schemaIssues.multipleOf', values: { divisor: numberOf(params.multipleOf) } };
    default:
      return { id: 'schemaIssues.notValid' };
  }
}

/** The field as the file names it ("findings.0.text"); a missing property is named itself. */
function fieldOf(error: JsonSchemaError): string {
  const parts = error.instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'));
  if (error.keyword === 'required' && typeof error.params.missingProperty === 'string')
    parts.push(error.params.missingProperty);
  return parts.join('.');
}

/** The whole clause: "generatedAt is not a date and time (…)", « le champ « generatedAt » n’est pas… ». */
export function jsonSchemaIssueWords(error: JsonSchemaError): ErrorWords {
  return fieldClause(fieldOf(error), problemOf(error));
}

/**
 * One error per field, at most `max` fields, in the validator's order: a value that breaks two rules is said once,
 * by the rule that says most (a date-time format rather than the bare pattern that spells it out).
 */
export function firstPerField<T extends JsonSchemaError>(errors: readonly T[], max: number): T[] {
  const byField = new Map<string, T>();
  for (const error of errors) {
    const field = fieldOf(error);
    const kept = byField.get(field);
    if (!kept || (kept.keyword === 'pattern' && error.keyword !== 'pattern')) byField.set(field, error);
  }
  return [...byField.values()].slice(0, max);
}

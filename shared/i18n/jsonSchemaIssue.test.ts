import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import findingsSchema from '../../schemas/fieldnotes.findings.v2.schema.json';
import { firstPerField, jsonSchemaIssueWords, type JsonSchemaError } from './jsonSchemaIssue';
import { translator } from './translate';
import { wordsText } from './words';

const en = translator('en');
const fr = translator('fr-CA');
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/** The errors the findings file's own JSON Schema gives for a value, one per field, in both languages. */
function said(schema: object, value: unknown): { en: string[]; fr: string[] } {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const check = ajv.compile(schema);
  expect(check(value)).toBe(false);
  const errors = firstPerField(check.errors as JsonSchemaError[], 50);
  return {
    en: errors.map((error) => wordsText(jsonSchemaIssueWords(error), en)),
    fr: errors.map((error) => plain(wordsText(jsonSchemaIssueWords(error), fr))),
  };
}

describe('a JSON Schema error in the same catalogue words as a schema issue', () => {
  it('names a missing property by its own name and a date-time by its format, once per field', () => {
    const { en, fr } = said(findingsSchema, { format: 'fieldnotes.findings', version: 2, generatedAt: 'hier' });
    expect(en).toContain('generatedAt is not a date and time (such as 2026-03-14T09:30:00Z)');
    expect(en).toContain('project is missing');
    expect(fr).toContain('le champ « generatedAt » n’est pas une date et heure (comme 2026-03-14T09:30:00Z)');
    expect(fr).toContain('le champ « project » est absent');
    expect(fr.filter((line) => line.includes('generatedAt'))).toHaveLength(1);
  });

  it('words types, lengths, counts, bounds, values and unknown fields', () => {
    const schema = {
      type: 'object',
      additionalProperties: false,
      properties: {
        name: { type: 'string', minLength: 1, maxLength: 5 },
        votes: { type: 'integer', minimum: 0 },
        tags: { type: 'array', maxItems: 1, uniqueItems: true },
        level: { enum: ['session', 'master'] },
        colour: { type: 'string', pattern: '^#[0-9a-fA-F]{6}$' },
      },
    };
    const { en, fr } = said(schema, { name: 'Éclairage', votes: -1, tags: [1, 1], level: 'all', colour: 'red', x: 1 });
    expect(en).toEqual([
      'the value has an unknown field: "x"',
      'name is too long (at most 5 characters)',
      'votes is too small (at least 0)',
      'tags has too many items (at most 1 item)',
      'level should be one of: "session", "master"',
      'colour is not a colour (#RRGGBB)',
    ]);
    expect(fr).toEqual([
      'le contenu a un champ inconnu : "x"',
      'le champ « name » est trop long (au plus 5 caractères)',
      'le champ « votes » est trop petit (au moins 0)',
      'le champ « tags » a trop d’éléments (au plus 1 élément)',
      'le champ « level » devrait être l’une de ces valeurs : "session", "master"',
      'le champ « colour » n’est pas une couleur (#RRVVBB)',
    ]);
    expect(said(schema, { votes: 'three' }).fr).toEqual(['le champ « votes » devrait être un nombre entier']);
  });
});

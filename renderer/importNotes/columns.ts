/**
 * The column-mapping step: which column of the file holds each part of a note. Guessed from the header names
 * people and other tools use; the user confirms or changes it before anything is read into notes.
 */

export const IMPORT_FIELDS = ['text', 'session', 'question', 'speaker', 'kind', 'group'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Column index per field, or null when the file has no such column. */
export type ColumnMapping = Record<ImportField, number | null>;

export const FIELD_LABELS: Record<ImportField, string> = {
  text: 'Note text (required)',
  session: 'Session',
  question: 'Question',
  speaker: 'Speaker code',
  kind: 'Kind (framework category)',
  group: 'Stakeholder group',
};

const ALIASES: Record<ImportField, string[]> = {
  text: ['text', 'note', 'notes', 'note text', 'comment', 'comments', 'content', 'what was said', 'sticky'],
  session: ['session', 'session title', 'focus group', 'meeting'],
  question: ['question', 'questions', 'q', 'prompt'],
  speaker: ['speaker', 'speaker code', 'participant', 'participant code', 'code', 'who'],
  kind: ['kind', 'category', 'type', 'framework', 'framework category'],
  group: ['group', 'stakeholder group', 'stakeholder', 'stakeholders', 'audience'],
};

const normalise = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[_\-.:]+/g, ' ')
    .replace(/\s+/g, ' ');

export function guessMapping(header: readonly string[]): ColumnMapping {
  const names = header.map(normalise);
  const taken = new Set<number>();
  const mapping = Object.fromEntries(IMPORT_FIELDS.map((f) => [f, null])) as ColumnMapping;
  for (const field of IMPORT_FIELDS) {
    const index = names.findIndex((name, i) => !taken.has(i) && ALIASES[field].includes(name));
    if (index >= 0) {
      mapping[field] = index;
      taken.add(index);
    }
  }
  // A one-column file is a list of notes whatever its header says.
  if (mapping.text === null && header.length === 1) mapping.text = 0;
  return mapping;
}

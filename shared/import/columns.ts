/**
 * The columns a notes file may have, in one table that the app's mapping step, the CLI's automatic mapping and the
 * CLI's help are all made from (`COLUMNS`): the part of a note each column holds, the header names it answers to,
 * and what its cells may say. Headers are matched ignoring case, spaces at either end, and the separators people
 * use in place of spaces (`_`, `-`, `.`, `:`), so "Do-Not-Quote", "do_not_quote" and "Do not quote" are one column.
 *
 * The three flag columns take a yes or a no word (`YES_WORDS`, `NO_WORDS`; an empty cell is no). Anything else is
 * a problem rather than a guess: a flag protects a person, so "maybe" must not quietly become "no".
 *
 * Files made in French name their columns and flags in French ("Texte", "Séance", "Ne pas citer"; "oui", "non"),
 * so those words are among the names and yes/no words too.
 */
import type { MessageId } from '../i18n/catalogue';

export const IMPORT_FIELDS = [
  'text',
  'session',
  'question',
  'speaker',
  'kind',
  'group',
  'sensitive',
  'doNotQuote',
  'culturalProtocol',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
export type FlagField = 'sensitive' | 'doNotQuote' | 'culturalProtocol';
export const FLAG_FIELDS: readonly FlagField[] = ['sensitive', 'doNotQuote', 'culturalProtocol'];

/** Column index per field, or null when the file has no such column. */
export type ColumnMapping = Record<ImportField, number | null>;

export interface ColumnSpec {
  /** The header a file names the column by, and the CLI's help uses (the app shows `COLUMN_WORDS` instead). */
  heading: string;
  /** Header names (normalised: lower case, single spaces) that mean this column; the first is `heading`'s. */
  names: readonly string[];
  /** What the cells hold and how they are matched, for the help. */
  holds: string;
}

/** Each column's words in the app's language: its label in the mapping step and its heading in previews and messages. */
export const COLUMN_WORDS: Record<ImportField, { label: MessageId; heading: MessageId }> = {
  text: { label: 'importNotes.label.text', heading: 'importNotes.heading.text' },
  session: { label: 'importNotes.label.session', heading: 'importNotes.heading.session' },
  question: { label: 'importNotes.label.question', heading: 'importNotes.heading.question' },
  speaker: { label: 'importNotes.label.speaker', heading: 'importNotes.heading.speaker' },
  kind: { label: 'importNotes.label.kind', heading: 'importNotes.heading.kind' },
  group: { label: 'importNotes.label.group', heading: 'importNotes.heading.group' },
  sensitive: { label: 'importNotes.label.sensitive', heading: 'importNotes.heading.sensitive' },
  doNotQuote: { label: 'importNotes.label.doNotQuote', heading: 'importNotes.heading.doNotQuote' },
  culturalProtocol: { label: 'importNotes.label.culturalProtocol', heading: 'importNotes.heading.culturalProtocol' },
};

export const YES_WORDS: readonly string[] = ['yes', 'y', 'true', '1', 'x', '✓', 'oui', 'vrai'];
export const NO_WORDS: readonly string[] = ['no', 'n', 'false', '0', 'non', 'faux'];

const flagHolds = (what: string) => `yes if the note ${what}`;

export const COLUMNS: Record<ImportField, ColumnSpec> = {
  text: {
    heading: 'Text',
    names: [
      'text',
      'note',
      'notes',
      'note text',
      'comment',
      'comments',
      'content',
      'what was said',
      'sticky',
      'texte',
      'texte de la note',
      'commentaire',
      'commentaires',
    ],
    holds: 'the note; required (a row with other cells but no text is a problem; an empty row is skipped)',
  },
  session: {
    heading: 'Session',
    names: ['session', 'session title', 'focus group', 'meeting', 'séance', 'titre de la séance', 'rencontre'],
    holds: 'the session by title; a title the project lacks becomes a new session',
  },
  question: {
    heading: 'Question',
    names: ['question', 'questions', 'q', 'prompt'],
    holds: 'a question of the guide, by its text or its number (3, Q3, Question 3)',
  },
  speaker: {
    heading: 'Speaker',
    names: ['speaker', 'speaker code', 'participant', 'participant code', 'code', 'who', 'personne', 'participante'],
    holds: 'a speaker code such as P3 (at most 16 characters); a code new to its session becomes a participant',
  },
  kind: {
    heading: 'Kind',
    names: ['kind', 'category', 'type', 'framework', 'framework category', 'catégorie'],
    holds: "one of the project's kinds, by name or id",
  },
  group: {
    heading: 'Group',
    names: ['group', 'stakeholder group', 'stakeholder', 'stakeholders', 'audience', 'groupe', "groupe d'intérêt"],
    holds: "one of the project's stakeholder groups, by name: the group of the row's session",
  },
  sensitive: {
    heading: 'Sensitive',
    names: ['sensitive', 'sensible'],
    holds: flagHolds('is sensitive'),
  },
  doNotQuote: {
    heading: 'Do not quote',
    names: ['do not quote', "don't quote", 'dont quote', 'ne pas citer'],
    holds: flagHolds('must never be quoted'),
  },
  culturalProtocol: {
    heading: 'Cultural protocol',
    names: ['cultural protocol', 'protocole culturel'],
    holds: flagHolds('falls under a cultural protocol'),
  },
};

export function normaliseHeader(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[_\-.:]+/g, ' ')
    .replace(/\s+/g, ' ');
}

/**
 * The mapping a header suggests: each field takes the first column (not already taken) whose header is one of its
 * names. The app pre-fills its mapping step with this; the CLI uses it as it is.
 */
export function guessMapping(header: readonly string[]): ColumnMapping {
  const names = header.map(normaliseHeader);
  const taken = new Set<number>();
  const mapping = Object.fromEntries(IMPORT_FIELDS.map((f) => [f, null])) as ColumnMapping;
  for (const field of IMPORT_FIELDS) {
    const index = names.findIndex((name, i) => !taken.has(i) && COLUMNS[field].names.includes(name));
    if (index >= 0) {
      mapping[field] = index;
      taken.add(index);
    }
  }
  // A one-column file is a list of notes whatever its header says.
  if (mapping.text === null && header.length === 1) mapping.text = 0;
  return mapping;
}

/** A flag cell as yes (true), no (false), or not a yes/no word (null). */
export function readFlag(cell: string): boolean | null {
  const word = cell.trim().toLowerCase();
  if (word === '' || NO_WORDS.includes(word)) return false;
  if (YES_WORDS.includes(word)) return true;
  return null;
}

/** The columns, their other header names and what they hold, as plain text for a command's help. */
export function describeColumns(indent = '  '): string {
  const width = Math.max(...IMPORT_FIELDS.map((f) => COLUMNS[f].heading.length)) + 2;
  const lines: string[] = [];
  for (const field of IMPORT_FIELDS) {
    const spec = COLUMNS[field];
    lines.push(`${indent}${spec.heading.padEnd(width)}${spec.holds}`);
    const others = spec.names.filter((n) => n !== spec.heading.toLowerCase());
    if (others.length) lines.push(`${indent}${' '.repeat(width)}(also headed: ${others.join(', ')})`);
  }
  lines.push(
    `${indent}Flags are yes (${YES_WORDS.join(', ')}) or no (${NO_WORDS.join(', ')}, or an empty cell); any other word is a problem.`,
  );
  return lines.join('\n');
}

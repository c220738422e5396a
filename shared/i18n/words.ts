/**
 * A sentence kept as data until it is shown (architecture: Languages, "Refusals kept as data"): a message id and its
 * values, worded by `wordsText` in the language of the moment it is said. Shared code that finds a problem (a schema
 * issue, a refused change) returns one; the renderer's `DataError`, the CLI and the reports word it with their own
 * translator. It stays plain data, so it crosses from a worker to the page or into a stored sync report.
 */
import type { MessageId } from './catalogue';
import { translator, type Translator } from './translate';
import { describeWhy, type FileWriteWhy } from '../files/fileWriteWhy';
import { describePhotoProblem, type PhotoProblem } from '../photos/photoBytes';

/**
 * A value in a sentence. Names people typed and technical detail (a field's name in a file, an id) go in as strings,
 * shown as they are; a part that is itself worded (another reference, a file's reason, a photo's problem, a size)
 * stays data until the sentence is said.
 */
export type ErrorValue =
  string | number | ErrorWords | { photoProblem: PhotoProblem } | { fileWhy: FileWriteWhy } | { megabytes: number };

export interface ErrorWords {
  id: MessageId;
  values?: Record<string, ErrorValue>;
}

function wordValue(value: ErrorValue, tr: Translator): string | number {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if ('id' in value) return wordsText(value, tr);
  if ('photoProblem' in value) return describePhotoProblem(value.photoProblem, tr);
  if ('fileWhy' in value) return describeWhy(value.fileWhy, tr);
  return tr.number(value.megabytes / (1024 * 1024), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** The sentence in the translator's language (English when none is given), its worded parts in the same language. */
export function wordsText(words: ErrorWords, tr: Translator = translator()): string {
  const values = words.values
    ? Object.fromEntries(Object.entries(words.values).map(([key, value]) => [key, wordValue(value, tr)]))
    : undefined;
  return tr.t(words.id, values);
}

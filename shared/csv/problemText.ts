/**
 * A CSV problem in words, in the translator's language (English when none is given): the app's note import shows
 * it, the command line prints it. The reader keeps problems as data so each place words them in its own language.
 */
import { translator, type Translator } from '../i18n/translate';
import type { CsvProblem, CsvReason } from './types';

export function describeReason(reason: CsvReason, { t }: Translator = translator()): string {
  switch (reason.kind) {
    case 'control':
      return t('csvReader.control', { code: `U+${reason.code.toString(16).toUpperCase().padStart(4, '0')}` });
    case 'width':
      return t('csvReader.width', { expected: reason.expected, found: reason.found });
    case 'after-quote':
      return t('csvReader.afterQuote', { char: reason.char });
    case 'unterminated':
      return t('csvReader.unterminated');
    case 'empty':
      return t('csvReader.empty');
    case 'utf-16':
      return t('csvReader.utf16');
  }
}

/** The reason, after the line it was found on when it belongs to one ("line 17: unterminated quoted field"). */
export function describeProblem({ line, reason }: CsvProblem, tr: Translator = translator()): string {
  const text = describeReason(reason, tr);
  return line === null ? text : tr.t('csvReader.atLine', { line, problem: text });
}

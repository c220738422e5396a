/** Counted words in the CLI's messages ("1 note", "3 notes"), through the app's one plural helper. */
import { plural } from '../../shared/i18n/plural';

/** `counted(3, 'note')` → "3 notes"; give the plural when it is not the word plus "s". */
export function counted(count: number, word: string, words = `${word}s`): string {
  return plural(count, { one: `# ${word}`, other: `# ${words}` });
}

/** The board's counted words, through the app's one plural function (the language's own plural rules). */
import { plural } from '../../shared/i18n/plural';

export const noteCount = (n: number) => plural(n, { one: '# note', other: '# notes' });
export const voteCount = (n: number) => plural(n, { one: '# vote', other: '# votes' });
export const frameCount = (n: number) => plural(n, { one: '# frame', other: '# frames' });
/** "note" alone for one ("Move note to theme"), "3 notes" for more. */
export const noteOrNotes = (n: number) => plural(n, { one: 'note', other: '# notes' });

/**
 * Every word the coding and agreement screen shows or announces, from the message catalogue (architecture:
 * Languages), read when used so it follows the app's language. Coders' and themes' names are data, never translated.
 */
import { msg } from '../ui/i18n';

export const AGREEMENT_TEXT = {
  get sessions() {
    return msg('agreement.sessions');
  },
  get title() {
    return msg('agreement.title');
  },
  intro: (session: string) => msg('agreement.intro', { session }),
  get heading() {
    return msg('agreement.heading');
  },
  get needsTwo() {
    return msg('agreement.needsTwo');
  },
  waiting: (done: number, total: number) => msg('agreement.waiting', { done, total }),
  comparingFirstTwo: (first: string, second: string) => msg('agreement.comparingFirstTwo', { first, second }),
  get kappa() {
    return msg('agreement.kappa');
  },
  get alpha() {
    return msg('agreement.alpha');
  },
  get sameTheme() {
    return msg('agreement.sameTheme');
  },
  get codedByBoth() {
    return msg('agreement.codedByBoth');
  },
  codedOf: (coded: number, total: number) => msg('agreement.codedOf', { coded, total }),
  unmapped: (names: string) => msg('agreement.unmapped', { names }),
  get mapInFindings() {
    return msg('agreement.mapInFindings');
  },
  get notCoded() {
    return msg('agreement.notCoded');
  },
  get undefinedMeasure() {
    return msg('agreement.undefinedMeasure');
  },
  get perThemeCaption() {
    return msg('agreement.perThemeCaption');
  },
  get theme() {
    return msg('agreement.theme');
  },
  get both() {
    return msg('agreement.both');
  },
  get kappaShort() {
    return msg('agreement.kappaShort');
  },
  get alphaShort() {
    return msg('agreement.alphaShort');
  },
  confusionCaption: (first: string, second: string) => msg('agreement.confusionCaption', { first, second }),
  disagreementsHeading: (count: number) => msg('agreement.disagreementsHeading', { count }),
  get allAgree() {
    return msg('agreement.allAgree');
  },
  get aTheme() {
    return msg('agreement.aTheme');
  },
  get noTheme() {
    return msg('agreement.noTheme');
  },
  get noThemeInline() {
    return msg('agreement.noThemeInline');
  },
  disagreementLine: (first: string, firstTheme: string, second: string, secondTheme: string, board: string) =>
    msg('agreement.disagreementLine', { first, firstTheme, second, secondTheme, board }),
  putOnBoard: (theme: string) => msg('agreement.putOnBoard', { theme }),
  chooseCoders: (coder: string, theme: string) => msg('agreement.useCoders', { coder, theme }),
  get coders() {
    return msg('agreement.coders');
  },
  get nobody() {
    return msg('agreement.nobody');
  },
  get done() {
    return msg('agreement.done');
  },
  get coding() {
    return msg('agreement.coding');
  },
  codedCount: (coded: number, total: number) => msg('agreement.codedCount', { coded, total }),
  codeAs: (coder: string) => msg('agreement.codeAs', { coder }),
  reopened: (coder: string) => msg('agreement.reopened', { coder }),
  isDone: (coder: string) => msg('agreement.isDone', { coder }),
  reopen: (coder: string) => msg('agreement.reopen', { coder }),
  codingAs: (coder: string) => msg('agreement.codingAs', { coder }),
  get codersName() {
    return msg('agreement.codersName');
  },
  get startCoding() {
    return msg('agreement.startCoding');
  },
  master: (theme: string) => msg('agreement.master', { theme }),
  saidDone: (coder: string) => msg('agreement.saidDone', { coder }),
  get noThemes() {
    return msg('agreement.noThemes');
  },
  get noNotes() {
    return msg('agreement.noNotes');
  },
  themeForNote: (n: number) => msg('agreement.themeForNote', { n }),
} as const;

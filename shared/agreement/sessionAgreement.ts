/**
 * Agreement of two coding passes over one session, on master themes: each coder's theme for a note is taken
 * to the master theme it is mapped to (a master theme stands for itself), so coders who made their own themes
 * are compared once both are mapped. A theme not mapped yet is compared as itself and reported, so the view can
 * ask for the mapping; "no theme" is a category of its own.
 */
import type { Coding, CodingPass, Theme } from '../domain/schemas';
import { computeAgreement, type AgreementResult } from './agreement';

/** The category of a note a coder looked at and put in no theme. */
export const NO_THEME = '(no theme)';

export interface SessionAgreementInput {
  first: CodingPass;
  second: CodingPass;
  codings: readonly Coding[];
  themes: readonly Theme[];
  /** Notes in scope (live notes of the session), in the order disagreements are listed. */
  noteIds: readonly string[];
}

export interface SessionAgreement extends AgreementResult {
  /** Category id → name, for every category in the result. */
  names: Map<string, string>;
  /** Themes the coders used that are not mapped to a master theme. */
  unmapped: Theme[];
}

export function categoryOf(themeId: string | null, themes: ReadonlyMap<string, Theme>): string {
  if (!themeId) return NO_THEME;
  const theme = themes.get(themeId);
  if (!theme) return NO_THEME;
  return theme.sessionId === null ? theme.id : (theme.masterThemeId ?? theme.id);
}

export function sessionAgreement(input: SessionAgreementInput): SessionAgreement {
  const themes = new Map(input.themes.map((theme) => [theme.id, theme]));
  const inScope = new Set(input.noteIds);
  const values = (passId: string) =>
    new Map(
      input.codings
        .filter((coding) => coding.passId === passId && !coding.deleted && inScope.has(coding.noteId))
        .map((coding) => [coding.noteId, categoryOf(coding.themeId, themes)]),
    );
  const first = values(input.first.id);
  const second = values(input.second.id);
  const masters = input.themes.filter((theme) => theme.sessionId === null && !theme.deleted).map((t) => t.id);
  const result = computeAgreement({ units: input.noteIds, first, second, categories: [...masters, NO_THEME] });
  const used = new Set([...first.values(), ...second.values()]);
  const names = new Map<string, string>([[NO_THEME, 'No theme']]);
  const unmapped: Theme[] = [];
  for (const category of result.confusion.categories) {
    const theme = themes.get(category);
    if (!theme) continue;
    names.set(category, theme.name);
    if (theme.sessionId !== null && used.has(category)) unmapped.push(theme);
  }
  // Master themes nobody used add nothing but empty rows: the table keeps the ones at least one coder used.
  const keep = result.confusion.categories.map((c) => used.has(c));
  return {
    ...result,
    perCategory: result.perCategory.filter((c) => used.has(c.category)),
    confusion: {
      categories: result.confusion.categories.filter((_, i) => keep[i]),
      counts: result.confusion.counts.filter((_, i) => keep[i]).map((row) => row.filter((_, j) => keep[j])),
    },
    names,
    unmapped,
  };
}

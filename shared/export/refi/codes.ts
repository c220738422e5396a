/**
 * Themes as REFI-QDA codes, shared by the codebook (.qdc) and the project (.qdpx): the theme tree becomes nested
 * codes, and each master theme becomes a set whose members are the board themes mapped to it (REFI has no
 * "maps to" between codes, and nesting would rewrite the facilitators' own hierarchy).
 */
import type { FindingsDocument } from '../../findings/documentSchema';
import { translator, type Translator } from '../../i18n/translate';
import { refiGuid } from './guid';
import { element, textElement } from './xml';

type DocTheme = FindingsDocument['themes'][number];

function sortThemes(themes: readonly DocTheme[]): DocTheme[] {
  return [...themes].sort(
    (a, b) => Number(b.isMaster) - Number(a.isMaster) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
  );
}

/** What a format adds to a theme's code: the project's <NoteRef>s, or (a codebook) more description. */
export interface CodeExtras {
  noteRefs?(themeId: string): string[];
  moreDescription?(themeId: string): string;
}

/**
 * The <Code> elements of the whole theme tree (children both schemas allow: Description, nested Code; and in a
 * project, NoteRef between them).
 */
export function codeElements(doc: FindingsDocument, extras: CodeExtras = {}, tr: Translator = translator()): string[] {
  const children = new Map<string | null, DocTheme[]>();
  const ids = new Set(doc.themes.map((t) => t.id));
  for (const theme of doc.themes) {
    const parent = theme.parentId && ids.has(theme.parentId) ? theme.parentId : null;
    const list = children.get(parent);
    if (list) list.push(theme);
    else children.set(parent, [theme]);
  }
  const seen = new Set<string>();
  const write = (theme: DocTheme): string => {
    seen.add(theme.id);
    const kids = sortThemes(children.get(theme.id) ?? []).filter((k) => !seen.has(k.id));
    const description = [theme.description, extras.moreDescription?.(theme.id) ?? ''].filter(Boolean).join('\n\n');
    return element('Code', { guid: refiGuid(theme.id), name: theme.name, isCodable: true, color: theme.color }, [
      ...(description ? [textElement('Description', description)] : []),
      ...(extras.noteRefs?.(theme.id) ?? []),
      ...kids.map(write),
    ]);
  };
  const roots = sortThemes(children.get(null) ?? []).map(write);
  if (roots.length === 0) {
    // Both schemas need at least one code; an empty <Codes/> does not validate.
    return [element('Code', { guid: refiGuid('none', 'code'), name: tr.t('refi.noThemes'), isCodable: false })];
  }
  return roots;
}

/**
 * One set per master theme that has board themes mapped to it. The two schemas name the member's attribute
 * differently: `guid` in a codebook, `targetGUID` in a project.
 */
export function masterSets(
  doc: FindingsDocument,
  memberAttribute: 'guid' | 'targetGUID',
  tr: Translator = translator(),
): string[] {
  const masters = doc.themes.filter((t) => t.isMaster);
  const out: string[] = [];
  for (const master of sortThemes(masters)) {
    const members = doc.themes.filter((t) => t.masterThemeId === master.id);
    if (members.length === 0) continue;
    out.push(
      element('Set', { guid: refiGuid(master.id, 'set'), name: tr.t('refi.masterSet', { name: master.name }) }, [
        textElement('Description', tr.t('refi.masterSetDescription')),
        ...members.map((m) => element('MemberCode', { [memberAttribute]: refiGuid(m.id) })),
      ]),
    );
  }
  return out;
}

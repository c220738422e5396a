import { describe, expect, it } from 'vitest';
import { MAX_LINKED_THEMES } from './limits';
import {
  linkedThemesOf,
  linksAdding,
  linksForHome,
  linksWithout,
  memberCount,
  membersByTheme,
  noteIsInTheme,
  themesOfNote,
} from './noteThemes';
import { noteSchema } from './schemas';

const A = '01900000-0000-7000-8000-00000000000a';
const B = '01900000-0000-7000-8000-00000000000b';
const C = '01900000-0000-7000-8000-00000000000c';
const stamp = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
const base = { id: 'n', projectId: 'p', sessionId: 's', text: 'hello', ...stamp };

describe('a note in several themes', () => {
  it('reads old records without links, and refuses bad links', () => {
    expect(noteSchema.parse(base).linkedThemeIds).toEqual([]);
    expect(noteSchema.parse({ ...base, themeId: A, linkedThemeIds: [B, C] }).linkedThemeIds).toEqual([B, C]);
    expect(noteSchema.safeParse({ ...base, linkedThemeIds: [B, B] }).success).toBe(false);
    expect(noteSchema.safeParse({ ...base, linkedThemeIds: ['not an id'] }).success).toBe(false);
    const tooMany = Array.from(
      { length: MAX_LINKED_THEMES + 1 },
      (_, i) => `01900000-0000-7000-8000-${String(i).padStart(12, '0')}`,
    );
    expect(noteSchema.safeParse({ ...base, linkedThemeIds: tooMany }).success).toBe(false);
    // A partial change (what sync validates) may carry the links alone.
    expect(noteSchema.partial().safeParse({ linkedThemeIds: [A] }).success).toBe(true);
  });

  it('reads a merged record whose home is also linked as meant: home first, each theme once', () => {
    const merged = { themeId: A, linkedThemeIds: [B, A, C] };
    expect(linkedThemesOf(merged)).toEqual([B, C]);
    expect(themesOfNote(merged)).toEqual([A, B, C]);
    expect(themesOfNote({ themeId: null, linkedThemeIds: [B] })).toEqual([B]);
    expect(themesOfNote({ themeId: A })).toEqual([A]);
    expect(noteIsInTheme(merged, C)).toBe(true);
    expect(noteIsInTheme({ themeId: A, linkedThemeIds: [] }, B)).toBe(false);
  });

  it('adds, removes and re-homes links keeping the field clean', () => {
    expect(linksAdding({ themeId: A, linkedThemeIds: [] }, B)).toEqual([B]);
    expect(linksAdding({ themeId: A, linkedThemeIds: [B] }, B)).toBeNull();
    expect(linksAdding({ themeId: A, linkedThemeIds: [] }, A)).toBeNull();
    expect(linksWithout({ themeId: A, linkedThemeIds: [B, C] }, [B])).toEqual([C]);
    expect(linksForHome({ themeId: A, linkedThemeIds: [B, C] }, B)).toEqual([C]);
    expect(linksForHome({ themeId: A, linkedThemeIds: [B] }, null)).toEqual([B]);
    const full = Array.from({ length: MAX_LINKED_THEMES }, (_, i) => `t${i}`);
    expect(() => linksAdding({ themeId: A, linkedThemeIds: full }, B)).toThrow(`at most ${MAX_LINKED_THEMES}`);
  });

  it('counts a note once in its home and once in each theme it is linked to, on the themes present', () => {
    const gone = '01900000-0000-7000-8000-0000000000ff';
    const notes = [
      { id: 'home-a', themeId: A, linkedThemeIds: [] },
      { id: 'a-linked-b-c', themeId: A, linkedThemeIds: [B, C] },
      // A merged record: its home among its links, and a link repeated; it counts once in A.
      { id: 'a-merged', themeId: A, linkedThemeIds: [A, B, B] },
      { id: 'loose-linked-b', themeId: null, linkedThemeIds: [B] },
      // Home in a theme that is not on this board: it is loose here, and still counts in its links.
      { id: 'gone-linked-c', themeId: gone, linkedThemeIds: [C, gone] },
    ];
    const members = membersByTheme(notes, [A, B, C]);
    const ids = (key: string | null) => ({
      home: members.get(key)!.home.map((n) => n.id),
      linked: members.get(key)!.linked.map((n) => n.id),
    });
    expect(ids(A)).toEqual({ home: ['home-a', 'a-linked-b-c', 'a-merged'], linked: [] });
    expect(ids(B)).toEqual({ home: [], linked: ['a-linked-b-c', 'a-merged', 'loose-linked-b'] });
    expect(ids(C)).toEqual({ home: [], linked: ['a-linked-b-c', 'gone-linked-c'] });
    expect(ids(null)).toEqual({ home: ['loose-linked-b', 'gone-linked-c'], linked: [] });
    expect(members.has(gone)).toBe(false);
    expect([A, B, C].map((id) => memberCount(members.get(id)))).toEqual([3, 3, 2]);
    expect(memberCount(members.get(gone))).toBe(0);
    // Every note is at home exactly once, whatever its links.
    const homes = [...members.values()].flatMap((m) => m.home.map((n) => n.id));
    expect(homes.sort()).toEqual(notes.map((n) => n.id).sort());
  });
});

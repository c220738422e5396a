import { describe, expect, it } from 'vitest';
import { NOW, smallProject, theme } from '../../tests/support/fixtures';
import { planExport } from '../privacy/plan';
import { buildFindingsDocument } from './document';
import { draftFindings } from './drafts';
import { alsoInOf, linkedRowsOf, notesUnderThemes } from './linkedNotes';
import { findingsDocumentSchema } from './documentSchema';
import { levelCounts } from './levels';
import { liveSnapshot } from './snapshot';

/** The small project with the seniors' bus-shelter note (home: Transit safety) also linked to Street lighting. */
function linked() {
  const { snapshot, ids } = smallProject();
  const shelter = snapshot.notes[8]!;
  const parkPaths = snapshot.notes[0]!;
  const gone = theme(snapshot.project.id, 'Deleted theme', { deleted: true, sessionId: ids.youthSession });
  snapshot.themes.push(gone);
  // A merge of two devices' edits may leave the home theme among the links: it is read as one theme.
  shelter.linkedThemeIds = [ids.lighting, ids.transit];
  parkPaths.linkedThemeIds = [ids.youthSpaces, gone.id];
  return { snapshot, ids, shelter, parkPaths };
}

function build(level: 'session' | 'master') {
  const { snapshot, ids, shelter, parkPaths } = linked();
  const doc = buildFindingsDocument(planExport(liveSnapshot(snapshot), { scan: { names: false } }), {
    now: NOW,
    level,
  });
  return { doc, ids, shelter, parkPaths };
}

describe('a note linked to several themes in the findings document', () => {
  it('counts in each theme’s row, coverage cell and note count, and once in the totals', () => {
    const { doc, ids, shelter, parkPaths } = build('session');
    expect(() => findingsDocumentSchema.parse(doc)).not.toThrow();
    const row = (id: string) => doc.ranking.find((r) => r.themeId === id)!;
    expect(row(ids.lighting).noteCount).toBe(5);
    expect(row(ids.lighting).evidenceNoteIds).toContain(shelter.id);
    expect(row(ids.lighting).groupIds).toEqual([ids.youth, ids.seniors]);
    expect(row(ids.transit).evidenceNoteIds).toContain(shelter.id);
    expect(row(ids.youthSpaces).evidenceNoteIds).toContain(parkPaths.id);
    expect(doc.totals.notes).toBe(doc.notes.length);
    // Seniors were silent on street lighting until their note was linked to it.
    const at = doc.coverage.rows.findIndex((r) => r.themeId === ids.lighting);
    const seniors = doc.coverage.columns.findIndex((c) => c.groupId === ids.seniors);
    expect(doc.coverage.cells[at]![seniors]!.count).toBe(1);
    expect(doc.coverage.gaps).not.toContainEqual({ kind: 'silent', themeId: ids.lighting, groupId: ids.seniors });
    expect(doc.themes.find((t) => t.id === ids.lighting)!.noteCount).toBe(5);
    // A linked note can be quoted under each of its themes.
    expect(row(ids.lighting).quotes.map((q) => q.noteId)).toContain(shelter.id);
  });

  it('lists the note with its home, its links (clean) and every row it counts in', () => {
    const { doc, ids, shelter, parkPaths } = build('session');
    expect(doc.notes.find((n) => n.id === shelter.id)).toMatchObject({
      themeId: ids.transit,
      reportingThemeId: ids.transit,
      linkedThemeIds: [ids.lighting],
      reportingThemeIds: [ids.transit, ids.lighting],
    });
    // The link to a deleted theme is gone.
    expect(doc.notes.find((n) => n.id === parkPaths.id)!.linkedThemeIds).toEqual([ids.youthSpaces]);
    // A note in one theme reads exactly as before: no link fields at all.
    const plain = doc.notes.find((n) => n.themeId === ids.youthSpaces)!;
    expect('linkedThemeIds' in plain || 'reportingThemeIds' in plain).toBe(false);
  });

  it('counts a note once in a master theme both its themes are mapped to', () => {
    const { doc, ids, shelter } = build('master');
    const safe = doc.ranking.find((r) => r.themeId === ids.masterSafety)!;
    expect(safe.evidenceNoteIds.filter((id) => id === shelter.id)).toHaveLength(1);
    expect(doc.notes.find((n) => n.id === shelter.id)!.reportingThemeIds).toEqual([ids.masterSafety]);
  });

  it('reaches a master theme through a link alone', () => {
    const { snapshot, ids } = smallProject();
    const unthemed = snapshot.notes[7]!; // no home theme
    unthemed.linkedThemeIds = [ids.lighting];
    expect(levelCounts(liveSnapshot(snapshot)).notesUnderMasters).toBe(
      levelCounts(liveSnapshot(smallProject().snapshot)).notesUnderMasters + 1,
    );
    const doc = buildFindingsDocument(planExport(liveSnapshot(snapshot), { scan: { names: false } }), {
      now: NOW,
      level: 'master',
    });
    expect(doc.notes.find((n) => n.id === unthemed.id)).toMatchObject({
      themeId: null,
      reportingThemeId: null,
      reportingThemeIds: [ids.masterSafety],
    });
  });

  it('drops links with the themes of a community session that did not approve its themes', () => {
    const { snapshot, ids, shelter } = linked();
    const seniors = snapshot.sessions.find((s) => s.id === ids.seniorsSession)!;
    seniors.community = { name: 'Elders council', requirement: '' };
    seniors.communityApproval = {
      approvedBy: 'Council',
      approvedOn: '2025-02-20',
      scope: { quotes: true, counts: true, themes: false },
      recordedAt: NOW,
    };
    const doc = buildFindingsDocument(planExport(liveSnapshot(snapshot), { scan: { names: false } }), {
      now: NOW,
      level: 'session',
    });
    expect(doc.notes.find((n) => n.id === shelter.id)).toMatchObject({ themeId: null });
    expect(doc.notes.find((n) => n.id === shelter.id)!.linkedThemeIds).toBeUndefined();
    expect(doc.ranking.find((r) => r.themeId === ids.lighting)!.evidenceNoteIds).not.toContain(shelter.id);
  });
});

describe('the notes listed under a theme on the findings screen', () => {
  it('lists a linked note under each of its themes, saying where else it counts', () => {
    const { snapshot, ids, shelter, parkPaths } = linked();
    const lighting = notesUnderThemes(liveSnapshot(snapshot), 'session', [ids.lighting]);
    const transit = notesUnderThemes(liveSnapshot(snapshot), 'session', [ids.transit]);
    expect(lighting.find((l) => l.note.id === shelter.id)?.alsoIn).toEqual([ids.transit]);
    expect(transit.find((l) => l.note.id === shelter.id)?.alsoIn).toEqual([ids.lighting]);
    // Notes in one theme say nothing more.
    expect(lighting.find((l) => l.note.id === parkPaths.id)?.alsoIn).toEqual([ids.youthSpaces]);
    const plain = lighting.filter((l) => l.note.id !== shelter.id && l.note.id !== parkPaths.id);
    expect(plain.every((l) => l.alsoIn.length === 0)).toBe(true);
    expect(lighting).toHaveLength(5);
  });

  it('lists a note once under themes it counts in together, with nothing else to say', () => {
    const { snapshot, ids, shelter } = linked();
    const both = notesUnderThemes(liveSnapshot(snapshot), 'session', [ids.transit, ids.lighting]);
    expect(both.filter((l) => l.note.id === shelter.id).map((l) => l.alsoIn)).toEqual([[]]);
  });

  it('reads master themes through the links, once per master theme', () => {
    const { snapshot, ids, shelter } = linked();
    const safe = notesUnderThemes(liveSnapshot(snapshot), 'master', [ids.masterSafety]);
    expect(safe.filter((l) => l.note.id === shelter.id).map((l) => l.alsoIn)).toEqual([[]]);
  });

  it('never lists a note under a deleted theme it was linked to', () => {
    const { snapshot, parkPaths } = linked();
    const gone = snapshot.themes.find((t) => t.deleted)!;
    expect(notesUnderThemes(liveSnapshot(snapshot), 'session', [gone.id]).map((l) => l.note.id)).not.toContain(
      parkPaths.id,
    );
  });

  it('reads the same rows from the findings document as from the snapshot', () => {
    const { doc, ids, shelter } = build('session');
    const rows = linkedRowsOf(doc);
    expect(alsoInOf(rows.get(shelter.id), [ids.lighting])).toEqual([ids.transit]);
    expect(alsoInOf(rows.get(shelter.id), [ids.transit, ids.lighting])).toEqual([]);
    // A note in one theme has no rows to read: nothing "also in".
    const plain = doc.notes.find((n) => n.themeId === ids.youthSpaces && !n.linkedThemeIds)!;
    expect(alsoInOf(rows.get(plain.id), [ids.youthSpaces])).toEqual([]);
  });

  it('makes a linked note evidence of the draft finding of each of its themes', () => {
    const { snapshot, ids, shelter } = linked();
    snapshot.findings = []; // every theme waits for a draft
    const drafts = draftFindings(liveSnapshot(snapshot), 'session');
    const draftOf = (id: string) => drafts.find((d) => d.themeIds[0] === id)!;
    expect(draftOf(ids.lighting).evidenceNoteIds).toContain(shelter.id);
    expect(draftOf(ids.transit).evidenceNoteIds).toContain(shelter.id);
  });
});

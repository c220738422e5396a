/**
 * A community's session leaves only as far as its approval says, in every format and every bundle: searched in the
 * bytes that would leave (zip containers opened with fflate), never by reading the code.
 */
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { COMMUNITY_WORDS, approved, communityProject } from '../../tests/support/communityFixture';
import { NOW } from '../../tests/support/fixtures';
import { stampCreations } from '../changes/stamp';
import { createClock } from '../clock/hlc';
import type { ApprovalScope, TableName } from '../domain/schemas';
import { buildFindingsDocument } from '../findings/document';
import type { FindingsDocument } from '../findings/documentSchema';
import type { FindingsSnapshot } from '../findings/snapshot';
import type { ReportLevel } from '../findings/levels';
import { exportFolderName, writeAllExports, zipExports } from '../export/all';
import { EXPORT_FORMATS, writeExport, type ExportFormat } from '../export/formats';
import { createBundle, openBundle } from '../sync/bundle';
import { planExport } from './plan';
import { communityTallies } from './communityTally';
import { snapshotFromChanges } from '../findings/fromChanges';

const FORMATS = Object.keys(EXPORT_FORMATS) as ExportFormat[];
const NONE: ApprovalScope = { quotes: false, counts: false, themes: false };
const ALL: ApprovalScope = { quotes: true, counts: true, themes: true };
const decoder = new TextDecoder();

/** Every text a file holds: itself, or each entry of the zip it is (and of zips inside it). */
function textOf(bytes: Uint8Array): string {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (!isZip) return decoder.decode(bytes);
  return Object.values(unzipSync(bytes))
    .map((entry) => textOf(entry))
    .join('\n');
}

function documentOf(snapshot: FindingsSnapshot, level: ReportLevel = 'session'): FindingsDocument {
  return buildFindingsDocument(planExport(snapshot, { scan: { names: false } }), { now: NOW, level });
}

async function everyExport(
  snapshot: FindingsSnapshot,
  level: ReportLevel = 'session',
): Promise<Record<string, string>> {
  const doc = documentOf(snapshot, level);
  const out: Record<string, string> = {};
  for (const format of FORMATS) out[format] = textOf(await writeExport(format, doc));
  out['export all (zip)'] = textOf(zipExports(exportFolderName(doc), await writeAllExports(FORMATS, doc)));
  return out;
}

const RECORD_TABLES: readonly TableName[] = ['groups', 'questions', 'sessions', 'participants', 'notes', 'themes'];

/** The snapshot as a device's change history, the way a bundle gathers it. */
function changesOf(snapshot: FindingsSnapshot) {
  const rows = [
    { table: 'projects' as const, row: snapshot.project },
    ...RECORD_TABLES.flatMap((table) =>
      (snapshot[table as keyof FindingsSnapshot] as { id: string }[]).map((row) => ({ table, row })),
    ),
    ...snapshot.findings.map((row) => ({ table: 'findings' as const, row })),
  ];
  return stampCreations(createClock('0123456789ABCDEF'), Date.parse(NOW), '0123456789ABCDEF', rows).changes;
}

async function bundleText(snapshot: FindingsSnapshot, returning: string[] = []): Promise<string> {
  const bytes = await createBundle({
    changes: changesOf(snapshot),
    scope: { kind: 'project', projectId: snapshot.project.id, projectName: snapshot.project.name, sessions: [] },
    createdBy: { deviceId: '0123456789ABCDEF', deviceName: 'test' },
    now: NOW,
    returning,
  });
  return textOf(bytes);
}

const wordsOf = (scope: 'note' | 'theme') =>
  scope === 'note'
    ? [COMMUNITY_WORDS.note, COMMUNITY_WORDS.quote, COMMUNITY_WORDS.cultural, COMMUNITY_WORDS.attribute]
    : [COMMUNITY_WORDS.theme];

describe('community approval across every export format', () => {
  it('leaves a pending session out of every format and the export-all zip, and says how many are withheld', async () => {
    const project = communityProject();
    const files = await everyExport(project.snapshot);
    expect(Object.keys(files)).toEqual([...FORMATS, 'export all (zip)']);
    for (const [name, text] of Object.entries(files)) {
      for (const word of [...wordsOf('note'), ...wordsOf('theme'), 'Elders circle']) {
        expect({ name, word, leaked: text.includes(word) }).toEqual({ name, word, leaked: false });
      }
    }
    const doc = documentOf(project.snapshot);
    expect(doc.privacy.sessionsPendingApproval).toBe(1);
    expect(files.html).toContain('1 session is withheld pending community approval');
    expect(files.xlsx).toContain('Sessions withheld pending community approval');
  });

  it('counts without words when the approval covers counts only, and names no theme', async () => {
    const project = communityProject();
    const pending = documentOf(project.snapshot);
    const snapshot = approved(project, { ...NONE, counts: true });
    const doc = documentOf(snapshot);
    expect(doc.totals.notes).toBe(pending.totals.notes + 3);
    expect(doc.privacy.communityNotesWithheld).toBe(3);
    expect(doc.privacy.sessionsPendingApproval).toBe(0);
    // Counted notes are never quoted, not even the one a finding chose as its quote.
    const quoted = [...doc.ranking.flatMap((r) => r.quotes), ...doc.findings.flatMap((f) => f.quotes)];
    expect(quoted.filter((q) => project.noteIds.includes(q.noteId))).toEqual([]);
    for (const [name, text] of Object.entries(await everyExport(snapshot))) {
      for (const word of [...wordsOf('note'), ...wordsOf('theme')]) {
        expect({ name, word, leaked: text.includes(word) }).toEqual({ name, word, leaked: false });
      }
    }
  });

  it('shows theme names but no notes when the approval covers themes only', async () => {
    const project = communityProject();
    const snapshot = approved(project, { ...NONE, themes: true });
    const doc = documentOf(snapshot);
    expect(doc.notes.filter((n) => n.sessionId === project.sessionId)).toEqual([]);
    expect(doc.themes.some((t) => t.name.includes(COMMUNITY_WORDS.theme))).toBe(true);
    for (const [name, text] of Object.entries(await everyExport(snapshot))) {
      for (const word of wordsOf('note')) {
        expect({ name, word, leaked: text.includes(word) }).toEqual({ name, word, leaked: false });
      }
    }
  });

  it('lets the words leave once approved for quotes, counts and themes (note flags still apply)', async () => {
    const project = communityProject();
    const files = await everyExport(approved(project, ALL));
    for (const format of ['xlsx', 'csv', 'json', 'qdpx', 'export all (zip)']) {
      expect({ format, found: files[format]!.includes(COMMUNITY_WORDS.note) }).toEqual({ format, found: true });
      // Cultural protocol is withheld by the default flag policy, approval or not.
      expect({ format, found: files[format]!.includes(COMMUNITY_WORDS.cultural) }).toEqual({ format, found: false });
    }
    expect(files.xlsx).toContain(COMMUNITY_WORDS.theme);
    expect(files.html).toContain(COMMUNITY_WORDS.quote);
    expect(files.docx).toContain(COMMUNITY_WORDS.quote);
  });

  it('narrows the count of pending sessions to the chosen scope', () => {
    const project = communityProject();
    const others = project.snapshot.sessions.filter((s) => s.id !== project.sessionId).map((s) => s.id);
    expect(planExport(project.snapshot, { scope: { sessionIds: others } }).community.pending).toEqual([]);
    expect(planExport(project.snapshot).community.pending).toEqual([
      { sessionId: project.sessionId, community: 'Riverbend First Nation' },
    ]);
  });
});

describe('community approval in bundles', () => {
  it('carries the held session record but none of its words until quotes are approved', async () => {
    const project = communityProject();
    for (const snapshot of [project.snapshot, approved(project, { quotes: false, counts: true, themes: true })]) {
      const text = await bundleText(snapshot);
      expect(text).toContain('Elders circle');
      for (const word of [...wordsOf('note'), ...wordsOf('theme')]) expect(text).not.toContain(word);
    }
    const open = await bundleText(approved(project, ALL));
    for (const word of [...wordsOf('note'), ...wordsOf('theme')]) expect(open).toContain(word);
  });

  it('returns everything to the community itself, cultural-protocol notes included', async () => {
    const project = communityProject();
    const text = await bundleText(project.snapshot, [project.sessionId]);
    for (const word of [...wordsOf('note'), ...wordsOf('theme')]) expect(text).toContain(word);
  });

  it('imports a held bundle to the same held session, with the approval that gates it', async () => {
    const project = communityProject();
    const bytes = await createBundle({
      changes: changesOf(project.snapshot),
      scope: { kind: 'project', projectId: project.snapshot.project.id, projectName: 'x', sessions: [] },
      createdBy: { deviceId: '0123456789ABCDEF', deviceName: 'test' },
      now: NOW,
    });
    const opened = await openBundle(bytes);
    const session = opened.changes.find((c) => c.rowId === project.sessionId);
    expect(session?.fields.community).toEqual({
      name: 'Riverbend First Nation',
      requirement: 'Resolution of the Elders council',
    });
    expect(opened.changes.some((c) => c.table === 'notes' && project.noteIds.includes(c.rowId))).toBe(false);
  });
});

describe('the counts of a counts-only session in bundles', () => {
  const COUNTS: ApprovalScope = { ...NONE, counts: true };

  /** The snapshot with the tally each counts-only session would have now, as the app writes it before a bundle. */
  function withTallies(snapshot: FindingsSnapshot): FindingsSnapshot {
    const tallies = communityTallies(snapshot, NOW);
    return {
      ...snapshot,
      sessions: snapshot.sessions.map((s) => ({ ...s, communityTally: tallies.get(s.id) ?? null })),
    };
  }

  async function bundled(snapshot: FindingsSnapshot) {
    const bytes = await createBundle({
      changes: changesOf(snapshot),
      scope: { kind: 'project', projectId: snapshot.project.id, projectName: 'x', sessions: [] },
      createdBy: { deviceId: '0123456789ABCDEF', deviceName: 'test' },
      now: NOW,
    });
    return { bytes, opened: await openBundle(bytes) };
  }

  it('carries the tally on the session record, and no word of its notes', async () => {
    const project = communityProject();
    const snapshot = withTallies(approved(project, COUNTS));
    const { bytes, opened } = await bundled(snapshot);
    const session = opened.changes.find((c) => c.table === 'sessions' && c.rowId === project.sessionId);
    expect(session?.fields.communityTally).toMatchObject({ notes: 3, speakers: 1 });
    const text = textOf(bytes);
    for (const word of [...wordsOf('note'), ...wordsOf('theme')]) expect(text).not.toContain(word);
    expect(opened.changes.some((c) => c.table === 'notes' && project.noteIds.includes(c.rowId))).toBe(false);
  });

  it('cuts a stale tally from a session pending approval, approved for quotes or no longer a community session', async () => {
    const project = communityProject();
    const tally = communityTallies(approved(project, COUNTS), NOW).get(project.sessionId)!;
    const stale = (snapshot: FindingsSnapshot, change: Partial<FindingsSnapshot['sessions'][number]> = {}) => ({
      ...snapshot,
      sessions: snapshot.sessions.map((s) =>
        s.id === project.sessionId ? { ...s, communityTally: tally, ...change } : s,
      ),
    });
    for (const snapshot of [
      stale(project.snapshot),
      stale(approved(project, ALL)),
      stale(project.snapshot, { community: null }),
    ]) {
      const { opened } = await bundled(snapshot);
      const session = opened.changes.find((c) => c.table === 'sessions' && c.rowId === project.sessionId);
      expect(session?.fields.title).toBe('Elders circle');
      expect(Object.hasOwn(session!.fields, 'communityTally')).toBe(false);
    }
  });

  /** The snapshot whoever imports the bundle of the facilitator's snapshot holds. */
  async function importedFrom(snapshot: FindingsSnapshot): Promise<FindingsSnapshot> {
    const { opened } = await bundled(snapshot);
    return snapshotFromChanges(snapshot.project.id, opened.changes)!.snapshot;
  }

  it('lets whoever imports the bundle count the session: per session, in the totals, the notice, coverage and breadth', async () => {
    const project = communityProject();
    const home = documentOf(withTallies(approved(project, COUNTS)));
    const imported = await importedFrom(withTallies(approved(project, COUNTS)));
    expect(imported.notes.some((n) => n.sessionId === project.sessionId)).toBe(false);
    const doc = documentOf(imported);
    const row = (d: FindingsDocument) => d.sessions.find((s) => s.id === project.sessionId);
    expect(row(doc)).toMatchObject({ noteCount: 3, participantCount: 1 });
    expect(row(doc)).toEqual(row(home));
    expect(doc.totals.notes).toBe(home.totals.notes);
    expect(doc.privacy.communityNotesWithheld).toBe(3);
    // The export panel's counts come from the plan, which counts the tally the same way.
    const counts = (snapshot: FindingsSnapshot) => planExport(snapshot, { scan: { names: false } }).counts;
    expect(counts(imported)).toMatchObject({ notes: home.totals.notes, participants: home.totals.participants });
    // The sessions sheet of the workbook and the report's table of sessions are built from these rows.
    const files = await everyExport(imported);
    expect(files.html).toContain('Elders circle');
    for (const [name, text] of Object.entries(files)) {
      for (const word of [...wordsOf('note'), ...wordsOf('theme')]) {
        expect({ name, word, leaked: text.includes(word) }).toEqual({ name, word, leaked: false });
      }
    }

    // Approved for themes too, the session counts in the master theme its notes map to, as at home.
    const withThemes = withTallies(approved(project, { ...COUNTS, themes: true }));
    const themed = await importedFrom(withThemes);
    expect(themed.themes.some((t) => t.sessionId === project.sessionId)).toBe(false);
    const circle = withThemes.sessions.find((s) => s.id === project.sessionId)!;
    const master = withThemes.themes.find((t) => t.sessionId === circle.id && t.masterThemeId)!.masterThemeId!;
    const homeDoc = documentOf(withThemes, 'master');
    const themedDoc = documentOf(themed, 'master');
    const cellOf = (d: FindingsDocument) => {
      const row = d.coverage.rows.findIndex((r) => r.themeId === master);
      return d.coverage.cells[row]![d.coverage.columns.findIndex((c) => c.groupId === circle.groupId)];
    };
    expect(cellOf(themedDoc)).toMatchObject({ count: 1, state: 'heard' });
    expect(cellOf(themedDoc)).toEqual(cellOf(homeDoc));
    const breadthOf = (d: FindingsDocument) => {
      const { noteCount, sessionIds, groupIds } = d.ranking.find((r) => r.themeId === master)!;
      return { noteCount, sessionIds, groupIds };
    };
    expect(breadthOf(themedDoc).sessionIds).toContain(project.sessionId);
    expect(breadthOf(themedDoc)).toEqual(breadthOf(homeDoc));
    // The tally names the board themes (the community approved them by name), yet no export built here does.
    const boardNames = withThemes.themes.filter((t) => t.sessionId === circle.id).map((t) => t.name);
    for (const [name, text] of Object.entries(await everyExport(themed, 'master'))) {
      for (const word of [...wordsOf('note'), ...wordsOf('theme'), ...boardNames]) {
        expect({ name, word, leaked: text.includes(word) }).toEqual({ name, word, leaked: false });
      }
    }
  });

  it('uses no tally where the notes are here, nor one of a session whose approval no longer allows counts', () => {
    const project = communityProject();
    const counted = planExport(withTallies(approved(project, COUNTS)), { scan: { names: false } });
    expect(counted.community.tallied).toEqual([]);
    const tally = communityTallies(approved(project, COUNTS), NOW).get(project.sessionId)!;
    const withdrawn: FindingsSnapshot = {
      ...project.snapshot,
      notes: project.snapshot.notes.filter((n) => n.sessionId !== project.sessionId),
      sessions: project.snapshot.sessions.map((s) =>
        s.id === project.sessionId ? { ...s, communityTally: tally } : s,
      ),
    };
    expect(planExport(withdrawn, { scan: { names: false } }).community.tallied).toEqual([]);
    expect(documentOf(withdrawn).privacy.communityNotesWithheld).toBe(0);
  });
});

/**
 * Exporting a bundle: a session, a set of sessions, a whole project, or the PMT's project
 * kit (guide, groups, kinds, master themes) that facilitators import to start.
 *
 * What goes in is chosen by record, then every change of those records goes in, compacted, under its
 * original clock: the receiver merges it like any sync, so a bundle and a sync folder never disagree.
 * Tombstones go too, so a deletion reaches the PMT by bundle as it would by folder. Erased values never go
 * (shared/sync/bundle.ts filters them); the erasure records always do.
 */
import type { ChangeRecord } from '../../../shared/changes/change';
import type { TableName } from '../../../shared/domain/schemas';
import { BUNDLE_EXTENSION, createBundle, type BundleScope } from '../../../shared/sync/bundle';
import { rowKey } from '../../../shared/sync/merge';
import type { CommandRunner } from '../commandRunner';
import { loadErasureFilter } from '../erasure/filter';
import { changesOfProject } from '../history/read';
import { DataError, goneError } from '../errors';
import { refreshCommunityTallies } from '../commands/communityTally';

export type BundleSelection =
  | { kind: 'sessions'; projectId: string; sessionIds: string[] }
  | { kind: 'project'; projectId: string }
  | { kind: 'kit'; projectId: string };

export interface ExportOptions {
  deviceName: string;
  passphrase?: string;
  now?: number;
  /** PBKDF2 rounds; the default (600,000) is the minimum. */
  iterations?: number;
  /** Community sessions returned to their own community: exempt from the community rule (shared/sync/bundle.ts). */
  returning?: readonly string[];
}

export interface ExportedBundle {
  bytes: Uint8Array;
  fileName: string;
  scope: BundleScope;
  changes: number;
}

interface Selected {
  keys: Set<string>;
  scope: BundleScope;
}

async function select(runner: CommandRunner, selection: BundleSelection): Promise<Selected> {
  const { db } = runner;
  const project = await db.projects.get(selection.projectId);
  if (!project) throw goneError('project');
  const keys = new Set<string>([rowKey('projects', project.id)]);
  const add = (table: TableName, rows: { id: string }[]) => rows.forEach((row) => keys.add(rowKey(table, row.id)));
  const inProject = <T extends TableName>(table: T) =>
    db.recordTable(table).where('projectId').equals(project.id).toArray() as Promise<
      (Record<string, unknown> & { id: string })[]
    >;
  const scope: BundleScope = { kind: selection.kind, projectId: project.id, projectName: project.name, sessions: [] };
  // Every bundle carries the project's erasures (ids, no text), so whoever imports it erases the same records.
  add('erasures', await inProject('erasures'));

  if (selection.kind === 'project') {
    const tables = [
      'groups',
      'questions',
      'sessions',
      'participants',
      'notes',
      'themes',
      'findings',
      'photos',
      'memos',
    ] as const;
    for (const table of tables) {
      add(table, await inProject(table));
    }
    scope.sessions = (await db.sessions.where('projectId').equals(project.id).toArray())
      .filter((s) => !s.deleted)
      .map((s) => ({ id: s.id, title: s.title }));
    return { keys, scope };
  }
  // Both kits and session bundles carry the frame a session needs to make sense: guide, groups, master themes.
  add('groups', await inProject('groups'));
  add('questions', await inProject('questions'));
  const themes = await db.themes.where('projectId').equals(project.id).toArray();
  add(
    'themes',
    themes.filter((theme) => theme.sessionId === null),
  );
  if (selection.kind === 'kit') return { keys, scope };

  const sessions = (await db.sessions.bulkGet(selection.sessionIds)).filter((s) => s && s.projectId === project.id);
  if (!sessions.length) throw new DataError('not-found', { id: 'dataErrors.bundleChooseSession' });
  const sessionIds = new Set(sessions.map((s) => s!.id));
  scope.sessions = sessions.map((s) => ({ id: s!.id, title: s!.title }));
  add('sessions', sessions as { id: string }[]);
  add(
    'participants',
    (await db.participants.where('projectId').equals(project.id).toArray()).filter((p) => sessionIds.has(p.sessionId)),
  );
  const notes = (await db.notes.where('projectId').equals(project.id).toArray()).filter((n) =>
    sessionIds.has(n.sessionId),
  );
  add('notes', notes);
  // A session's wall photos travel with it (each within the size cap the schema enforces on import).
  add(
    'photos',
    (await db.photos.where('projectId').equals(project.id).toArray()).filter((p) => sessionIds.has(p.sessionId)),
  );
  const sessionThemes = themes.filter((theme) => theme.sessionId !== null && sessionIds.has(theme.sessionId));
  add('themes', sessionThemes);
  // Findings are project-wide; take those that draw on what is exported, so the evidence travels with them.
  const noteIds = new Set(notes.map((n) => n.id));
  const themeIds = new Set(sessionThemes.map((t) => t.id));
  const findings = (await db.findings.where('projectId').equals(project.id).toArray()).filter(
    (f) => f.themeIds.some((id) => themeIds.has(id)) || f.evidenceNoteIds.some((id) => noteIds.has(id)),
  );
  add('findings', findings);
  // Memos on what travels: its sessions, their notes and board themes (project memos only in a project bundle).
  add(
    'memos',
    (await db.memos.where('projectId').equals(project.id).toArray()).filter(
      (m) => m.sessionId !== null && sessionIds.has(m.sessionId),
    ),
  );
  return { keys, scope };
}

function safeFilePart(text: string): string {
  // Characters Windows, macOS or a cloud service refuse in a file name, and control characters, become spaces.
  const printable = [...text].map((ch) => (ch.charCodeAt(0) < 32 ? ' ' : ch)).join('');
  return (
    printable
      .replace(/[\\/:*?"<>|]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 60) || 'untitled'
  );
}

export function bundleFileName(scope: BundleScope, now: number): string {
  const date = new Date(now).toISOString().slice(0, 10);
  const what =
    scope.kind === 'kit'
      ? 'project kit'
      : scope.kind === 'project'
        ? 'whole project'
        : scope.sessions.length === 1
          ? scope.sessions[0]!.title
          : `${scope.sessions.length} sessions`;
  return `${safeFilePart(scope.projectName)} - ${safeFilePart(what)} - ${date}.${BUNDLE_EXTENSION}`;
}

export async function exportBundle(
  runner: CommandRunner,
  selection: BundleSelection,
  options: ExportOptions,
): Promise<ExportedBundle> {
  const { db } = runner;
  const now = options.now ?? Date.now();
  // A counts-only community session travels as its tally (its notes stay home): take it fresh from the notes.
  // A kit carries no session, so it has no tally to take.
  if (selection.kind !== 'kit') await refreshCommunityTallies(runner, selection.projectId);
  const { keys, scope } = await select(runner, selection);
  // One query by project, filtered: far quicker than one query per record on a large project.
  const changes: ChangeRecord[] = (await changesOfProject(db, selection.projectId)).filter((change) =>
    keys.has(rowKey(change.table, change.rowId)),
  );
  const bytes = await createBundle({
    changes,
    scope,
    createdBy: { deviceId: await runner.deviceId(), deviceName: options.deviceName },
    now: new Date(now).toISOString(),
    erase: await loadErasureFilter(db, selection.projectId),
    ...(options.passphrase ? { passphrase: options.passphrase } : {}),
    ...(options.iterations ? { iterations: options.iterations } : {}),
    ...(options.returning ? { returning: options.returning } : {}),
  });
  return { bytes, fileName: bundleFileName(scope, now), scope, changes: changes.length };
}

/**
 * Read helpers: plain async functions over the database, used with `useLiveQuery` in components
 * (so a screen re-renders when the data it read changes) and directly in tests. Tombstones are filtered here.
 */
import { upgradeFindingRecord } from '../../shared/domain/actionPlan';
import { Dexie } from 'dexie';
import type {
  Note,
  Finding as FindingRecord,
  Participant,
  Photo,
  Project,
  Question,
  Session,
  StakeholderGroup,
  Theme,
  AnyRecord,
  TableName,
} from '../../shared/domain/schemas';
import type { FieldnotesDb, StoredChange } from './db';
import { changesOfRecords, countUnpublished } from './history/read';
import type { PhotoThumb } from './photoThumbs/row';

const live = <T extends { deleted?: boolean }>(rows: T[]) => rows.filter((row) => !row.deleted);
const byOrder = <T extends { order: number; id: string }>(a: T, b: T) => a.order - b.order || a.id.localeCompare(b.id);

/** Any record by table and id, deleted or not (the conflict log names what it shows). */
export function getRecord(db: FieldnotesDb, table: TableName, id: string): Promise<AnyRecord | undefined> {
  return db.recordTable(table).get(id) as Promise<AnyRecord | undefined>;
}

export async function listProjects(db: FieldnotesDb): Promise<Project[]> {
  const projects = live(await db.projects.toArray());
  return projects.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

export async function getProject(db: FieldnotesDb, id: string): Promise<Project | undefined> {
  const project = await db.projects.get(id);
  return project && !project.deleted ? project : undefined;
}

export async function listQuestions(db: FieldnotesDb, projectId: string): Promise<Question[]> {
  return live(await db.questions.where('projectId').equals(projectId).toArray()).sort(byOrder);
}

export async function listGroups(db: FieldnotesDb, projectId: string): Promise<StakeholderGroup[]> {
  return live(await db.groups.where('projectId').equals(projectId).toArray()).sort(byOrder);
}

export async function listSessions(db: FieldnotesDb, projectId: string): Promise<Session[]> {
  const sessions = live(await db.sessions.where('projectId').equals(projectId).toArray());
  return sessions.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || b.createdAt.localeCompare(a.createdAt));
}

export async function getSession(db: FieldnotesDb, id: string): Promise<Session | undefined> {
  const session = await db.sessions.get(id);
  return session && !session.deleted ? session : undefined;
}

export async function listParticipants(db: FieldnotesDb, sessionId: string): Promise<Participant[]> {
  const participants = live(await db.participants.where('sessionId').equals(sessionId).toArray());
  return participants.sort((a, b) => a.code.localeCompare(b.code, undefined, { numeric: true }));
}

/** Every code the session has used, withdrawn and removed participants too (a code is never given twice). */
export async function listUsedParticipantCodes(
  db: FieldnotesDb,
  sessionId: string,
): Promise<Pick<Participant, 'code'>[]> {
  const all = await db.participants.where('sessionId').equals(sessionId).toArray();
  return all.map((p) => ({ code: p.code }));
}

export async function listThemes(db: FieldnotesDb, projectId: string): Promise<Theme[]> {
  return live(await db.themes.where('projectId').equals(projectId).toArray());
}

/**
 * The newest `limit` notes of a session, newest first: the capture feed never reads the whole session.
 * Tombstones are dropped after the read (a JS filter inside the query would force a slower cursor walk),
 * so the feed may show a few fewer than `limit` when notes near the top were deleted.
 */
export async function latestSessionNotes(db: FieldnotesDb, sessionId: string, limit: number): Promise<Note[]> {
  const rows = await db.notes
    .where('[sessionId+createdAt]')
    .between([sessionId, Dexie.minKey], [sessionId, Dexie.maxKey])
    .reverse()
    .limit(limit)
    .toArray();
  return live(rows);
}

/**
 * Where the capture feed's window starts: the creation time of the `size`-th newest note of the session
 * ('' when the session has fewer). Read once when the feed opens or grows, not on every change.
 */
export async function feedWindowStart(db: FieldnotesDb, sessionId: string, size: number): Promise<string> {
  const boundary = await db.notes
    .where('[sessionId+createdAt]')
    .between([sessionId, Dexie.minKey], [sessionId, Dexie.maxKey])
    .reverse()
    .offset(Math.max(0, size - 1))
    .first();
  return boundary?.createdAt ?? '';
}

/** The capture feed's first window: its notes, newest first, and where it starts (as `feedWindowStart`). */
export interface FeedWindow {
  notes: Note[];
  since: string;
}

/**
 * The capture feed's first window in one read, so capture opens after one round of reads: the newest `size`
 * notes of the session (tombstones dropped) and the window's start, the creation time of the `size`-th newest
 * ('' when the session has fewer).
 */
export async function feedFirstWindow(db: FieldnotesDb, sessionId: string, size: number): Promise<FeedWindow> {
  const rows = await db.notes
    .where('[sessionId+createdAt]')
    .between([sessionId, Dexie.minKey], [sessionId, Dexie.maxKey])
    .reverse()
    .limit(size)
    .toArray();
  return { notes: live(rows), since: rows.length >= size ? rows[rows.length - 1]!.createdAt : '' };
}

/**
 * The session's notes created at or after `since`, newest first. A forward range read lets IndexedDB return
 * them in one getAll instead of a cursor step per note, which keeps the live feed cheap to refresh while
 * a facilitator is typing (the window only grows by the notes captured since it opened).
 */
export async function sessionNotesSince(db: FieldnotesDb, sessionId: string, since: string): Promise<Note[]> {
  const rows = await db.notes
    .where('[sessionId+createdAt]')
    .between([sessionId, since], [sessionId, Dexie.maxKey], true, true)
    .toArray();
  return live(rows).reverse();
}

export async function countSessionNotes(db: FieldnotesDb, sessionId: string): Promise<number> {
  return db.notes
    .where('[sessionId+createdAt]')
    .between([sessionId, Dexie.minKey], [sessionId, Dexie.maxKey])
    .filter((note) => !note.deleted)
    .count();
}

/**
 * How many notes each session holds (deleted ones included), counted on the index without reading the notes:
 * it sizes each session's region on the board (shared/board/regions.ts), the same on every board.
 */
export async function countNotesBySession(
  db: FieldnotesDb,
  sessionIds: readonly string[],
): Promise<Map<string, number>> {
  const counts = await Promise.all(
    sessionIds.map((id) =>
      db.notes.where('[sessionId+createdAt]').between([id, Dexie.minKey], [id, Dexie.maxKey]).count(),
    ),
  );
  return new Map(sessionIds.map((id, i) => [id, counts[i]!]));
}

export async function listSessionNotes(db: FieldnotesDb, sessionId: string): Promise<Note[]> {
  return db.notes
    .where('[sessionId+createdAt]')
    .between([sessionId, Dexie.minKey], [sessionId, Dexie.maxKey])
    .filter((note) => !note.deleted)
    .toArray();
}

export async function listProjectNotes(db: FieldnotesDb, projectId: string): Promise<Note[]> {
  return live(await db.notes.where('projectId').equals(projectId).toArray());
}

/**
 * Whether a note capture kept to retry need not be saved again: it is stored already, or its speaker withdrew
 * (an erasure would drop it anyway, and its words must not be written).
 */
export async function isNoteSettled(
  db: FieldnotesDb,
  note: { id: string; participantId?: string | null },
): Promise<boolean> {
  const [stored, speaker] = await Promise.all([
    db.notes.get(note.id),
    note.participantId ? db.participants.get(note.participantId) : undefined,
  ]);
  return Boolean(stored) || speaker?.consent === 'withdrawn';
}

export async function countChangesWaiting(db: FieldnotesDb): Promise<number> {
  return countUnpublished(db);
}

/* Board ------------------------------------------------------------------------------------------ */

const byCreation = <T extends { createdAt: string; id: string }>(a: T, b: T) =>
  a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

/** The notes on a board, oldest first (also their paint order): one session's, or the whole project's for null. */
export async function listBoardNotes(db: FieldnotesDb, projectId: string, sessionId: string | null): Promise<Note[]> {
  const notes = sessionId ? await listSessionNotes(db, sessionId) : await listProjectNotes(db, projectId);
  return notes.sort(byCreation);
}

/**
 * The themes on a board, oldest first. The project board shows every theme; a session board shows the themes
 * made on it plus the project-wide ones (the master codebook the facilitator codes against).
 */
export async function listBoardThemes(db: FieldnotesDb, projectId: string, sessionId: string | null): Promise<Theme[]> {
  const themes = await listThemes(db, projectId);
  return themes.filter((t) => !sessionId || t.sessionId === sessionId || t.sessionId === null).sort(byCreation);
}

export async function listProjectParticipants(db: FieldnotesDb, projectId: string): Promise<Participant[]> {
  return live(await db.participants.where('projectId').equals(projectId).toArray());
}

/* Findings ------------------------------------------------------------------------------------------------- */

/** How many live notes a participant has (what withdrawing their consent would erase). */
export async function countParticipantNotes(db: FieldnotesDb, participant: Participant): Promise<number> {
  return db.notes
    .where('projectId')
    .equals(participant.projectId)
    .filter((note) => note.participantId === participant.id && !note.deleted)
    .count();
}

export async function listFindings(db: FieldnotesDb, projectId: string): Promise<FindingRecord[]> {
  // Findings stored or synced by an older release hold actions and measures as plain strings.
  const findings = live(await db.findings.where('projectId').equals(projectId).toArray()).map(upgradeFindingRecord);
  return findings.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/** Every change to these themes, from the change history (which holds other devices' changes too once synced). */
export async function listThemeChanges(db: FieldnotesDb, themeIds: readonly string[]): Promise<StoredChange[]> {
  if (themeIds.length === 0) return [];
  const byTheme = await changesOfRecords(
    db,
    themeIds.map((rowId) => ({ table: 'themes' as const, rowId })),
  );
  return [...byTheme.values()].flat();
}

/** A session's live photos, oldest first (the order they were attached). */
export async function listSessionPhotos(db: FieldnotesDb, sessionId: string): Promise<Photo[]> {
  return livePhotos(await db.photos.where('sessionId').equals(sessionId).toArray());
}

function livePhotos(rows: Photo[]): Photo[] {
  return live(rows)
    .filter((photo) => typeof photo.data === 'string')
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/**
 * A session's live photos as the board's strip shows them, oldest first: from `photoThumbs`, without the photos'
 * bytes (which only the session's photo panel reads). The table holds live photos only (photoThumbs/row.ts).
 */
export async function listSessionPhotoThumbs(db: FieldnotesDb, sessionId: string): Promise<PhotoThumb[]> {
  return byAttached(await db.photoThumbs.where('sessionId').equals(sessionId).toArray());
}

/** Every live photo of a project as the strip shows it, oldest first (the whole-project board groups them by session). */
export async function listProjectPhotoThumbs(db: FieldnotesDb, projectId: string): Promise<PhotoThumb[]> {
  return byAttached(await db.photoThumbs.where('projectId').equals(projectId).toArray());
}

const byAttached = (rows: PhotoThumb[]) => rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt));

/**
 * One live photo, whole: for the strip to make the thumbnail of a photo that came without one (from a version
 * before thumbnails), once.
 */
export async function getLivePhoto(db: FieldnotesDb, photoId: string): Promise<Photo | undefined> {
  const photo = await db.photos.get(photoId);
  return photo && livePhotos([photo])[0];
}

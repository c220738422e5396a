/**
 * The app's IndexedDB database (architecture: Persistence). One database per app profile.
 *
 * Every schema version is listed here forever; a new version adds a `db.version(n)` block with its upgrade
 * and a migration test. Indexes are few on purpose: each one costs on every write.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import type {
  Coding,
  CodingPass,
  Erasure,
  Finding,
  Memo,
  Note,
  Participant,
  Photo,
  Project,
  Question,
  Session,
  StakeholderGroup,
  TableName,
  Theme,
} from '../../shared/domain/schemas';
import type { ChangeBatch } from './history/batch';
import { migrateToBatches } from './history/migrate';
import { fillPhotoThumbs } from './photoThumbs/fill';
import { photoThumbsMirror } from './photoThumbs/mirror';
import type { PhotoThumb } from './photoThumbs/row';

export type { StoredChange } from './history/storedChange';

export interface MetaEntry {
  key: string;
  value: unknown;
}

export const DEFAULT_DB_NAME = 'fieldnotes';

export class FieldnotesDb extends Dexie {
  meta!: Table<MetaEntry, string>;
  projects!: EntityTable<Project, 'id'>;
  groups!: EntityTable<StakeholderGroup, 'id'>;
  questions!: EntityTable<Question, 'id'>;
  sessions!: EntityTable<Session, 'id'>;
  participants!: EntityTable<Participant, 'id'>;
  notes!: EntityTable<Note, 'id'>;
  themes!: EntityTable<Theme, 'id'>;
  findings!: EntityTable<Finding, 'id'>;
  erasures!: EntityTable<Erasure, 'id'>;
  codingPasses!: EntityTable<CodingPass, 'id'>;
  codings!: EntityTable<Coding, 'id'>;
  photos!: EntityTable<Photo, 'id'>;
  memos!: EntityTable<Memo, 'id'>;
  /** The change history, packed: one row per batch of changes. Read and written through history/ only. */
  changeBatches!: Table<ChangeBatch, string>;
  /**
   * What the board's photo strips show, without the photos' bytes: derived from `photos`, local, never synced.
   * Written only by its middleware (photoThumbs/mirror.ts) and the version 10 upgrade; read through queries.
   */
  photoThumbs!: Table<PhotoThumb, string>;

  constructor(name: string = DEFAULT_DB_NAME) {
    // Strict durability: a note the facilitator saw saved is on disk, even if the laptop loses power next.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      meta: 'key',
      projects: 'id',
      groups: 'id, projectId',
      questions: 'id, projectId',
      sessions: 'id, projectId',
      participants: 'id, projectId, sessionId',
      notes: 'id, projectId, [sessionId+createdAt], themeId',
      themes: 'id, projectId',
      findings: 'id, projectId',
      changes: 'hlc, [table+rowId], projectId, published',
    });
    // Version 2: erasures, a synced record of its own (see renderer/data/erasure). Nothing to migrate: a
    // participant withdrawn under version 1 becomes an erasure when the app opens (eraseLegacyWithdrawals).
    this.version(2).stores({ erasures: 'id, projectId' });
    // Version 3: coders' independent theming of a session (coding passes and their codings), for agreement
    // between coders. New tables only, nothing to migrate. Codings are found by session (the agreement view) and
    // by note (erasing a note erases its codings).
    this.version(3).stores({ codingPasses: 'id, projectId, sessionId', codings: 'id, projectId, sessionId, noteId' });
    // Version 7: session photos (architecture: Photos), a synced record table; their bytes sit in the record so
    // sync and erasure treat them like any field. New table only, nothing to migrate. Found by session.
    this.version(7).stores({ photos: 'id, projectId, sessionId' });
    // Version 8: analytical memos (architecture: Memos), a synced record table. New table only, nothing to
    // migrate. Found by project (the memos list, exports) and by target (a theme's or note's memos; erasing a
    // note erases its memos).
    this.version(8).stores({ memos: 'id, projectId, targetId' });
    // Version 9: the change history packed, one row per batch instead of one per change (history/batch.ts):
    // IndexedDB's cost is per row, and a merge wrote 100,000 of them. The `hlcs` index is unique so a stamp is
    // stored once, as the old table's key made sure. The old rows are packed by project in stamp order, their
    // published state kept, and the old table dropped (history/migrate.ts).
    this.version(9)
      .stores({ changes: null, changeBatches: 'id, projectId, &*hlcs, *rows, *unpublished' })
      .upgrade(migrateToBatches);
    // Version 10: `photoThumbs`, the board's photo strips without the photos' bytes (photoThumbs/row.ts): the
    // whole project's board read every photo whole, up to 1.5 MB each, to show 320-px thumbnails. Derived and local,
    // not a record table. Filled from the stored photos (photoThumbs/fill.ts), then kept true by a middleware
    // that mirrors every write of a photo in the same transaction, erasures included. Found by session and project.
    this.version(10).stores({ photoThumbs: 'id, projectId, sessionId' }).upgrade(fillPhotoThumbs);
    this.use(photoThumbsMirror);
  }

  /** The record tables, by name, for code that works on any of them (commands, sync, undo). */
  recordTable(name: TableName): Table<Record<string, unknown> & { id: string }, string> {
    return this.table(name);
  }
}

export const RECORD_TABLES: readonly TableName[] = [
  'projects',
  'groups',
  'questions',
  'sessions',
  'participants',
  'notes',
  'themes',
  'findings',
  'erasures',
  'codingPasses',
  'codings',
  'photos',
  'memos',
];

/**
 * Importing a bundle in two steps: `previewBundleImport` opens and verifies it and says
 * what it would add, change or remove, writing nothing; `applyBundleImport` then merges exactly those changes.
 *
 * A wrong passphrase, a damaged zip or a newer format throws a BundleError whose message is for the person
 * (shared/sync/bundle.ts) and nothing is written. Importing the same bundle again finds every change already
 * here: the preview says so and applying writes nothing.
 */
import Dexie from 'dexie';
import type { ChangeRecord } from '../../../shared/changes/change';
import type { Erasure, TableName } from '../../../shared/domain/schemas';
import { openBundle, type BundleManifest } from '../../../shared/sync/bundle';
import { checkOnce } from '../../../shared/sync/checkOnce';
import { holdFuture } from '../../../shared/sync/clockCheck';
import type { MessageId } from '../../../shared/i18n/catalogue';
import { translator, type Translator } from '../../../shared/i18n/translate';
import { isMassDeletion, type ProjectDeletions } from '../../../shared/sync/guard';
import { rowKey, type RowPlan } from '../../../shared/sync/merge';
import type { CommandRunner } from '../commandRunner';
import { RECORD_TABLES, type FieldnotesDb } from '../db';
import { notesNamingParticipant } from '../erasure/apply';
import { eraseLegacyWithdrawals } from '../erasure/legacy';
import { screenIncoming, type ScreenedBatch } from '../erasure/screen';
import { applyRemoteChanges, countDeletions } from './applyChanges';
import { emptyTallies, tally, type ApplyReport, type TableTally } from './applyReport';
import { planBatch } from './planBatch';
import { newRecordTest, settleStampConflicts } from './stampConflicts';
import { refusedPhotoReason } from './refusedPhoto';
import { PENDING_KEY } from './syncMeta';

export type ItemChange = 'new' | 'updated' | 'removed';

export interface ImportPreview {
  manifest: BundleManifest;
  encrypted: boolean;
  project: { id: string; name: string; isNew: boolean };
  tables: Record<TableName, TableTally>;
  sessions: { id: string; title: string; change: ItemChange }[];
  themes: { id: string; name: string; change: ItemChange }[];
  /** True when importing would change nothing (the bundle was imported before, or holds nothing new). */
  unchanged: boolean;
  /** Changes in the bundle this device already has. */
  alreadyHere: number;
  /** Changes that fail validation and will be skipped. */
  invalid: number;
  /** Why the first refused photo was refused (over the size cap, not a JPEG, carrying location metadata). */
  refusedPhoto?: string;
  /** Erasures in the bundle new to this device, and how many records here they erase. */
  erasures: number;
  erasing: number;
  /** Changes to records erased here: left out, never stored. */
  erasedValues: number;
  massDeletions: ProjectDeletions[];
  /** Changes dated more than a day ahead of this computer: importing holds them on the Sync screen. */
  held: number;
  /** The preview in sentences, for the dialog. */
  summary: string[];
  /** The verified changes `applyBundleImport` merges; kept so the passphrase is not needed twice. */
  changes: ChangeRecord[];
}

const COUNTED: Record<TableName, MessageId> = {
  projects: 'bundle.preview.count.projects',
  groups: 'bundle.preview.count.groups',
  questions: 'bundle.preview.count.questions',
  sessions: 'bundle.preview.count.sessions',
  participants: 'bundle.preview.count.participants',
  notes: 'bundle.preview.count.notes',
  themes: 'bundle.preview.count.themes',
  findings: 'bundle.preview.count.findings',
  erasures: 'bundle.preview.count.erasures',
  codingPasses: 'bundle.preview.count.codingPasses',
  codings: 'bundle.preview.count.codings',
  photos: 'bundle.preview.count.photos',
  memos: 'bundle.preview.count.memos',
};

/** "a, b and c" in the translator's language. */
function listOf(parts: string[], { t }: Translator): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return t('bundle.preview.listEnd', { rest: parts.slice(0, -1).join(', '), last: parts.at(-1)! });
}

function itemChange(plan: RowPlan): ItemChange | null {
  if (!plan.after) return null;
  if (!plan.before) return plan.after.deleted === true ? null : 'new';
  if (plan.before.deleted !== true && plan.after.deleted === true) return 'removed';
  return 'updated';
}

/** The preview in sentences, in the translator's language (English when none is given). */
export function describePreview(
  preview: Omit<ImportPreview, 'summary' | 'changes'>,
  tr: Translator = translator(),
): string[] {
  const { t } = tr;
  if (preview.unchanged)
    return [t('bundle.preview.nothingNew'), ...erasureLines(preview, tr), ...heldLines(preview, tr)];
  const lines: string[] = [];
  const project = preview.project.name;
  if (preview.project.isNew) lines.push(t('bundle.preview.addsProject', { project }));
  const pick = (key: 'created' | 'updated' | 'deleted' | 'restored') =>
    RECORD_TABLES.filter((table) => table !== 'projects' && preview.tables[table][key] > 0).map((table) =>
      t(COUNTED[table], { count: preview.tables[table][key] }),
    );
  const added = pick('created');
  if (added.length) {
    const list = listOf(added, tr);
    lines.push(
      preview.project.isNew ? t('bundle.preview.adds', { list }) : t('bundle.preview.addsTo', { list, project }),
    );
  }
  const changed = pick('updated');
  if (changed.length || (!preview.project.isNew && preview.tables.projects.updated)) {
    const list = changed.length ? listOf(changed, tr) : t('bundle.preview.projectDetails');
    lines.push(t('bundle.preview.changes', { list }));
  }
  const restored = pick('restored');
  if (restored.length) lines.push(t('bundle.preview.restores', { list: listOf(restored, tr) }));
  const removed = pick('deleted');
  if (removed.length) lines.push(t('bundle.preview.removes', { list: listOf(removed, tr) }));
  lines.push(...erasureLines(preview, tr));
  lines.push(...heldLines(preview, tr));
  const newSessions = preview.sessions
    .filter((s) => s.change === 'new')
    .map((s) => t('bundle.preview.quoted', { title: s.title }));
  if (newSessions.length) {
    lines.push(t('bundle.preview.newSessions', { count: newSessions.length, list: listOf(newSessions, tr) }));
  }
  if (preview.invalid) lines.push(t('bundle.preview.damaged', { count: preview.invalid }));
  if (preview.refusedPhoto) lines.push(t('bundle.preview.refusedPhoto', { reason: preview.refusedPhoto }));
  return lines;
}

function heldLines({ held }: Pick<ImportPreview, 'held'>, { t }: Translator): string[] {
  return held ? [t('bundle.preview.held', { count: held })] : [];
}

function erasureLines(
  preview: Pick<ImportPreview, 'erasing' | 'erasures' | 'erasedValues'>,
  { t }: Translator,
): string[] {
  const lines: string[] = [];
  if (preview.erasing) lines.push(t('bundle.preview.erasing', { count: preview.erasing }));
  else if (preview.erasures) lines.push(t('bundle.preview.erasures', { count: preview.erasures }));
  if (preview.erasedValues) lines.push(t('bundle.preview.erasedValues', { count: preview.erasedValues }));
  return lines;
}

export async function previewBundleImport(
  db: FieldnotesDb,
  bytes: Uint8Array,
  options: { passphrase?: string; now?: () => number; translator?: Translator } = {},
): Promise<ImportPreview> {
  const opened = await openBundle(bytes, options.passphrase);
  const tr = options.translator ?? translator();
  let refusedPhoto: string | undefined;
  const changes = opened.changes.filter((change) => {
    const reason = checkOnce(change);
    if (reason && change.table === 'photos') refusedPhoto ??= refusedPhotoReason(change.fields, tr);
    return !reason;
  });
  const invalid = opened.invalid + opened.changes.length - changes.length;
  // What importing would hold back is shown apart and left out of the counts (held.ts).
  const { accepted, held } = holdFuture(changes, (options.now ?? Date.now)());
  const tables = [db.meta, db.changeBatches, ...RECORD_TABLES.map((name) => db.table(name))];
  const { plans, duplicates, project, screened, stampConflicts, erasing } = await db.transaction(
    'r',
    tables,
    async () => {
      const pending = new Set(((await db.meta.get(PENDING_KEY))?.value as string[] | undefined) ?? []);
      const screened = await screenIncoming(db, accepted);
      const settled = await settleStamps(db, screened, pending);
      const batch = await planBatch(db, settled.kept, pending, {
        rows: screened.rows,
        alreadyStored: settled.alreadyStored,
      });
      const erasing = await countErasedHere(
        db,
        screened.erasures.map((e) => e.erasure),
      );
      const project = await db.projects.get(opened.manifest.scope.projectId);
      return { ...batch, screened, stampConflicts: settled.refused.length, erasing, project };
    },
  );
  const tallies = emptyTallies();
  for (const plan of plans) tally(tallies, plan);
  const described = (table: TableName, label: (row: Record<string, unknown>) => string) =>
    plans.flatMap((plan) => {
      const change = plan.table === table ? itemChange(plan) : null;
      return change && plan.after
        ? [{ id: plan.rowId, title: label(plan.after), name: label(plan.after), change }]
        : [];
    });
  const preview = {
    manifest: opened.manifest,
    encrypted: opened.encrypted,
    project: {
      id: opened.manifest.scope.projectId,
      name: project?.name ?? opened.manifest.scope.projectName,
      isNew: !project,
    },
    tables: tallies,
    sessions: described('sessions', (row) => String(row.title)).map(({ id, title, change }) => ({ id, title, change })),
    themes: described('themes', (row) => String(row.name)).map(({ id, name, change }) => ({ id, name, change })),
    unchanged: plans.every((plan) => !plan.after) && !screened.erasures.length && !held.length,
    // A change reusing a stored stamp with other content is refused on apply: counted with those already here.
    alreadyHere:
      duplicates +
      stampConflicts +
      accepted.length -
      screened.kept.length -
      screened.erasedValues -
      screened.erasures.length,
    invalid,
    refusedPhoto,
    erasures: screened.erasures.length,
    erasing,
    erasedValues: screened.erasedValues,
    massDeletions: (await countDeletions(db, accepted)).filter(isMassDeletion),
    held: held.length,
  };
  return { ...preview, summary: describePreview(preview, tr), changes };
}

/**
 * Merge what the preview showed. Changes arrive with `published` 0: this device relays them to its sync
 * folder, the only way they reach devices that did not get the bundle. A mass deletion the preview showed
 * must be confirmed (`confirmRemovals`), or nothing is applied.
 */
export async function applyBundleImport(
  runner: CommandRunner,
  preview: ImportPreview,
  options: { confirmRemovals?: boolean; now?: () => number } = {},
): Promise<ApplyReport> {
  const report = await applyRemoteChanges(runner.db, preview.changes, {
    published: 0,
    allowMassDeletion: options.confirmRemovals ?? false,
    ...(options.now ? { now: options.now } : {}),
  });
  if (report.status === 'applied') await eraseLegacyWithdrawals(runner, report.withdrawnWithoutErasure);
  return report;
}

/**
 * Which screened changes are stored already, read as applying reads them: the stamps of records new here are not
 * looked up (see stampConflicts.ts), the rest are. Reads only: with no authentic stamps nothing is displaced, and a
 * change that reuses a stored stamp with other content is set apart, as applying refuses it. The one case this
 * cannot see, a new record's change reusing a stored stamp (a forgery), is counted as new in the preview; applying
 * meets the stamp when it writes, looks every stamp up and refuses it.
 */
function settleStamps(db: FieldnotesDb, screened: ScreenedBatch, pending: ReadonlySet<string>) {
  // No call when there is nothing to settle: an async call that touches no table can end the transaction.
  if (!screened.kept.length) return Dexie.Promise.resolve({ kept: [], refused: [], alreadyStored: new Set<string>() });
  return settleStampConflicts(db, screened.kept, undefined, { isNewRecord: newRecordTest(screened.rows, pending) });
}

/** Live records here that these erasures would erase (what the preview warns about). */
async function countErasedHere(db: FieldnotesDb, erasures: readonly Erasure[]): Promise<number> {
  const keys = new Map<string, { table: TableName; id: string }>();
  for (const erasure of erasures) {
    for (const record of erasure.records) keys.set(rowKey(record.table, record.id), record);
    if (!erasure.participantId) continue;
    for (const id of await notesNamingParticipant(db, erasure.projectId, erasure.participantId))
      keys.set(rowKey('notes', id), { table: 'notes', id });
  }
  let live = 0;
  for (const { table, id } of keys.values()) {
    const row = await db.recordTable(table).get(id);
    if (row && row.deleted !== true) live++;
  }
  return live;
}

/**
 * Importing a bundle in two steps: `previewBundleImport` opens and verifies it and says
 * what it would add, change or remove, writing nothing; `applyBundleImport` then merges exactly those changes.
 *
 * A wrong passphrase, a damaged zip or a newer format throws a BundleError whose message is for the person
 * (shared/sync/bundle.ts) and nothing is written. Importing the same bundle again finds every change already
 * here: the preview says so and applying writes nothing.
 */
import type { ChangeRecord } from '../../../shared/changes/change';
import type { Erasure, TableName } from '../../../shared/domain/schemas';
import { openBundle, type BundleManifest } from '../../../shared/sync/bundle';
import { holdFuture } from '../../../shared/sync/clockCheck';
import { plural } from '../../../shared/i18n/plural';
import { isMassDeletion, type ProjectDeletions } from '../../../shared/sync/guard';
import { rejectChange, rowKey, type RowPlan } from '../../../shared/sync/merge';
import type { CommandRunner } from '../commandRunner';
import { RECORD_TABLES, type FieldnotesDb } from '../db';
import { notesNamingParticipant } from '../erasure/apply';
import { eraseLegacyWithdrawals } from '../erasure/legacy';
import { screenIncoming } from '../erasure/screen';
import {
  applyRemoteChanges,
  countDeletions,
  emptyTallies,
  tally,
  type ApplyReport,
  type TableTally,
} from './applyChanges';
import { planBatch } from './planBatch';
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

const NOUNS: Record<TableName, [string, string]> = {
  projects: ['project', 'projects'],
  groups: ['stakeholder group', 'stakeholder groups'],
  questions: ['question', 'questions'],
  sessions: ['session', 'sessions'],
  participants: ['participant', 'participants'],
  notes: ['note', 'notes'],
  themes: ['theme', 'themes'],
  findings: ['finding', 'findings'],
  erasures: ['erasure', 'erasures'],
  codingPasses: ['coding pass', 'coding passes'],
  codings: ['coding', 'codings'],
  photos: ['photo', 'photos'],
  memos: ['memo', 'memos'],
};

function counted(table: TableName, n: number): string {
  const [one, other] = NOUNS[table];
  return plural(n, { one: `# ${one}`, other: `# ${other}` });
}

function listOf(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

function itemChange(plan: RowPlan): ItemChange | null {
  if (!plan.after) return null;
  if (!plan.before) return plan.after.deleted === true ? null : 'new';
  if (plan.before.deleted !== true && plan.after.deleted === true) return 'removed';
  return 'updated';
}

export function describePreview(preview: Omit<ImportPreview, 'summary' | 'changes'>): string[] {
  if (preview.unchanged)
    return ['Nothing new: everything in this bundle is already here.', ...erasureLines(preview), ...heldLines(preview)];
  const lines: string[] = [];
  const name = `“${preview.project.name}”`;
  if (preview.project.isNew) lines.push(`Adds the project ${name}.`);
  const pick = (key: 'created' | 'updated' | 'deleted' | 'restored') =>
    RECORD_TABLES.filter((t) => t !== 'projects' && preview.tables[t][key] > 0).map((t) =>
      counted(t, preview.tables[t][key]),
    );
  const added = pick('created');
  if (added.length) lines.push(`Adds ${listOf(added)}${preview.project.isNew ? '' : ` to ${name}`}.`);
  const changed = pick('updated');
  if (changed.length || (!preview.project.isNew && preview.tables.projects.updated)) {
    lines.push(`Changes ${listOf(changed.length ? changed : ['the project’s details'])}.`);
  }
  const restored = pick('restored');
  if (restored.length) lines.push(`Brings back ${listOf(restored)} removed here.`);
  const removed = pick('deleted');
  if (removed.length) lines.push(`Removes ${listOf(removed)}.`);
  lines.push(...erasureLines(preview));
  lines.push(...heldLines(preview));
  const newSessions = preview.sessions.filter((s) => s.change === 'new').map((s) => `“${s.title}”`);
  if (newSessions.length) {
    lines.push(`${plural(newSessions.length, { one: 'New session', other: 'New sessions' })}: ${listOf(newSessions)}.`);
  }
  if (preview.invalid) {
    lines.push(
      plural(preview.invalid, {
        one: '# damaged change will be skipped.',
        other: '# damaged changes will be skipped.',
      }),
    );
  }
  if (preview.refusedPhoto) lines.push(`A photo in it will not be imported: ${preview.refusedPhoto}.`);
  return lines;
}

function heldLines({ held }: Pick<ImportPreview, 'held'>): string[] {
  if (!held) return [];
  return [
    plural(held, {
      one: '# change is dated more than a day ahead of this computer: it waits on the Sync screen for you to accept or reject.',
      other:
        '# changes are dated more than a day ahead of this computer: they wait on the Sync screen for you to accept or reject.',
    }),
  ];
}

function erasureLines(preview: Pick<ImportPreview, 'erasing' | 'erasures' | 'erasedValues'>): string[] {
  const lines: string[] = [];
  if (preview.erasing) {
    lines.push(`Erases ${counted('notes', preview.erasing)} here for ever: erased on another device.`);
  } else if (preview.erasures) {
    lines.push(`Carries ${counted('erasures', preview.erasures)}: what they name is erased if it ever reaches here.`);
  }
  if (preview.erasedValues) {
    const changes = plural(preview.erasedValues, { one: '# change', other: '# changes' });
    lines.push(`Leaves out ${changes} to records erased here: they stay erased.`);
  }
  return lines;
}

export async function previewBundleImport(
  db: FieldnotesDb,
  bytes: Uint8Array,
  options: { passphrase?: string; now?: () => number } = {},
): Promise<ImportPreview> {
  const opened = await openBundle(bytes, options.passphrase);
  let refusedPhoto: string | undefined;
  const changes = opened.changes.filter((change) => {
    const reason = rejectChange(change);
    if (reason && change.table === 'photos') refusedPhoto ??= reason.replace(/^a photo was refused: /, '');
    return !reason;
  });
  const invalid = opened.invalid + opened.changes.length - changes.length;
  // What importing would hold back is shown apart and left out of the counts (held.ts).
  const { accepted, held } = holdFuture(changes, (options.now ?? Date.now)());
  const tables = [db.meta, db.changes, ...RECORD_TABLES.map((name) => db.table(name))];
  const { plans, duplicates, project, screened, erasing } = await db.transaction('r', tables, async () => {
    const pending = new Set(((await db.meta.get(PENDING_KEY))?.value as string[] | undefined) ?? []);
    const screened = await screenIncoming(db, accepted);
    const batch = await planBatch(db, screened.kept, pending);
    const erasing = await countErasedHere(
      db,
      screened.erasures.map((e) => e.erasure),
    );
    return { ...batch, screened, erasing, project: await db.projects.get(opened.manifest.scope.projectId) };
  });
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
    alreadyHere: duplicates + accepted.length - screened.kept.length - screened.erasedValues - screened.erasures.length,
    invalid,
    refusedPhoto,
    erasures: screened.erasures.length,
    erasing,
    erasedValues: screened.erasedValues,
    massDeletions: (await countDeletions(db, accepted)).filter(isMassDeletion),
    held: held.length,
  };
  return { ...preview, summary: describePreview(preview), changes };
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

/**
 * Importing a bundle in two steps (issue 4, point 4): `previewBundleImport` opens and verifies it and says
 * what it would add, change or remove, writing nothing; `applyBundleImport` then merges exactly those changes.
 *
 * A wrong passphrase, a damaged zip or a newer format throws a BundleError whose message is for the person
 * (shared/sync/bundle.ts) and nothing is written. Importing the same bundle again finds every change already
 * here: the preview says so and applying writes nothing.
 */
import type { ChangeRecord } from '../../../shared/changes/change';
import type { TableName } from '../../../shared/domain/schemas';
import { openBundle, type BundleManifest } from '../../../shared/sync/bundle';
import { isMassDeletion, type ProjectDeletions } from '../../../shared/sync/guard';
import { rejectChange, type RowPlan } from '../../../shared/sync/merge';
import type { CommandRunner } from '../commandRunner';
import { RECORD_TABLES, type FieldnotesDb } from '../db';
import {
  applyRemoteChanges,
  countDeletions,
  emptyTallies,
  planBatch,
  tally,
  type ApplyReport,
  type TableTally,
} from './applyChanges';
import { enforceConsentWithdrawals } from './consent';
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
  massDeletions: ProjectDeletions[];
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
};

function counted(table: TableName, n: number): string {
  return `${n} ${NOUNS[table][n === 1 ? 0 : 1]}`;
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
  if (preview.unchanged) return ['Nothing new: everything in this bundle is already here.'];
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
  const newSessions = preview.sessions.filter((s) => s.change === 'new').map((s) => `“${s.title}”`);
  if (newSessions.length) lines.push(`New session${newSessions.length === 1 ? '' : 's'}: ${listOf(newSessions)}.`);
  if (preview.invalid)
    lines.push(`${preview.invalid} damaged change${preview.invalid === 1 ? '' : 's'} will be skipped.`);
  return lines;
}

export async function previewBundleImport(
  db: FieldnotesDb,
  bytes: Uint8Array,
  options: { passphrase?: string } = {},
): Promise<ImportPreview> {
  const opened = await openBundle(bytes, options.passphrase);
  const changes = opened.changes.filter((change) => !rejectChange(change));
  const invalid = opened.invalid + opened.changes.length - changes.length;
  const tables = [db.meta, db.changes, ...RECORD_TABLES.map((name) => db.table(name))];
  const { plans, duplicates, project } = await db.transaction('r', tables, async () => {
    const pending = new Set(((await db.meta.get(PENDING_KEY))?.value as string[] | undefined) ?? []);
    const batch = await planBatch(db, changes, pending);
    return { ...batch, project: await db.projects.get(opened.manifest.scope.projectId) };
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
    unchanged: plans.every((plan) => !plan.after),
    alreadyHere: duplicates,
    invalid,
    massDeletions: (await countDeletions(db, changes)).filter(isMassDeletion),
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
): Promise<ApplyReport & { removedForConsent: number }> {
  const report = await applyRemoteChanges(runner.db, preview.changes, {
    published: 0,
    allowMassDeletion: options.confirmRemovals ?? false,
    ...(options.now ? { now: options.now } : {}),
  });
  if (report.status !== 'applied') return { ...report, removedForConsent: 0 };
  return { ...report, removedForConsent: await enforceConsentWithdrawals(runner, report.consentCandidates) };
}

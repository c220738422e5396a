/**
 * `fieldnotes export PATH... --xlsx F --json F --docx F --qdpx F --qdc F [--csv F] [--html F] [--pptx F] [--deck-pdf F]`
 *
 * The PMT's consolidation in one step: every PATH (a sync folder, one project's folder in it, or a .fieldnotes
 * bundle; as many as there are facilitators) is read, their changes merged as the app would merge them, and the
 * project exported through the same privacy gate and writers as the app. With no one to review matches, every
 * piece of personal information the scan finds is removed; flagged notes follow the default policy (sensitive and
 * cultural-protocol text withheld). Erased words are left out, even where a device's files still hold them.
 * Files are written atomically, and name no person, device or folder. Their words for people (sheet names,
 * headings, labels) are in the language chosen for Fieldnotes (--lang, FIELDNOTES_LANG) or by --report-lang.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { exportStream } from '../../node/export/exportStream';
import { readSyncFolder } from '../../node/sync/readFolder';
import type { ChangeRecord } from '../../shared/changes/change';
import { FORMAT_LABELS, type ExportFormat } from '../../shared/export/formats';
import { buildFindingsDocument } from '../../shared/findings/document';
import { pendingCommunities } from '../../shared/privacy/community';
import { isMasterTheme, type ReportLevel } from '../../shared/findings/levels';
import { snapshotFromChanges } from '../../shared/findings/fromChanges';
import { planExport } from '../../shared/privacy/plan';
import type { PiiKind } from '../../shared/privacy/types';
import { BundleError, openBundle } from '../../shared/sync/bundle';
import { holdFuture } from '../../shared/sync/clockCheck';
import { filterErased } from '../../shared/sync/erasure';
import { describeProblem as describeSyncProblem } from '../../shared/sync/problems';
import { liveRecords } from '../../shared/sync/liveRecords';
import { mergeInMemory } from '../../shared/sync/memoryMerge';
import type { MessageId } from '../../shared/i18n/catalogue';
import { parseLocale, type Locale } from '../../shared/i18n/locales';
import type { Translator } from '../../shared/i18n/translate';
import { cliError, EXIT_OK, trOf, type CliIo, type Command } from '../command';
import { allowMassDeletionHelp, guardMassDeletion } from '../support/massDeletion';
import { checkOutputFiles, writeOutputFiles } from '../support/writeFiles';
import { readPassphrase } from '../support/passphrase';

const FORMAT_FLAGS: ExportFormat[] = [
  'xlsx',
  'json',
  'docx',
  'qdpx',
  'qdc',
  'csv',
  'html',
  'pptx',
  'deck-pdf',
  'said-did-docx',
  'said-did-html',
];

const PII_WORDS: Record<PiiKind, MessageId> = {
  email: 'cli.pii.email',
  phone: 'cli.pii.phone',
  address: 'cli.pii.address',
  'postal-code': 'cli.pii.postalCode',
  name: 'cli.pii.name',
  other: 'cli.pii.other',
};

function exportHelp(tr: Translator): string {
  return tr.t('cli.export.help', {
    formats: FORMAT_FLAGS.map((f) =>
      tr.t('cli.export.formatLine', { flag: f.padEnd(13), label: tr.t(FORMAT_LABELS[f]) }),
    ).join('\n'),
    massDeletion: allowMassDeletionHelp(27, tr),
  });
}

interface Sources {
  changes: Map<string, ChangeRecord[]>;
  deviceNames: Map<string, string>;
  warnings: string[];
}

async function readSources(
  paths: string[],
  cwd: string,
  passphrase: string | undefined,
  acceptFuture: boolean,
  tr: Translator,
): Promise<Sources> {
  const out: Sources = { changes: new Map(), deviceNames: new Map(), warnings: [] };
  const add = (projectId: string, changes: ChangeRecord[]) =>
    out.changes.set(projectId, [...(out.changes.get(projectId) ?? []), ...changes]);
  for (const given of paths) {
    const target = path.resolve(cwd, given);
    const info = await stat(target).catch(() => null);
    if (!info) throw cliError(tr.t('cli.nothingAt', { path: given }));
    if (info.isDirectory()) {
      const folder = await readSyncFolder(target, { acceptFuture });
      if (!folder.projects.length) throw cliError(tr.t('cli.export.noProject', { path: given }));
      for (const project of folder.projects) {
        add(project.projectId, project.changes);
        for (const d of project.devices) if (d.name) out.deviceNames.set(d.deviceId, d.name);
        const who = (id: string | undefined) => (id && out.deviceNames.get(id)) || id || null;
        for (const p of project.problems)
          out.warnings.push(tr.t('cli.fromSource', { source: given, text: describeSyncProblem(p, who, tr) }));
      }
    } else {
      try {
        const bundle = await openBundle(new Uint8Array(await readFile(target)), passphrase);
        const split = acceptFuture
          ? { accepted: bundle.changes, problems: [] }
          : holdFuture(bundle.changes, Date.now());
        add(bundle.manifest.scope.projectId, split.accepted);
        for (const p of split.problems) {
          const text = describeSyncProblem(p, (id) => id ?? null, tr);
          out.warnings.push(tr.t('cli.fromSource', { source: given, text }));
        }
        if (bundle.invalid)
          out.warnings.push(tr.t('cli.export.invalidChanges', { source: given, count: bundle.invalid }));
      } catch (error) {
        if (error instanceof BundleError) {
          const text =
            error.code === 'passphrase-needed'
              ? tr.t('cli.passphraseHint', { problem: error.describe(tr) })
              : error.describe(tr);
          throw cliError(tr.t('cli.fromSource', { source: given, text }));
        }
        throw error;
      }
    }
  }
  return out;
}

/** The project's name as last set, even when a device removed the project (for the guard's message). */
function projectNameOf(projectId: string, changes: readonly ChangeRecord[]): string {
  const row = mergeInMemory(changes.filter((c) => c.table === 'projects'))
    .tables.get('projects')
    ?.get(projectId);
  return typeof row?.name === 'string' ? row.name : '';
}

function pickProject(sources: Sources, wanted: string | undefined, tr: Translator): [string, ChangeRecord[]] {
  const candidates = [...sources.changes].map(([id, changes]) => {
    const project = liveRecords(mergeInMemory(changes.filter((c) => c.table === 'projects')), 'projects').find(
      (p) => p.id === id,
    );
    return { id, name: project?.name ?? '', changes };
  });
  const list = candidates.map((c) => `${c.name || tr.t('cli.unnamed')} (${c.id})`).join('; ');
  const matches = wanted
    ? candidates.filter((c) => c.id === wanted || c.name.trim().toLowerCase() === wanted.trim().toLowerCase())
    : candidates;
  if (!matches.length) throw cliError(tr.t('cli.export.projectNotFound', { wanted: wanted ?? '', list }));
  if (matches.length > 1) throw cliError(tr.t('cli.export.severalProjects', { count: matches.length, list }));
  return [matches[0]!.id, matches[0]!.changes];
}

/** The language of the files: --report-lang, else the one chosen for Fieldnotes (--lang, FIELDNOTES_LANG), else English. */
function reportLocale(option: string | undefined, io: CliIo, tr: Translator): Locale {
  if (option === undefined) return io.reportLocale ?? 'en';
  const locale = parseLocale(option);
  if (!locale) throw cliError(tr.t('cli.export.badReportLanguage', { given: option }));
  return locale;
}

/** What was exported and what privacy took out, a line each, for the person who ran it. */
function summaryText(input: {
  tr: Translator;
  projectName: string;
  sources: number;
  level: ReportLevel;
  doc: ReturnType<typeof buildFindingsDocument>;
  plan: ReturnType<typeof planExport>;
  includeMemos: boolean;
  written: readonly string[];
}): string {
  const { tr, doc, plan } = input;
  const byKind = new Map<PiiKind, number>();
  for (const m of plan.matches) byKind.set(m.kind, (byKind.get(m.kind) ?? 0) + 1);
  const kinds = [...byKind].map(([kind, count]) => tr.t('cli.export.piiCount', { count, kind: tr.t(PII_WORDS[kind]) }));
  const privacy = tr.t('cli.export.privacy', {
    withheld: plan.withheld.length,
    dropped: plan.dropped.length,
    redactions: plan.redactions,
  });
  return [
    tr.t('cli.export.project', { name: input.projectName, sources: input.sources, level: input.level }),
    `  ${tr.t('cli.totals', { ...doc.totals })}`,
    ...(plan.counts.memos
      ? [tr.t('cli.export.memos', { count: plan.counts.memos, inReport: input.includeMemos ? 'yes' : 'no' })]
      : []),
    kinds.length ? tr.t('cli.export.privacyKinds', { privacy, kinds: kinds.join(', ') }) : privacy,
    ...(plan.community.pending.length
      ? [
          tr.t('cli.export.community', {
            count: plan.community.pending.length,
            communities: pendingCommunities(plan.community).join(', '),
          }),
        ]
      : []),
    ...input.written.map((file) => tr.t('cli.wrote', { file })),
    '',
  ].join('\n');
}

async function run(args: string[], io: CliIo): Promise<number> {
  const tr = trOf(io);
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        ...Object.fromEntries(FORMAT_FLAGS.map((f) => [f, { type: 'string' as const }])),
        project: { type: 'string' },
        group: { type: 'string', multiple: true },
        level: { type: 'string' },
        'report-lang': { type: 'string' },
        'include-memos': { type: 'boolean' },
        'no-names': { type: 'boolean' },
        'allow-mass-deletion': { type: 'boolean' },
        'passphrase-file': { type: 'string' },
        'accept-future': { type: 'boolean' },
      },
    });
  } catch (error) {
    throw cliError(tr.t('cli.seeHelp', { message: (error as Error).message, command: 'export' }));
  }
  const { values, positionals } = parsed;
  const cwd = io.cwd ?? process.cwd();
  const outputs = FORMAT_FLAGS.flatMap((f) => {
    const file = (values as Record<string, unknown>)[f];
    return typeof file === 'string' ? [{ format: f, file: path.resolve(cwd, file), shown: file }] : [];
  });
  if (!positionals.length) throw cliError(tr.t('cli.export.noSources'));
  if (!outputs.length) throw cliError(tr.t('cli.export.noFormat'));
  const level = values.level;
  if (level !== undefined && level !== 'master' && level !== 'session') throw cliError(tr.t('cli.export.badLevel'));
  const locale = reportLocale(values['report-lang'] as string | undefined, io, tr);

  await checkOutputFiles(
    outputs.map((o) => ({ path: o.file, shown: o.shown })),
    tr,
  );
  const passphrase = await readPassphrase(values['passphrase-file'] as string | undefined, cwd, tr);
  const sources = await readSources(positionals, cwd, passphrase, values['accept-future'] ?? false, tr);
  const [projectId, changes] = pickProject(sources, values.project as string | undefined, tr);
  guardMassDeletion({
    projectId,
    projectName: projectNameOf(projectId, changes),
    changes,
    deviceNames: sources.deviceNames,
    allow: values['allow-mass-deletion'] === true,
    tr,
  });
  const { erased } = filterErased(changes);
  if (erased) sources.warnings.push(tr.t('cli.export.erased', { count: erased }));
  const built = snapshotFromChanges(projectId, changes);
  if (!built) throw cliError(tr.t('cli.export.noProjectRecord', { id: projectId }));
  const { snapshot } = built;
  if (built.badClocks) sources.warnings.push(tr.t('cli.export.badClocks', { count: built.badClocks }));
  const reportLevel: ReportLevel =
    (level as ReportLevel | undefined) ?? (snapshot.themes.some(isMasterTheme) ? 'master' : 'session');
  const groupIds = pickGroups(snapshot.groups, values.group as string[] | undefined, tr);
  const plan = planExport(snapshot, {
    scan: { names: !values['no-names'] },
    ...(groupIds ? { scope: { groupIds } } : {}),
  });
  const doc = buildFindingsDocument(plan, {
    now: new Date().toISOString(),
    level: reportLevel,
    generator: 'Fieldnotes CLI',
  });
  const includeMemos = values['include-memos'] === true;
  // All files or none; each one made only when its turn comes, the workbook and the JSON streamed as they are written.
  await writeOutputFiles(
    outputs.map((o) => ({
      path: o.file,
      shown: o.shown,
      data: () => exportStream(o.format, doc, { includeMemos }, locale),
    })),
    tr,
  );
  for (const warning of sources.warnings) io.stderr.write(tr.t('cli.warning', { text: warning }));
  io.stdout.write(
    summaryText({
      tr,
      projectName: snapshot.project.name,
      sources: positionals.length,
      level: reportLevel,
      doc,
      plan,
      includeMemos,
      written: outputs.map((o) => o.shown),
    }),
  );
  return EXIT_OK;
}

export const exportCommand: Command = {
  name: 'export',
  summary: (tr) => tr.t('cli.export.summary'),
  help: exportHelp,
  run,
};

/** The stakeholder groups named by --group, by id or by name (any case); a name that matches none is an error. */
function pickGroups(
  groups: readonly { id: string; name: string }[],
  wanted: string[] | undefined,
  tr: Translator,
): string[] | null {
  if (!wanted?.length) return null;
  return wanted.map((w) => {
    const found =
      groups.find((g) => g.id === w) ?? groups.find((g) => g.name.trim().toLowerCase() === w.trim().toLowerCase());
    if (!found) {
      const names = groups.map((g) => g.name).join(', ') || tr.t('cli.none');
      throw cliError(tr.t('cli.export.noGroup', { wanted: w, groups: names }));
    }
    return found.id;
  });
}

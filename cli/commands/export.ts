/**
 * `fieldnotes export PATH... --xlsx F --json F --docx F --qdpx F --qdc F [--csv F] [--html F] [--pptx F] [--deck-pdf F]`
 *
 * The PMT's consolidation in one step: every PATH (a sync folder, one project's folder in it, or a .fieldnotes
 * bundle; as many as there are facilitators) is read, their changes merged as the app would merge them, and the
 * project exported through the same privacy gate and writers as the app. With no one to review matches, every
 * piece of personal information the scan finds is removed; flagged notes follow the default policy (sensitive and
 * cultural-protocol text withheld). Erased words are left out, even where a device's files still hold them.
 * Files are written atomically, and name no person, device or folder.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { exportStream } from '../../node/export/exportStream';
import { readSyncFolder } from '../../node/sync/readFolder';
import type { ChangeRecord } from '../../shared/changes/change';
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/export/formats';
import { buildFindingsDocument } from '../../shared/findings/document';
import { pendingCommunities } from '../../shared/privacy/community';
import { isMasterTheme, type ReportLevel } from '../../shared/findings/levels';
import { snapshotFromChanges } from '../../shared/findings/fromChanges';
import { planExport } from '../../shared/privacy/plan';
import { PII_LABELS } from '../../shared/privacy/types';
import { BundleError, openBundle } from '../../shared/sync/bundle';
import { holdFuture } from '../../shared/sync/clockCheck';
import { filterErased } from '../../shared/sync/erasure';
import { describeProblem as describeSyncProblem } from '../../shared/sync/problems';
import { liveRecords } from '../../shared/sync/liveRecords';
import { mergeInMemory } from '../../shared/sync/memoryMerge';
import { cliError, EXIT_OK, type CliIo, type Command } from '../command';
import { allowMassDeletionHelp, guardMassDeletion } from '../support/massDeletion';
import { checkOutputFiles, writeOutputFiles } from '../support/writeFiles';
import { readPassphrase } from '../support/passphrase';
import { plural } from '../../shared/i18n/plural';
import { counted } from '../support/words';

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

export const EXPORT_HELP = `Usage: fieldnotes export PATH... [--xlsx F] [--json F] [--docx F] [--qdpx F] [--qdc F] [--csv F] [--html F] [--pptx F]
       [--deck-pdf F] [--said-did-docx F] [--said-did-html F] [--group G] [--include-memos]

Exports the findings of a project from one or more sync folders or .fieldnotes bundles. Several PATHs are
consolidated: each facilitator's work is merged into one project view before exporting.

Formats (at least one):
${FORMAT_FLAGS.map((f) => `  --${f.padEnd(13)} FILE   ${EXPORT_FORMATS[f].label}`).join('\n')}

Options:
  --project ID|NAME        which project, when the sources hold several
  --group ID|NAME          only what this stakeholder group said (repeat for several); a "You said, we did"
                           report made so is that group's report
  --level master|session   report on master themes (default when the project has any) or session themes
  --include-memos          add the team's memos to the "What we heard" report (--docx, --html); memos always
                           travel in --json, --qdpx and --qdc, authors numbered, never in the CSV, deck or
                           "You said, we did"
  --no-names               do not look for person names (faster; addresses, phones and e-mails are still removed)
  --passphrase-file FILE   passphrase for encrypted bundles (first line of FILE)
  --accept-future          also take changes dated more than a day ahead (skipped with a warning otherwise)
${allowMassDeletionHelp(27)}
  -h, --help               show this help

Privacy: every e-mail address, phone number, street address, postal code and person name found is removed;
sensitive and cultural-protocol notes are counted but their text withheld; no note flagged do-not-quote is quoted.

Exit codes: 0 written, 2 bad input or usage, 1 unexpected error.
`;

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
): Promise<Sources> {
  const out: Sources = { changes: new Map(), deviceNames: new Map(), warnings: [] };
  const add = (projectId: string, changes: ChangeRecord[]) =>
    out.changes.set(projectId, [...(out.changes.get(projectId) ?? []), ...changes]);
  for (const given of paths) {
    const target = path.resolve(cwd, given);
    const info = await stat(target).catch(() => null);
    if (!info) throw cliError(`nothing found at ${given}`);
    if (info.isDirectory()) {
      const folder = await readSyncFolder(target, { acceptFuture });
      if (!folder.projects.length) throw cliError(`${given} holds no Fieldnotes project`);
      for (const project of folder.projects) {
        add(project.projectId, project.changes);
        for (const d of project.devices) if (d.name) out.deviceNames.set(d.deviceId, d.name);
        const who = (id: string | undefined) => (id && out.deviceNames.get(id)) || id || 'a device';
        for (const p of project.problems) out.warnings.push(`${given}: ${describeSyncProblem(p, who)}`);
      }
    } else {
      try {
        const bundle = await openBundle(new Uint8Array(await readFile(target)), passphrase);
        const split = acceptFuture
          ? { accepted: bundle.changes, problems: [] }
          : holdFuture(bundle.changes, Date.now());
        add(bundle.manifest.scope.projectId, split.accepted);
        for (const p of split.problems)
          out.warnings.push(`${given}: ${describeSyncProblem(p, (id) => id ?? 'a device')}`);
        if (bundle.invalid)
          out.warnings.push(`${given}: ${counted(bundle.invalid, 'change')} failed validation and were skipped`);
      } catch (error) {
        if (error instanceof BundleError) {
          const hint = error.code === 'passphrase-needed' ? ' Pass it with --passphrase-file FILE.' : '';
          throw cliError(`${given}: ${error.message}${hint}`);
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

function pickProject(sources: Sources, wanted: string | undefined): [string, ChangeRecord[]] {
  const candidates = [...sources.changes].map(([id, changes]) => {
    const project = liveRecords(mergeInMemory(changes.filter((c) => c.table === 'projects')), 'projects').find(
      (p) => p.id === id,
    );
    return { id, name: project?.name ?? '', changes };
  });
  const list = candidates.map((c) => `${c.name || '(unnamed)'} (${c.id})`).join('; ');
  const matches = wanted
    ? candidates.filter((c) => c.id === wanted || c.name.trim().toLowerCase() === wanted.trim().toLowerCase())
    : candidates;
  if (!matches.length) throw cliError(`no project “${wanted}” in these files; they hold: ${list}`);
  if (matches.length > 1)
    throw cliError(`these files hold ${matches.length} projects; choose one with --project: ${list}`);
  return [matches[0]!.id, matches[0]!.changes];
}

async function run(args: string[], io: CliIo): Promise<number> {
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
        'include-memos': { type: 'boolean' },
        'no-names': { type: 'boolean' },
        'allow-mass-deletion': { type: 'boolean' },
        'passphrase-file': { type: 'string' },
        'accept-future': { type: 'boolean' },
      },
    });
  } catch (error) {
    throw cliError(`${(error as Error).message} (see fieldnotes export --help)`);
  }
  const { values, positionals } = parsed;
  const cwd = io.cwd ?? process.cwd();
  const outputs = FORMAT_FLAGS.flatMap((f) => {
    const file = (values as Record<string, unknown>)[f];
    return typeof file === 'string' ? [{ format: f, file: path.resolve(cwd, file), shown: file }] : [];
  });
  if (!positionals.length) throw cliError('expected at least one sync folder or bundle (see fieldnotes export --help)');
  if (!outputs.length)
    throw cliError('choose at least one format, e.g. --xlsx findings.xlsx (see fieldnotes export --help)');
  const level = values.level;
  if (level !== undefined && level !== 'master' && level !== 'session') throw cliError('--level is master or session');

  await checkOutputFiles(outputs.map((o) => ({ path: o.file, shown: o.shown })));
  const passphrase = await readPassphrase(values['passphrase-file'] as string | undefined, cwd);
  const sources = await readSources(positionals, cwd, passphrase, values['accept-future'] ?? false);
  const [projectId, changes] = pickProject(sources, values.project as string | undefined);
  guardMassDeletion({
    projectId,
    projectName: projectNameOf(projectId, changes),
    changes,
    deviceNames: sources.deviceNames,
    allow: values['allow-mass-deletion'] === true,
  });
  const { erased } = filterErased(changes);
  if (erased) {
    sources.warnings.push(
      `${counted(erased, 'change')} in these files still ${plural(erased, { one: 'holds', other: 'hold' })} erased words; left out of the export`,
    );
  }
  const built = snapshotFromChanges(projectId, changes);
  if (!built) {
    throw cliError(
      `the project record of ${projectId} is not in these files (only later edits of it are); add the folder or bundle of the device that created the project`,
    );
  }
  const { snapshot } = built;
  if (built.badClocks) {
    sources.warnings.push(
      `${counted(built.badClocks, 'mapping decision')} left out of the mapping log: their clock value cannot be read`,
    );
  }
  const reportLevel: ReportLevel =
    (level as ReportLevel | undefined) ?? (snapshot.themes.some(isMasterTheme) ? 'master' : 'session');
  const groupIds = pickGroups(snapshot.groups, values.group as string[] | undefined);
  const plan = planExport(snapshot, {
    scan: { names: !values['no-names'] },
    ...(groupIds ? { scope: { groupIds } } : {}),
  });
  const doc = buildFindingsDocument(plan, {
    now: new Date().toISOString(),
    level: reportLevel,
    generator: 'Fieldnotes CLI',
  });
  // All files or none; each one made only when its turn comes, the workbook and the JSON streamed as they are written.
  await writeOutputFiles(
    outputs.map((o) => ({
      path: o.file,
      shown: o.shown,
      data: () => exportStream(o.format, doc, { includeMemos: values['include-memos'] === true }),
    })),
  );

  const byKind = new Map<string, number>();
  for (const m of plan.matches) byKind.set(PII_LABELS[m.kind], (byKind.get(PII_LABELS[m.kind]) ?? 0) + 1);
  const removed = [...byKind].map(([kind, n]) => `${n} ${kind}`).join(', ');
  for (const warning of sources.warnings) io.stderr.write(`warning: ${warning}\n`);
  io.stdout.write(
    [
      `Project “${snapshot.project.name}”, from ${counted(positionals.length, 'source')} (${reportLevel === 'master' ? 'master themes, consolidated' : 'session themes'}):`,
      `  ${counted(doc.totals.sessions, 'session')} · ${counted(doc.totals.notes, 'note')} · ${counted(doc.totals.themes, 'theme')} · ${counted(doc.totals.findings, 'finding')}`,
      ...(plan.counts.memos
        ? [
            `  memos: ${counted(plan.counts.memos, 'memo')} in the findings data and REFI-QDA files${values['include-memos'] ? ' and the report' : '; not in the report (add --include-memos)'}`,
          ]
        : []),
      `  privacy: ${counted(plan.withheld.length, 'note')} withheld, ${plan.dropped.length} left out, ${counted(plan.redactions, 'piece')} of personal information removed${removed ? ` (${removed})` : ''}`,
      ...(plan.community.pending.length
        ? [
            `  community: ${counted(plan.community.pending.length, 'session')} withheld pending community approval (${pendingCommunities(plan.community).join(', ')})`,
          ]
        : []),
      ...outputs.map((o) => `  wrote ${o.shown}`),
      '',
    ].join('\n'),
  );
  return EXIT_OK;
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'export findings (xlsx, JSON, docx, REFI-QDA) from sync folders or bundles, consolidated',
  help: EXPORT_HELP,
  run,
};

/** The stakeholder groups named by --group, by id or by name (any case); a name that matches none is an error. */
function pickGroups(groups: readonly { id: string; name: string }[], wanted: string[] | undefined): string[] | null {
  if (!wanted?.length) return null;
  return wanted.map((w) => {
    const found =
      groups.find((g) => g.id === w) ?? groups.find((g) => g.name.trim().toLowerCase() === w.trim().toLowerCase());
    if (!found) {
      throw cliError(
        `there is no stakeholder group “${w}” in this project (groups: ${groups.map((g) => g.name).join(', ') || 'none'})`,
      );
    }
    return found.id;
  });
}

/**
 * `fieldnotes inspect PATH [--json] [--passphrase-file F]`
 *
 * Reads a sync folder (or one project's folder in it) or a `.fieldnotes` bundle and prints, per project, the
 * records counted after merging, the devices that wrote them, and every problem found. Changes nothing.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BundleError, openBundle } from '../../shared/sync/bundle';
import { holdFuture } from '../../shared/sync/clockCheck';
import { inspectChanges, type InspectedProject } from '../../shared/sync/inspect';
import { describeProblem as describeSyncProblem, severityOf } from '../../shared/sync/problems';
import { readSyncFolder } from '../../node/sync/readFolder';
import { cliError, EXIT_OK, type CliIo, type Command } from '../command';
import { massDeletionProblems } from '../support/massDeletion';
import { safeJson } from '../support/output';
import { readPassphrase } from '../support/passphrase';
import { plural } from '../../shared/i18n/plural';
import { counted } from '../support/words';

export const INSPECT_HELP = `Usage: fieldnotes inspect PATH [--json] [--passphrase-file FILE]

Shows what a sync folder (or one project's folder in it) or a .fieldnotes bundle holds: per project, the
sessions, notes, themes and other records counted after merging, the devices that wrote them, and every
problem found (files not complete yet, copies made by a file-sync service, newer formats, clocks far ahead,
two computers sharing one identity). Reads only; changes nothing.

Options:
  --json                   print the report as JSON
  --passphrase-file FILE   the passphrase of an encrypted bundle (first line of FILE)
  --accept-future          count changes dated more than a day ahead as usual (held and listed otherwise)
  -h, --help               show this help

Exit codes: 0 read (whatever problems were found), 2 bad input or usage, 1 unexpected error.
`;

/** The passphrase in a file; one trailing line break is the editor's, not the passphrase's. */
interface Report {
  source: { kind: 'folder' | 'bundle'; path: string; encrypted?: boolean; scope?: string; createdBy?: string };
  /** Problems of the folder outside any project (a project folder that is a link). */
  problems: { severity: string; text: string; path?: string }[];
  projects: InspectedProject[];
}

async function inspectPath(
  target: string,
  passphrase: string | undefined,
  now: number,
  acceptFuture: boolean,
): Promise<Report> {
  const info = await stat(target);
  if (info.isDirectory()) {
    const folder = await readSyncFolder(target, { acceptFuture, now });
    return {
      source: { kind: 'folder', path: folder.root },
      problems: folder.problems.map((p) => ({
        severity: severityOf(p.kind),
        text: describeSyncProblem(p, () => 'a device'),
        ...(p.path ? { path: p.path } : {}),
      })),
      projects: folder.projects.map((p) =>
        inspectChanges({ ...p, problems: [...p.problems, ...massDeletionProblems(p.projectId, p.changes)], now }),
      ),
    };
  }
  const opened = await openBundle(await readFile(target), passphrase);
  const { scope, createdBy } = opened.manifest;
  const detail = opened.invalidReason ? { detail: opened.invalidReason } : {};
  const split = acceptFuture ? { accepted: opened.changes, problems: [] } : holdFuture(opened.changes, now);
  const problems = [
    ...(opened.invalid ? [{ kind: 'invalid-changes' as const, amount: opened.invalid, ...detail }] : []),
    ...split.problems,
    ...massDeletionProblems(scope.projectId, split.accepted),
  ];
  return {
    problems: [],
    source: {
      kind: 'bundle',
      path: target,
      encrypted: opened.encrypted,
      scope: scope.kind,
      createdBy: createdBy.deviceName || createdBy.deviceId,
    },
    projects: [
      inspectChanges({
        projectId: scope.projectId,
        changes: split.accepted,
        devices: [
          {
            deviceId: createdBy.deviceId,
            name: createdBy.deviceName,
            lastSeq: 0,
            lastWriteAt: opened.manifest.createdAt,
            segments: 0,
          },
        ],
        problems,
        fallbackName: scope.projectName,
        now,
      }),
    ],
  };
}

const TABLE_WORDS: [keyof InspectedProject['counts'], string][] = [
  ['sessions', 'session'],
  ['notes', 'note'],
  ['themes', 'theme'],
  ['participants', 'participant'],
  ['groups', 'group'],
  ['questions', 'question'],
  ['findings', 'finding'],
];

function formatText(report: Report): string {
  const lines: string[] = [];
  const { source } = report;
  lines.push(
    source.kind === 'folder'
      ? `Sync folder ${source.path}: ${counted(report.projects.length, 'project')}`
      : `Bundle ${source.path} (${source.scope}, made by ${source.createdBy}${source.encrypted ? ', encrypted' : ''})`,
  );
  for (const p of report.problems) lines.push(`  - [${p.severity}] ${p.text}`);
  for (const project of report.projects) {
    lines.push('', `Project “${project.name || '(name not known yet)'}” (${project.projectId})`);
    lines.push(`  ${TABLE_WORDS.map(([table, word]) => counted(project.counts[table], word)).join(' · ')}`);
    if (project.pending)
      lines.push(
        `  ${plural(project.pending, { one: '# record is', other: '# records are' })} known only by later edits (their creation has not arrived)`,
      );
    lines.push(`  devices: ${project.devices.length}`);
    for (const d of project.devices) {
      const files = d.segments ? `${counted(d.segments, 'file')}, ` : '';
      const last = d.lastWriteAt ? `, last wrote ${d.lastWriteAt.replace('T', ' ').slice(0, 16)}` : '';
      lines.push(`    ${d.name || '(unnamed)'} [${d.deviceId}]: ${files}${counted(d.changes, 'change')}${last}`);
    }
    lines.push(project.problems.length ? `  problems: ${project.problems.length}` : '  problems: none');
    for (const p of project.problems) lines.push(`    - [${p.severity}] ${p.text}${p.path ? ` (${p.path})` : ''}`);
  }
  return lines.join('\n') + '\n';
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        'passphrase-file': { type: 'string' },
        'accept-future': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw cliError(`${(error as Error).message} (see fieldnotes inspect --help)`);
  }
  if (parsed.values.help) {
    io.stdout.write(INSPECT_HELP);
    return EXIT_OK;
  }
  if (parsed.positionals.length !== 1) throw cliError('expected one path: fieldnotes inspect PATH');
  const cwd = io.cwd ?? process.cwd();
  const target = path.resolve(cwd, parsed.positionals[0]!);
  const passphrase = await readPassphrase(parsed.values['passphrase-file'], cwd);
  let report: Report;
  try {
    report = await inspectPath(target, passphrase, Date.now(), parsed.values['accept-future'] ?? false);
  } catch (error) {
    if (error instanceof BundleError) {
      throw cliError(
        error.code === 'passphrase-needed'
          ? 'this bundle is protected by a passphrase; pass it with --passphrase-file FILE'
          : error.message,
      );
    }
    if ((error as { code?: string }).code === 'ENOENT') throw cliError(`nothing found at ${parsed.positionals[0]}`);
    throw error;
  }
  io.stdout.write(parsed.values.json ? safeJson(report) + '\n' : formatText(report));
  return EXIT_OK;
}

export const inspectCommand: Command = {
  name: 'inspect',
  summary: 'show what a sync folder or a .fieldnotes bundle holds',
  help: INSPECT_HELP,
  run,
};

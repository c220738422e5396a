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
import type { Translator } from '../../shared/i18n/translate';
import { cliError, EXIT_OK, trOf, type CliIo, type Command } from '../command';
import { massDeletionProblems } from '../support/massDeletion';
import { safeJson } from '../support/output';
import { readPassphrase } from '../support/passphrase';

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
  tr: Translator,
): Promise<Report> {
  const info = await stat(target);
  if (info.isDirectory()) {
    const folder = await readSyncFolder(target, { acceptFuture, now });
    return {
      source: { kind: 'folder', path: folder.root },
      problems: folder.problems.map((p) => ({
        severity: severityOf(p.kind),
        text: describeSyncProblem(p, () => null, tr),
        ...(p.path ? { path: p.path } : {}),
      })),
      projects: folder.projects.map((p) =>
        inspectChanges({
          ...p,
          problems: [...p.problems, ...massDeletionProblems(p.projectId, p.changes)],
          now,
          translator: tr,
        }),
      ),
    };
  }
  const opened = await openBundle(await readFile(target), passphrase);
  const { scope, createdBy } = opened.manifest;
  const reason = opened.invalidReason ? { reason: opened.invalidReason } : {};
  const split = acceptFuture ? { accepted: opened.changes, problems: [] } : holdFuture(opened.changes, now);
  const problems = [
    ...(opened.invalid ? [{ kind: 'invalid-changes' as const, amount: opened.invalid, ...reason }] : []),
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
        translator: tr,
      }),
    ],
  };
}

function formatText(report: Report, tr: Translator): string {
  const lines: string[] = [];
  const { source } = report;
  lines.push(
    source.kind === 'folder'
      ? tr.t('cli.inspect.folder', { path: source.path, count: report.projects.length })
      : tr.t('cli.inspect.bundle', {
          path: source.path,
          scope: source.scope ?? '',
          by: source.createdBy ?? '',
          encrypted: source.encrypted ? 'yes' : 'no',
        }),
  );
  for (const p of report.problems)
    lines.push(`  - ${tr.t('cli.inspect.problem', { severity: p.severity, text: p.text })}`);
  for (const project of report.projects) {
    lines.push(
      '',
      tr.t('cli.inspect.project', {
        name: project.name || tr.t('cli.inspect.nameNotKnown'),
        id: project.projectId,
      }),
    );
    lines.push(`  ${tr.t('cli.inspect.counts', { ...project.counts })}`);
    if (project.pending) lines.push(tr.t('cli.inspect.pending', { count: project.pending }));
    lines.push(tr.t('cli.inspect.devices', { count: project.devices.length }));
    for (const d of project.devices) {
      lines.push(
        tr.t('cli.inspect.device', {
          name: d.name || tr.t('cli.unnamed'),
          id: d.deviceId,
          segments: d.segments,
          changes: d.changes,
          hasLast: d.lastWriteAt ? 'yes' : 'no',
          last: d.lastWriteAt ? d.lastWriteAt.replace('T', ' ').slice(0, 16) : '',
        }),
      );
    }
    lines.push(tr.t('cli.inspect.problems', { count: project.problems.length }));
    for (const p of project.problems) {
      const text = p.path ? tr.t('cli.withPath', { text: p.text, path: p.path }) : p.text;
      lines.push(`    - ${tr.t('cli.inspect.problem', { severity: p.severity, text })}`);
    }
  }
  return lines.join('\n') + '\n';
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  const tr = trOf(io);
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
    throw cliError(tr.t('cli.seeHelp', { message: (error as Error).message, command: 'inspect' }));
  }
  if (parsed.values.help) {
    io.stdout.write(inspectCommand.help!(tr));
    return EXIT_OK;
  }
  if (parsed.positionals.length !== 1) throw cliError(tr.t('cli.inspect.onePath'));
  const cwd = io.cwd ?? process.cwd();
  const target = path.resolve(cwd, parsed.positionals[0]!);
  const passphrase = await readPassphrase(parsed.values['passphrase-file'], cwd, tr);
  let report: Report;
  try {
    report = await inspectPath(target, passphrase, Date.now(), parsed.values['accept-future'] ?? false, tr);
  } catch (error) {
    if (error instanceof BundleError) {
      throw cliError(error.code === 'passphrase-needed' ? tr.t('cli.inspect.passphraseNeeded') : error.describe(tr));
    }
    if ((error as { code?: string }).code === 'ENOENT')
      throw cliError(tr.t('cli.nothingAt', { path: parsed.positionals[0]! }));
    throw error;
  }
  io.stdout.write(parsed.values.json ? safeJson(report) + '\n' : formatText(report, tr));
  return EXIT_OK;
}

export const inspectCommand: Command = {
  name: 'inspect',
  summary: (tr) => tr.t('cli.inspect.summary'),
  help: (tr) => tr.t('cli.inspect.help'),
  run,
};

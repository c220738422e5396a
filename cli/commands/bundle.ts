/**
 * `fieldnotes bundle DIR --out FILE.fieldnotes [--passphrase-file F] [--project NAME]`
 *
 * Packs one project of a sync folder into a bundle: every verified change, compacted, under the original
 * clocks — the same bundle the app exports for a whole project, so importing it next to the folder is safe.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readSyncFolder } from '../../node/sync/readFolder';
import { newDeviceId } from '../../shared/domain/ids';
import { BUNDLE_EXTENSION, createBundle, openBundle } from '../../shared/sync/bundle';
import { inspectChanges } from '../../shared/sync/inspect';
import { cliError, EXIT_OK, type CliIo, type Command } from '../command';
import { writeOutputFiles } from '../support/writeFiles';
import { readPassphrase } from '../support/passphrase';
import { pickProject } from '../support/project';
import { counted } from '../support/words';

export const BUNDLE_HELP = `Usage: fieldnotes bundle DIR --out FILE.${BUNDLE_EXTENSION} [options]

Packs a project of a sync folder into a .${BUNDLE_EXTENSION} bundle that the app imports (Import bundle).
DIR is the sync folder, or one project's folder inside it. Files that have not finished copying are left
out, with a warning; the bundle holds everything else.

Options:
  --out FILE               the bundle to write; required
  --project NAME           which project, when the folder holds several
  --passphrase-file FILE   encrypt with the passphrase on the first line of FILE (AES-256-GCM)
  --accept-future          also pack changes dated more than a day ahead (skipped with a warning otherwise)
  -h, --help               show this help

Exit codes: 0 written, 2 bad input or usage, 1 unexpected error.
`;

export async function run(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        'passphrase-file': { type: 'string' },
        project: { type: 'string' },
        'accept-future': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw cliError(`${(error as Error).message} (see fieldnotes bundle --help)`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(BUNDLE_HELP);
    return EXIT_OK;
  }
  if (positionals.length !== 1)
    throw cliError(`expected one folder: fieldnotes bundle DIR --out FILE.${BUNDLE_EXTENSION}`);
  if (!values.out) throw cliError('missing --out FILE');
  const cwd = io.cwd ?? process.cwd();
  const passphrase = await readPassphrase(values['passphrase-file'], cwd);
  let folder;
  try {
    folder = await readSyncFolder(path.resolve(cwd, positionals[0]!), {
      acceptFuture: values['accept-future'] ?? false,
    });
  } catch (error) {
    throw cliError((error as Error).message);
  }
  const project = pickProject(folder.projects, folder.root, values.project);
  const summary = inspectChanges({ ...project, now: Date.now() });
  const warned = new Set(['not-yet', 'newer-version', 'damaged', 'held-future', 'forged-changes', 'other-project']);
  for (const problem of summary.problems.filter((p) => warned.has(p.kind))) {
    io.stderr.write(`warning: ${problem.text}${problem.path ? ` (${problem.path})` : ''}\n`);
  }
  const bytes = await createBundle({
    changes: project.changes,
    scope: { kind: 'project', projectId: project.projectId, projectName: summary.name, sessions: [] },
    // The CLI is not one of the project's devices; a fresh id marks who packed the bundle.
    createdBy: { deviceId: newDeviceId(), deviceName: 'fieldnotes bundle (command line)' },
    now: new Date().toISOString(),
    ...(passphrase ? { passphrase } : {}),
  });
  // What we made must open before it replaces anything.
  await openBundle(bytes, passphrase);
  await writeOutputFiles([{ path: path.resolve(cwd, values.out), shown: values.out, data: bytes }]);
  const c = summary.counts;
  io.stdout.write(
    `Wrote ${values.out}: “${summary.name}”, ${counted(c.sessions, 'session')}, ${counted(c.notes, 'note')}, ` +
      `${counted(c.themes, 'theme')} from ${counted(summary.devices.length, 'device')}${passphrase ? ', encrypted' : ''}.\n`,
  );
  return EXIT_OK;
}

export const bundleCommand: Command = {
  name: 'bundle',
  summary: 'pack a project of a sync folder into a .fieldnotes bundle',
  help: BUNDLE_HELP,
  run,
};

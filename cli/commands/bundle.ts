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
import { cliError, EXIT_OK, trOf, type CliIo, type Command } from '../command';
import { writeOutputFiles } from '../support/writeFiles';
import { readPassphrase } from '../support/passphrase';
import { pickProject } from '../support/project';
import { describeFolderError } from '../support/folderErrors';

export async function run(argv: string[], io: CliIo): Promise<number> {
  const tr = trOf(io);
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
    throw cliError(tr.t('cli.seeHelp', { message: (error as Error).message, command: 'bundle' }));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(bundleCommand.help!(tr));
    return EXIT_OK;
  }
  if (positionals.length !== 1) throw cliError(tr.t('cli.bundle.oneFolder', { ext: BUNDLE_EXTENSION }));
  if (!values.out) throw cliError(tr.t('cli.missingOut'));
  const cwd = io.cwd ?? process.cwd();
  const passphrase = await readPassphrase(values['passphrase-file'], cwd, tr);
  let folder;
  try {
    folder = await readSyncFolder(path.resolve(cwd, positionals[0]!), {
      acceptFuture: values['accept-future'] ?? false,
    });
  } catch (error) {
    throw cliError(describeFolderError(error, tr));
  }
  const project = pickProject(folder.projects, folder.root, values.project, tr);
  const summary = inspectChanges({ ...project, now: Date.now() });
  const warned = new Set(['not-yet', 'newer-version', 'damaged', 'held-future', 'forged-changes', 'other-project']);
  for (const problem of summary.problems.filter((p) => warned.has(p.kind))) {
    const text = problem.path ? tr.t('cli.withPath', { text: problem.text, path: problem.path }) : problem.text;
    io.stderr.write(tr.t('cli.warning', { text }));
  }
  const bytes = await createBundle({
    changes: project.changes,
    scope: { kind: 'project', projectId: project.projectId, projectName: summary.name, sessions: [] },
    // The CLI is not one of the project's devices; a fresh id marks who packed the bundle.
    createdBy: { deviceId: newDeviceId(), deviceName: tr.t('cli.bundle.deviceName') },
    now: new Date().toISOString(),
    ...(passphrase ? { passphrase } : {}),
  });
  // What we made must open before it replaces anything.
  await openBundle(bytes, passphrase);
  await writeOutputFiles([{ path: path.resolve(cwd, values.out), shown: values.out, data: bytes }], tr);
  const c = summary.counts;
  io.stdout.write(
    tr.t('cli.bundle.wrote', {
      file: values.out,
      name: summary.name,
      sessions: c.sessions,
      notes: c.notes,
      themes: c.themes,
      devices: summary.devices.length,
      encrypted: passphrase ? 'yes' : 'no',
    }),
  );
  return EXIT_OK;
}

export const bundleCommand: Command = {
  name: 'bundle',
  summary: (tr) => tr.t('cli.bundle.summary'),
  help: (tr) => tr.t('cli.bundle.help', { ext: BUNDLE_EXTENSION }),
  run,
};

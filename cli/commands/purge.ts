/**
 * `fieldnotes purge FOLDER --device NAME [--project NAME] [--confirm]`
 *
 * For a device that will never sync again (lost, retired, wiped): rewrites its files in the sync folder without
 * the values erasures removed, keeping every other change it made. Without --confirm it only says what would
 * change. This is the one case where anything but the device itself rewrites a device's files; the rule is in
 * shared/sync/rewriteSegments.ts.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { nodeFolderAccess } from '../../node/sync';
import { readSyncFolder, resolveSyncRoot } from '../../node/sync/readFolder';
import { erasureFilterOf, serializeFilter } from '../../shared/sync/erasure';
import type { DeviceSeen } from '../../shared/sync/folderProtocol';
import { purgeDeviceSegments } from '../../shared/sync/rewriteSegments';
import { cliError, EXIT_OK, type CliIo, type Command } from '../command';
import { pickProject } from '../support/project';
import { plural } from '../../shared/i18n/plural';
import { counted } from '../support/words';

export const PURGE_HELP = `Usage: fieldnotes purge FOLDER --device NAME [--project NAME] [--confirm]

For a device that will never sync again (lost, retired or wiped): rewrites its files in the sync folder
without the words that were erased (a participant withdrew consent, a note was erased), and keeps every other
change it made. A device still in use rewrites its own files at its next sync: do not purge it.

Without --confirm, says what would change and changes nothing.

Options:
  --device NAME     the device, by the name shown in the app (or its 16-character id)
  --project NAME    which project, when the folder holds several
  --confirm         rewrite the files
  -h, --help        show this help

Exit codes: 0 done (or nothing to do), 2 bad input or usage, 1 unexpected error.
`;

function label(device: Pick<DeviceSeen, 'deviceId' | 'name'>): string {
  return `${device.name ? `“${device.name}”` : 'the unnamed device'} [${device.deviceId}]`;
}

function pickDevice(devices: readonly DeviceSeen[], wanted: string): DeviceSeen {
  const key = wanted.trim().toLowerCase();
  const matches = devices.filter((d) => d.deviceId.toLowerCase() === key || d.name.trim().toLowerCase() === key);
  const list =
    devices
      .map(label)
      .sort((a, b) => a.localeCompare(b))
      .join('; ') || 'none';
  if (!matches.length) throw cliError(`no device called “${wanted}” in this project; devices there: ${list}`);
  if (matches.length > 1) {
    throw cliError(
      `${matches.length} devices are called “${wanted}”; name one by its id: ${matches.map(label).join('; ')}`,
    );
  }
  return matches[0]!;
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        device: { type: 'string' },
        project: { type: 'string' },
        confirm: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw cliError(`${(error as Error).message} (see fieldnotes purge --help)`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(PURGE_HELP);
    return EXIT_OK;
  }
  if (positionals.length !== 1) throw cliError('expected one folder: fieldnotes purge FOLDER --device NAME');
  if (!values.device?.trim()) throw cliError('missing --device NAME (the device to purge)');
  const cwd = io.cwd ?? process.cwd();
  let folder;
  try {
    folder = await readSyncFolder(path.resolve(cwd, positionals[0]!), { acceptFuture: true });
  } catch (error) {
    throw cliError((error as Error).message);
  }
  const project = pickProject(folder.projects, folder.root, values.project);
  const device = pickDevice(project.devices, values.device);
  const filter = erasureFilterOf(project.changes);
  const { root } = await resolveSyncRoot(path.resolve(cwd, positionals[0]!));
  const result = await purgeDeviceSegments(nodeFolderAccess(root), {
    projectId: project.projectId,
    deviceId: device.deviceId,
    now: new Date().toISOString(),
    erase: serializeFilter(filter),
    dryRun: !values.confirm,
  });
  const who = label(device);
  if (result.status === 'skipped') throw cliError(`cannot purge ${who}: ${result.reason}. Nothing was changed.`);
  if (result.status === 'clean') {
    io.stdout.write(`${who}: none of its ${counted(result.files, 'file')} holds an erased value; nothing to purge.\n`);
    return EXIT_OK;
  }
  const what =
    `${counted(result.erasedFiles, 'file')} of its ${result.files} ${plural(result.erasedFiles, { one: 'holds', other: 'hold' })} ` +
    `erased values (${counted(result.erased, 'change')})`;
  if (result.status === 'would-purge') {
    io.stdout.write(
      [
        `${who}: ${what}.`,
        `Purging rewrites its files without them and keeps its other ${counted(result.kept, 'change')}.`,
        'Nothing was changed. Purge only a device that will never sync again (lost, retired or wiped): a device',
        'still in use rewrites its own files at its next sync. Run again with --confirm to purge.',
        '',
      ].join('\n'),
    );
    return EXIT_OK;
  }
  io.stdout.write(
    `Purged ${who}: ${counted(result.erased, 'change')} holding erased values removed, ${counted(result.kept, 'change')} kept; ` +
      `${counted(result.retired.length, 'file')} replaced by ${result.written.length}.\n`,
  );
  return EXIT_OK;
}

export const purgeCommand: Command = {
  name: 'purge',
  summary: 'rewrite a retired device’s sync files without erased words',
  help: PURGE_HELP,
  run,
};

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
import type { Translator } from '../../shared/i18n/translate';
import { cliError, EXIT_OK, trOf, type CliIo, type Command } from '../command';
import { pickProject } from '../support/project';
import { describeFolderError } from '../support/folderErrors';
import { wordsText } from '../../shared/i18n/words';

function label(device: Pick<DeviceSeen, 'deviceId' | 'name'>, tr: Translator): string {
  return tr.t('cli.purge.device', { named: device.name ? 'yes' : 'no', name: device.name, id: device.deviceId });
}

function pickDevice(devices: readonly DeviceSeen[], wanted: string, tr: Translator): DeviceSeen {
  const labelOf = (device: DeviceSeen) => label(device, tr);
  const key = wanted.trim().toLowerCase();
  const matches = devices.filter((d) => d.deviceId.toLowerCase() === key || d.name.trim().toLowerCase() === key);
  const list =
    devices
      .map(labelOf)
      .sort((a, b) => a.localeCompare(b))
      .join('; ') || tr.t('cli.none');
  if (!matches.length) throw cliError(tr.t('cli.purge.noDevice', { wanted, list }));
  if (matches.length > 1) {
    throw cliError(
      tr.t('cli.purge.severalDevices', { count: matches.length, wanted, list: matches.map(labelOf).join('; ') }),
    );
  }
  return matches[0]!;
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  const tr = trOf(io);
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
    throw cliError(tr.t('cli.seeHelp', { message: (error as Error).message, command: 'purge' }));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(purgeCommand.help!(tr));
    return EXIT_OK;
  }
  if (positionals.length !== 1) throw cliError(tr.t('cli.purge.oneFolder'));
  if (!values.device?.trim()) throw cliError(tr.t('cli.purge.missingDevice'));
  const cwd = io.cwd ?? process.cwd();
  let folder;
  try {
    folder = await readSyncFolder(path.resolve(cwd, positionals[0]!), { acceptFuture: true });
  } catch (error) {
    throw cliError(describeFolderError(error, tr));
  }
  const project = pickProject(folder.projects, folder.root, values.project, tr);
  const device = pickDevice(project.devices, values.device, tr);
  const filter = erasureFilterOf(project.changes);
  const { root } = await resolveSyncRoot(path.resolve(cwd, positionals[0]!));
  const result = await purgeDeviceSegments(nodeFolderAccess(root), {
    projectId: project.projectId,
    deviceId: device.deviceId,
    now: new Date().toISOString(),
    erase: serializeFilter(filter),
    dryRun: !values.confirm,
  });
  const who = label(device, tr);
  if (result.status === 'skipped')
    throw cliError(tr.t('cli.purge.skipped', { device: who, reason: wordsText(result.reason, tr) }));
  if (result.status === 'clean') {
    io.stdout.write(tr.t('cli.purge.clean', { device: who, files: result.files }));
    return EXIT_OK;
  }
  if (result.status === 'would-purge') {
    io.stdout.write(
      tr.t('cli.purge.would', {
        device: who,
        erasedFiles: result.erasedFiles,
        files: result.files,
        erased: result.erased,
        kept: result.kept,
      }),
    );
    return EXIT_OK;
  }
  io.stdout.write(
    tr.t('cli.purge.done', {
      device: who,
      erased: result.erased,
      kept: result.kept,
      retired: result.retired.length,
      written: result.written.length,
    }),
  );
  return EXIT_OK;
}

export const purgeCommand: Command = {
  name: 'purge',
  summary: (tr) => tr.t('cli.purge.summary'),
  help: (tr) => tr.t('cli.purge.help'),
  run,
};

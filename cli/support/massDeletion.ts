/**
 * The mass-deletion guard for commands that build a project from files (export, import-csv): the app stops and asks
 * before applying changes that would remove more than half of a project, so a command must not quietly apply them
 * either. It stops with exit 2 naming the device, unless the person passed --allow-mass-deletion.
 */
import type { ChangeRecord } from '../../shared/changes/change';
import { massDeletionsByDevice, type DeviceDeletions } from '../../shared/sync/deviceDeletions';
import type { SyncProblem } from '../../shared/sync/problems';
import type { Translator } from '../../shared/i18n/translate';
import { cliError } from '../command';

/** The option's line in a command's help, its description starting at column `width`. */
export function allowMassDeletionHelp(width: number, tr: Translator): string {
  const option = '  --allow-mass-deletion';
  const what = tr.t('cli.massDeletion.help');
  return option.length < width ? `${option.padEnd(width)}${what}` : `${option}\n${' '.repeat(width)}${what}`;
}

function label(deletion: DeviceDeletions, names: ReadonlyMap<string, string>, tr: Translator): string {
  const name = names.get(deletion.deviceId);
  return `${name ? tr.t('cli.quoted', { text: name }) : tr.t('cli.aDevice')} [${deletion.deviceId}]`;
}

/** Stops (exit 2) when a device's changes remove more than half of the project, unless `allow`. */
export function guardMassDeletion(input: {
  projectId: string;
  projectName: string;
  changes: readonly ChangeRecord[];
  deviceNames: ReadonlyMap<string, string>;
  allow: boolean;
  tr: Translator;
}): void {
  if (input.allow) return;
  const [worst] = massDeletionsByDevice(input.projectId, input.projectName, input.changes);
  if (!worst) return;
  const { tr } = input;
  throw cliError(
    tr.t('cli.massDeletion.stopped', {
      device: label(worst, input.deviceNames, tr),
      deleting: worst.deleting,
      live: worst.live,
      project: input.projectName || tr.t('cli.massDeletion.thisProject'),
    }),
  );
}

/** The same finding as problems to list (inspect). */
export function massDeletionProblems(projectId: string, changes: readonly ChangeRecord[]): SyncProblem[] {
  return massDeletionsByDevice(projectId, '', changes).map((d) => ({
    kind: 'mass-deletion',
    deviceId: d.deviceId,
    amount: d.deleting,
    detail: `${d.deleting} of the ${d.live} items`,
  }));
}

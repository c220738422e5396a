/**
 * The mass-deletion guard for commands that build a project from files (export, import-csv): the app stops and asks
 * before applying changes that would remove more than half of a project, so a command must not quietly apply them
 * either. It stops with exit 2 naming the device, unless the person passed --allow-mass-deletion.
 */
import type { ChangeRecord } from '../../shared/changes/change';
import { massDeletionsByDevice, type DeviceDeletions } from '../../shared/sync/deviceDeletions';
import type { SyncProblem } from '../../shared/sync/problems';
import { cliError } from '../command';

/** The option's line in a command's help, its description starting at column `width`. */
export function allowMassDeletionHelp(width: number): string {
  const option = '  --allow-mass-deletion';
  const what = 'go ahead when one device removes more than half of the project (stopped by default)';
  return option.length < width ? `${option.padEnd(width)}${what}` : `${option}\n${' '.repeat(width)}${what}`;
}

function label(deletion: DeviceDeletions, names: ReadonlyMap<string, string>): string {
  const name = names.get(deletion.deviceId);
  return `${name ? `“${name}”` : 'a device'} [${deletion.deviceId}]`;
}

/** Stops (exit 2) when a device's changes remove more than half of the project, unless `allow`. */
export function guardMassDeletion(input: {
  projectId: string;
  projectName: string;
  changes: readonly ChangeRecord[];
  deviceNames: ReadonlyMap<string, string>;
  allow: boolean;
}): void {
  if (input.allow) return;
  const [worst] = massDeletionsByDevice(input.projectId, input.projectName, input.changes);
  if (!worst) return;
  throw cliError(
    `${label(worst, input.deviceNames)} removes ${worst.deleting} of the ${worst.live} items in “${input.projectName || 'this project'}”. ` +
      'The app asks before applying that, so nothing was done. If it was meant, run again with --allow-mass-deletion.',
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

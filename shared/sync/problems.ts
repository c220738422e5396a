/**
 * Everything sync can find wrong, as data, and the words a facilitator reads for each. None of these ever
 * deletes anything: a file that cannot be read yet is waited for; a file that is not ours is left alone.
 */
import { MAX_DRIFT_MS } from '../clock/hlc';
import { plural } from '../i18n/plural';

export type SyncProblemKind =
  /** A segment is truncated, empty, a cloud-only placeholder, damaged or unreadable: read it later. */
  | 'not-yet'
  /** A complete segment (its trailer is there) whose content does not match its checksum: it will not mend. */
  | 'damaged'
  /** A copy a cloud service made when two machines wrote one file: ignored. */
  | 'conflicted-copy'
  /** Written by a newer Fieldnotes (segment schema or folder layout): parked until the app is updated. */
  | 'newer-version'
  /** Changes dated more than a day ahead of this computer: held until a person accepts or rejects them. */
  | 'held-future'
  /** A device's clock is far ahead; we did not follow it. */
  | 'clock-ahead'
  /** Two machines write as one device id (a cloned laptop or copied profile). */
  | 'duplicate-device'
  /** Changes inside a verified segment that fail validation: skipped on every device alike. */
  | 'invalid-changes'
  /** Changes in a device's files signed as another device that has its own folder: refused. */
  | 'forged-changes'
  /** Changes that name a record of another project than the one their file belongs to: refused. */
  | 'other-project'
  /** A change reusing the clock stamp of another change with different content: refused. */
  | 'stamp-conflict'
  /** A segment whose header names another device, project or number than its place: ignored. */
  | 'wrong-place'
  /** One device's changes would remove more than half of the project (guard.ts): the app asks before applying them. */
  | 'mass-deletion'
  /** A symbolic link where a folder or segment belongs: never followed (it could lead anywhere on the disk). */
  | 'link'
  | 'folder-unavailable'
  | 'write-failed'
  | 'compaction-skipped'
  /** A device's files still hold values an erasure removed: left out; the device must rewrite (or be purged). */
  | 'erased-values';

export interface SyncProblem {
  kind: SyncProblemKind;
  deviceId?: string;
  /** Path relative to the sync folder, for support. */
  path?: string;
  /** A short technical reason ("the file ends mid-line"). */
  detail?: string;
  /** A count or duration in ms, depending on the kind. */
  amount?: number;
  /** True when the problem concerns this device itself (its own folder). */
  own?: boolean;
}

export type ProblemSeverity = 'info' | 'warning' | 'error';

export function severityOf(kind: SyncProblemKind): ProblemSeverity {
  switch (kind) {
    case 'not-yet':
    case 'conflicted-copy':
    case 'wrong-place':
    case 'compaction-skipped':
      return 'info';
    case 'folder-unavailable':
    case 'write-failed':
    case 'duplicate-device':
      return 'error';
    default:
      return 'warning';
  }
}

export function describeDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 90) return plural(minutes, { one: '# minute', other: '# minutes' });
  const hours = Math.round(ms / 3_600_000);
  if (hours < 48) return plural(hours, { one: '# hour', other: '# hours' });
  return plural(Math.round(ms / 86_400_000), { one: '# day', other: '# days' });
}

/** One sentence per problem. `who` names a device ("Maria's laptop", or "a device" when unnamed). */
export function describeProblem(problem: SyncProblem, who: (deviceId: string | undefined) => string): string {
  const device = who(problem.deviceId);
  const file = problem.path ? ` (${problem.path.split('/').pop()})` : '';
  switch (problem.kind) {
    case 'not-yet':
      return (problem.amount ?? 1) > 1
        ? `${problem.amount} files from ${device} have not finished copying yet. They will be read on a later sync; nothing is lost.`
        : `A file from ${device} has not finished copying yet${file}. It will be read on a later sync; nothing is lost.`;
    case 'damaged':
      return (
        `A file from ${device} is damaged${file}: it is complete, but its content does not match its checksum, so its changes were not read. ` +
        `Ask the person using ${device} to export the project as a bundle (Sync screen) and import it here; then the damaged file can be deleted from the shared folder.`
      );
    case 'conflicted-copy':
      return (problem.amount ?? 1) > 1
        ? `Your file-sync service made ${problem.amount} duplicate copies of files. Fieldnotes ignores them; you may delete them.`
        : `Your file-sync service made a duplicate copy${file}. Fieldnotes ignores it; you may delete it.`;
    case 'newer-version':
      return `${capitalise(device)} uses a newer version of Fieldnotes. Update the app to see that work; it is kept safe meanwhile.`;
    case 'held-future': {
      const n = problem.amount ?? 1;
      const date = problem.detail ? ` (up to ${problem.detail.slice(0, 10)})` : '';
      return (
        plural(n, {
          one: `# change from ${device} is dated in the future${date}, more than a day ahead of this computer, and is held, not applied. `,
          other: `# changes from ${device} are dated in the future${date}, more than a day ahead of this computer, and are held, not applied. `,
        }) +
        'Accept or reject them on the Sync screen (on the command line: --accept-future). Ask them to correct the date and time on that computer.'
      );
    }
    case 'clock-ahead':
      return (
        `The clock on ${device} is ${describeDuration(problem.amount ?? MAX_DRIFT_MS)} ahead. Its changes are kept, ` +
        'but edits to the same items may not show until then. Ask them to correct the date and time on that computer.'
      );
    case 'duplicate-device':
      return problem.own
        ? 'Another computer is saving as this one (Fieldnotes was probably copied with its data). Both computers’ work is kept. On one of them, export its work as a bundle, remove and reinstall Fieldnotes there, then import the bundle.'
        : `Two computers are saving as ${device} (one was probably copied from the other). Their work is kept, but ask them to reset the sync identity on one of them.`;
    case 'invalid-changes': {
      const first = problem.detail ? ` (first: ${problem.detail})` : '';
      const forms = {
        one: `# change from ${device} could not be used and was skipped${first}.`,
        other: `# changes from ${device} could not be used and were skipped${first}.`,
      };
      return problem.amount === undefined ? forms.other.replace('#', 'Some') : plural(problem.amount, forms);
    }
    case 'forged-changes': {
      const n = problem.amount ?? 1;
      return (
        plural(n, {
          one: `# change in the files of ${device} is signed as another device and was refused`,
          other: `# changes in the files of ${device} are signed as another device and were refused`,
        }) +
        ' (changes signed as another device). A device may only write its own folder; check who else writes to the shared folder.'
      );
    }
    case 'other-project': {
      const n = problem.amount ?? 1;
      return plural(n, {
        one: `# change from ${device} names an item of another project and was refused.`,
        other: `# changes from ${device} name an item of another project and were refused.`,
      });
    }
    case 'stamp-conflict': {
      const n = problem.amount ?? 1;
      return plural(n, {
        one: `# change from ${device} reuses the stamp of a different change and was refused; the change from the device’s own folder is kept.`,
        other: `# changes from ${device} reuse the stamp of a different change and were refused; the change from the device’s own folder is kept.`,
      });
    }
    case 'wrong-place':
      return `A file in the shared folder is not where it belongs and was ignored${file}.`;
    case 'mass-deletion':
      return `${capitalise(device)} removes ${problem.detail ?? (problem.amount === undefined ? 'many items' : plural(problem.amount, { one: '# item', other: '# items' }))} of this project. The app asks before applying that; check with them that it was meant.`;
    case 'link':
      return `A link in the shared folder was not followed${problem.path ? ` (${problem.path})` : ''}: Fieldnotes reads only real folders and files there. If nobody on the team made it, remove it.`;
    case 'folder-unavailable':
      return `The shared folder cannot be reached${problem.detail ? ` (${problem.detail})` : ''}. Check that it is connected. Your work is safe on this computer.`;
    case 'write-failed':
      return `Your latest changes could not be written to the shared folder${problem.detail ? ` (${problem.detail})` : ''}. They are safe on this computer and will be written on the next sync.`;
    case 'compaction-skipped':
      return `Tidying up this computer’s sync files was put off${problem.detail ? ` (${problem.detail})` : ''}. Nothing is lost.`;
    case 'erased-values': {
      const n = problem.amount ?? 1;
      return (
        plural(n, {
          one: `# change in the files of ${device} still holds words that were erased; it is left out. `,
          other: `# changes in the files of ${device} still hold words that were erased; they are left out. `,
        }) +
        `${capitalise(device)} rewrites its files at its next sync; ` +
        'if it will never sync again, purge it (Sync screen, or fieldnotes purge).'
      );
    }
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

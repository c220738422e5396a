/**
 * Everything sync can find wrong, as data, and the words a facilitator reads for each. None of these ever
 * deletes anything: a file that cannot be read yet is waited for; a file that is not ours is left alone.
 */
import { MAX_DRIFT_MS } from '../clock/hlc';
import type { MessageId } from '../i18n/catalogue';
import { dayText } from '../i18n/dayText';
import { translator, type MessageValues, type Translator } from '../i18n/translate';
import { wordsText, type ErrorWords } from '../i18n/words';
import { describeWhy, type FileWriteWhy } from '../files/fileWriteWhy';

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
  /** The reason as a message reference, worded in the reader's language where the problem is shown. */
  reason?: ErrorWords;
  /** Why a file could not be written, when the file system's code explains it (worded where it is shown). */
  why?: FileWriteWhy;
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

export function describeDuration(ms: number, { t }: Translator = translator()): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 90) return t('syncStatus.duration.minutes', { count: minutes });
  const hours = Math.round(ms / 3_600_000);
  if (hours < 48) return t('syncStatus.duration.hours', { count: hours });
  return t('syncStatus.duration.days', { count: Math.round(ms / 86_400_000) });
}

/**
 * A problem's detail when the shared folder itself is gone (unplugged, deleted, moved): a code, worded in the
 * reader's language where the problem is shown, since the side that finds it knows no language.
 */
export const FOLDER_MISSING = 'folder-missing';

/** A short technical detail or a file name, in brackets after a space; nothing when there is none. */
const aside = (text: string | undefined) => (text ? ` (${text})` : '');

/**
 * One sentence per problem, in the translator's language (English unless one is given). `who` names a device
 * ("Maria's laptop"), in the same language, or gives null when nothing names it: then the sentence says "a device"
 * its own way, so French elides "de un appareil" into "d’un appareil".
 */
export function describeProblem(
  problem: SyncProblem,
  who: (deviceId: string | undefined) => string | null,
  tr: Translator = translator(),
): string {
  const named = who(problem.deviceId);
  const unnamed = named === null ? 'yes' : 'no';
  // Every sentence that names a device is told whether it has a name (the others ignore it).
  const t = (id: MessageId, values: MessageValues = {}) => tr.t(id, { unnamed, ...values });
  const device = named ?? tr.t('syncStatus.device.unknown');
  const Device = capitalise(device);
  const file = aside(problem.path?.split('/').pop());
  const count = problem.amount ?? 1;
  switch (problem.kind) {
    case 'not-yet':
      return count > 1
        ? t('syncProblem.notYet.many', { count, device })
        : t('syncProblem.notYet.one', { device, file });
    case 'damaged':
      return t('syncProblem.damaged', { device, file });
    case 'conflicted-copy':
      return count > 1
        ? t('syncProblem.conflictedCopy.many', { count })
        : t('syncProblem.conflictedCopy.one', { file });
    case 'newer-version':
      return t('syncProblem.newerVersion', { Device });
    case 'held-future': {
      const upTo = problem.detail
        ? ` ${t('syncProblem.upTo', { date: dayText(problem.detail.slice(0, 10), tr) })}`
        : '';
      return t('syncProblem.heldFuture', { count, device, upTo });
    }
    case 'clock-ahead':
      return t('syncProblem.clockAhead', { device, duration: describeDuration(problem.amount ?? MAX_DRIFT_MS, tr) });
    case 'duplicate-device':
      return problem.own ? t('syncProblem.duplicate.own') : t('syncProblem.duplicate.other', { device });
    case 'invalid-changes': {
      const detail = problem.reason ? wordsText(problem.reason, tr) : problem.detail;
      const first = detail ? ` ${t('syncProblem.first', { detail })}` : '';
      return problem.amount === undefined
        ? t('syncProblem.invalid.some', { device, first })
        : t('syncProblem.invalid', { count: problem.amount, device, first });
    }
    case 'forged-changes':
      return t('syncProblem.forged', { count, device });
    case 'other-project':
      return t('syncProblem.otherProject', { count, device });
    case 'stamp-conflict':
      return t('syncProblem.stampConflict', { count, device });
    case 'wrong-place':
      return t('syncProblem.wrongPlace', { file });
    case 'mass-deletion': {
      const what =
        problem.detail ??
        (problem.amount === undefined ? t('syncProblem.manyItems') : t('syncProblem.items', { count: problem.amount }));
      return t('syncProblem.massDeletion', { Device, what });
    }
    case 'link':
      return t('syncProblem.link', { path: aside(problem.path) });
    case 'folder-unavailable':
      return t('syncProblem.folderUnavailable', { detail: aside(wordedDetail(problem.detail, tr)) });
    case 'write-failed':
      return t('syncProblem.writeFailed', {
        detail: aside(problem.why ? describeWhy(problem.why, tr) : wordedDetail(problem.detail, tr)),
      });
    case 'compaction-skipped':
      return t('syncProblem.compactionSkipped', {
        detail: aside(problem.reason ? wordsText(problem.reason, tr) : problem.detail),
      });
    case 'erased-values':
      return t('syncProblem.erasedValues', { count, device, Device });
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function wordedDetail(detail: string | undefined, tr: Translator): string | undefined {
  return detail === FOLDER_MISSING ? tr.t('syncProblem.detail.folderMissing') : detail;
}

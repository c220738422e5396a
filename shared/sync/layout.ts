/**
 * Where sync files live and what their names mean (architecture: Sync and bundles).
 *
 *   <folder>/<projectId>/v1/devices/<deviceId>/seg-<seq>-<hash>.ndjson
 *
 * A device writes only its own folder, each segment once. Readers accept only names that match exactly;
 * everything else is classified so it can be ignored quietly (our temp files), ignored and reported
 * (a cloud service's conflicted copy) or waited for (a cloud-only placeholder). Nothing here touches a disk.
 */
import { DEVICE_ID_PATTERN, UUID_PATTERN } from '../domain/ids';

/** The folder-layout version. A reader that finds a higher one parks the project with "update the app". */
export const LAYOUT_VERSION = 1;
export const LAYOUT_DIR = `v${LAYOUT_VERSION}`;
export const DEVICES_DIR = 'devices';

const SEGMENT_NAME = /^seg-(\d{8,12})-([0-9a-f]{16})\.ndjson$/;
const LAYOUT_DIR_NAME = /^v(\d{1,4})$/;
/** Our own half-written files: `.tmp-<name>-<random>`; never read, removed by the writer on failure. */
export const TEMP_PREFIX = '.tmp-';

export function segmentName(seq: number, sha256Hex: string): string {
  return `${ownSeqPrefix(seq)}${sha256Hex.slice(0, 16)}.ndjson`;
}

/**
 * The part of a segment name fixed by its number alone. A device lists it among the names it wrote while
 * a snapshot with that number is being made, since the snapshot's full name depends on its content.
 */
export function ownSeqPrefix(seq: number): string {
  return `seg-${String(seq).padStart(8, '0')}-`;
}

export function parseSegmentName(name: string): { seq: number; hash: string } | null {
  const match = SEGMENT_NAME.exec(name);
  return match ? { seq: Number(match[1]), hash: match[2]! } : null;
}

export function deviceDirPath(projectId: string, deviceId: string): string[] {
  return [projectId, LAYOUT_DIR, DEVICES_DIR, deviceId];
}

export function isProjectDirName(name: string): boolean {
  return UUID_PATTERN.test(name);
}

export function isDeviceDirName(name: string): boolean {
  return DEVICE_ID_PATTERN.test(name);
}

/** The layout version a `v<n>` directory stands for, or null for anything else. */
export function layoutVersionOf(name: string): number | null {
  const match = LAYOUT_DIR_NAME.exec(name);
  return match ? Number(match[1]) : null;
}

export type EntryKind = 'segment' | 'conflicted-copy' | 'placeholder' | 'temp' | 'other';

/**
 * Conflicted copies, as the services name them when two machines wrote the same file:
 * Dropbox, Google Drive and Nextcloud add ` (1)` or ` (… conflicted copy …)`; OneDrive appends `-PCNAME`;
 * Syncthing inserts `.sync-conflict-<date>-<time>-<device>`. Our names never contain a space, a bracket or
 * a second dash-word after the hash, so anything close to a segment name that does is a copy.
 */
const CONFLICT_MARKERS = [/\s\(\d+\)/, /\(.*conflict.*\)/i, /\.sync-conflict-/i, /conflicted copy/i];
const ONEDRIVE_COPY = /^seg-\d+-[0-9a-f]+-[^.]+\.ndjson$/i;
/** iCloud keeps a cloud-only file as a hidden stub: `.seg-….ndjson.icloud`. */
const ICLOUD_STUB = /^\..+\.icloud$/;

export function classifyEntryName(name: string): EntryKind {
  if (SEGMENT_NAME.test(name)) return 'segment';
  if (name.startsWith(TEMP_PREFIX)) return 'temp';
  if (ICLOUD_STUB.test(name)) return 'placeholder';
  if (/^seg-/i.test(name) && (CONFLICT_MARKERS.some((m) => m.test(name)) || ONEDRIVE_COPY.test(name))) {
    return 'conflicted-copy';
  }
  return 'other';
}

/** Directory names a cloud service made as a conflicted copy of one of ours (`ABCD… (1)`, `v1-PCNAME`). */
export function isConflictedDirName(name: string): boolean {
  return CONFLICT_MARKERS.some((m) => m.test(name)) || /^(v\d+|[0-9A-F]{16})-[^.]+$/.test(name);
}

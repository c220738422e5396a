/**
 * Scanning, writing and compacting one project's part of a sync folder, over any FolderAccess.
 *
 * Scan contract (architecture: Sync and bundles): only names that match the segment pattern are read, and only those not in the
 * read index; each is verified (count, hash, hash-in-name, header matches its place). Anything that fails is
 * "not yet" and left out of the index, so it is tried again next time; nothing is ever taken as a deletion.
 * Conflicted copies are ignored and reported; a newer major version is parked; one device id writing the
 * same sequence number twice, or segments in our own folder we did not write, is reported as two machines
 * sharing an identity. A scan of a folder with nothing new lists directories and reads no file.
 */
import type { ChangeRecord } from '../changes/change';
import { plural } from '../i18n/plural';
import { parseSegment } from './segment';
import type { FolderAccess, FolderEntry } from './folderAccess';
import { mapLimit } from './folderAccess';
import { compactOwnSegments, purgeDeviceSegments } from './rewriteSegments';
import type {
  DeviceSeen,
  ReadIndex,
  ReadSegment,
  ScanRequest,
  ScanResult,
  SyncFolderPort,
  WriteRequest,
  WriteResult,
} from './folderProtocol';
import {
  classifyEntryName,
  DEVICES_DIR,
  deviceDirPath,
  isConflictedDirName,
  isDeviceDirName,
  LAYOUT_DIR,
  LAYOUT_VERSION,
  layoutVersionOf,
  ownSeqPrefix,
  parseSegmentName,
} from './layout';
import { describeError, fileErrorValue } from './describeError';
import { whyOfFailure } from '../files/fileWriteWhy';
import { FOLDER_MISSING, type SyncProblem } from './problems';
import { translator } from '../i18n/translate';
import { wordsText, type ErrorValue, type ErrorWords } from '../i18n/words';

const READ_CONCURRENCY = 8;

interface Candidate {
  deviceId: string;
  name: string;
  seq: number;
  hash: string;
  path: string;
}

export async function scanProjectFolder(access: FolderAccess, request: ScanRequest): Promise<ScanResult> {
  const { projectId, ownDeviceId } = request;
  const problems: SyncProblem[] = [];
  const result: ScanResult = { segments: [], index: {}, devices: {}, problems, ownMaxSeq: 0, listed: 0 };
  // A missing root is a disconnected drive or an unmounted share: say so (the caller's work stays local).
  const rootEntries = await access.list([]);
  if (rootEntries === null) {
    problems.push({ kind: 'folder-unavailable', detail: FOLDER_MISSING });
    return result;
  }
  // Links are never followed, at any level; each one where our layout has a folder or file is reported.
  const reportLinks = (entries: readonly FolderEntry[] | null, at: readonly string[], deviceId?: string) => {
    for (const entry of entries ?? []) {
      if (entry.kind !== 'link') continue;
      problems.push({ kind: 'link', path: [...at, entry.name].join('/'), ...(deviceId ? { deviceId } : {}) });
    }
  };
  reportLinks(
    rootEntries.filter((entry) => entry.name === projectId),
    [],
  );
  const projectEntries = (await access.list([projectId])) ?? [];
  reportLinks(projectEntries, [projectId]);
  if (projectEntries.some((entry) => entry.name === LAYOUT_DIR && entry.kind === 'directory')) {
    reportLinks(await access.list([projectId, LAYOUT_DIR]), [projectId, LAYOUT_DIR]);
  }
  for (const entry of projectEntries) {
    const version = layoutVersionOf(entry.name);
    if (version !== null && version > LAYOUT_VERSION) {
      problems.push({ kind: 'newer-version', path: `${projectId}/${entry.name}`, detail: `folder layout v${version}` });
    } else if (entry.kind === 'directory' && entry.name !== LAYOUT_DIR && isConflictedDirName(entry.name)) {
      problems.push({ kind: 'conflicted-copy', path: `${projectId}/${entry.name}` });
    }
  }
  const deviceDirs = (await access.list([projectId, LAYOUT_DIR, DEVICES_DIR])) ?? [];
  const ownWritten = new Set(request.ownWritten);
  const toRead: Candidate[] = [];
  const devices: Record<string, DeviceSeen> = {};

  const listings = await mapLimit(deviceDirs, READ_CONCURRENCY, async (dir): Promise<[FolderEntry, FolderEntry[]]> => [
    dir,
    dir.kind === 'directory' && isDeviceDirName(dir.name)
      ? ((await access.list(deviceDirPath(projectId, dir.name))) ?? [])
      : [],
  ]);
  reportLinks(deviceDirs, [projectId, LAYOUT_DIR, DEVICES_DIR]);
  for (const [dir, files] of listings) {
    if (dir.kind !== 'directory') continue;
    if (!isDeviceDirName(dir.name)) {
      if (isConflictedDirName(dir.name)) problems.push({ kind: 'conflicted-copy', path: `${projectId}/${dir.name}` });
      continue;
    }
    const deviceId = dir.name;
    const own = deviceId === ownDeviceId;
    const known = request.devices[deviceId];
    const device: DeviceSeen = known
      ? { ...known, segments: 0 }
      : { deviceId, name: '', lastSeq: 0, lastWriteAt: null, segments: 0 };
    const seqs = new Map<number, string>();
    let foreignInOwn = 0;
    reportLinks(files, deviceDirPath(projectId, deviceId), deviceId);
    for (const file of files) {
      if (file.kind !== 'file') continue;
      const path = `${deviceId}/${file.name}`;
      const kind = classifyEntryName(file.name);
      if (kind === 'conflicted-copy') problems.push({ kind: 'conflicted-copy', deviceId, path, own });
      if (kind === 'placeholder')
        problems.push({ kind: 'not-yet', deviceId, path, ...fileReason({ what: 'cloudOnly' }) });
      const parsed = kind === 'segment' ? parseSegmentName(file.name) : null;
      if (!parsed) continue;
      result.listed++;
      device.segments++;
      if (own) result.ownMaxSeq = Math.max(result.ownMaxSeq, parsed.seq);
      if (own && !ownWritten.has(file.name) && !ownWritten.has(ownSeqPrefix(parsed.seq))) foreignInOwn++;
      const sameSeq = seqs.get(parsed.seq);
      if (sameSeq !== undefined && sameSeq !== file.name && !own) {
        problems.push({ kind: 'duplicate-device', deviceId, path, detail: `two files numbered ${parsed.seq}` });
      }
      seqs.set(parsed.seq, file.name);
      const indexed = request.index[path];
      if (indexed) result.index[path] = indexed;
      else toRead.push({ deviceId, name: file.name, seq: parsed.seq, hash: parsed.hash, path });
    }
    if (foreignInOwn) {
      problems.push({
        kind: 'duplicate-device',
        deviceId,
        own: true,
        amount: foreignInOwn,
        detail: plural(foreignInOwn, {
          one: '# file this computer did not write',
          other: '# files this computer did not write',
        }),
      });
    }
    devices[deviceId] = device;
  }
  const reads = await mapLimit(toRead, READ_CONCURRENCY, (candidate) => readCandidate(access, projectId, candidate));
  const withFolder = new Set(Object.keys(devices));
  for (const read of reads) {
    if ('problem' in read) {
      problems.push(read.problem);
      continue;
    }
    const { size, invalid } = read;
    const { segment, forged, refused } = keepSignedByFolder(read.segment, withFolder);
    if (forged) {
      problems.push({ kind: 'forged-changes', deviceId: segment.deviceId, path: segment.path, amount: forged });
      (result.refused ??= []).push({ path: segment.path, changes: refused });
    }
    if (invalid) {
      const reason = read.invalidReason ? { reason: read.invalidReason } : {};
      problems.push({
        kind: 'invalid-changes',
        deviceId: segment.deviceId,
        path: segment.path,
        amount: invalid,
        ...reason,
      });
    }
    result.segments.push(segment);
    result.index[segment.path] = { size, count: segment.changes.length };
    const device = devices[segment.deviceId]!;
    if (segment.header.deviceName) device.name = segment.header.deviceName;
    if (segment.header.seq >= device.lastSeq) {
      device.lastSeq = segment.header.seq;
      if (!device.lastWriteAt || segment.header.createdAt > device.lastWriteAt)
        device.lastWriteAt = segment.header.createdAt;
    }
  }
  // Index entries of files no longer present (retired by compaction) are not carried over, so the index stays small.
  result.devices = devices;
  return result;
}

/**
 * A device's folder is its identity: a change signed by a device that has a folder of its own here must come from
 * that folder. Anything else is a forgery (or a copy made by mistake) and is refused, so it can neither replace a
 * record's values nor, by reusing a real stamp, make the genuine change look like one already seen. A device with
 * no folder here is known only through bundles someone imported; the importing device relays its changes.
 */
export function keepSignedByFolder(
  segment: ReadSegment,
  devicesWithFolder: ReadonlySet<string>,
): { segment: ReadSegment; forged: number; refused: ChangeRecord[] } {
  const kept: ChangeRecord[] = [];
  const refused: ChangeRecord[] = [];
  for (const change of segment.changes) {
    if (change.deviceId === segment.deviceId || !devicesWithFolder.has(change.deviceId)) kept.push(change);
    else refused.push(change);
  }
  const forged = refused.length;
  return { segment: forged ? { ...segment, changes: kept } : segment, forged, refused };
}

/**
 * Why a file was passed over, as a reference worded in the reader's language where it is shown, and in English
 * as the detail kept for logs.
 */
function fileReason(values: { what: string } & Record<string, ErrorValue>): { detail: string; reason: ErrorWords } {
  const reason: ErrorWords = { id: 'syncFiles.segment', values };
  return { detail: wordsText(reason, translator('en')), reason };
}

type CandidateRead =
  | { segment: ReadSegment; size: number; invalid: number; invalidReason?: ErrorWords | undefined }
  | { problem: SyncProblem };

async function readCandidate(access: FolderAccess, projectId: string, candidate: Candidate): Promise<CandidateRead> {
  const { deviceId, path } = candidate;
  let bytes: Uint8Array;
  try {
    bytes = await access.read([projectId, LAYOUT_DIR, DEVICES_DIR, deviceId, candidate.name]);
  } catch (error) {
    const reason = fileReason({ what: 'unreadable', detail: fileErrorValue(error) });
    return { problem: { kind: 'not-yet', deviceId, path, ...reason } };
  }
  const parsed = await parseSegment(bytes, candidate.hash);
  if (!parsed.ok) {
    // A complete file that fails its checksum is damaged, not still copying: it will not mend by waiting.
    const kind =
      parsed.fault === 'newer-version' ? 'newer-version' : parsed.fault === 'damaged' ? 'damaged' : 'not-yet';
    return { problem: { kind, deviceId, path, detail: parsed.detail, reason: parsed.words } };
  }
  const { header } = parsed;
  if (header.deviceId !== deviceId || header.projectId !== projectId || header.seq !== candidate.seq) {
    return { problem: { kind: 'wrong-place', deviceId, path, ...fileReason({ what: 'elsewhere' }) } };
  }
  // Invalid lines in a verified file do not hold back the rest: they are skipped the same way on every device.
  return {
    segment: { path, deviceId, header, changes: parsed.changes },
    size: bytes.length,
    invalid: parsed.invalid,
    invalidReason: parsed.invalidReason,
  };
}

export async function writeProjectSegments(access: FolderAccess, request: WriteRequest): Promise<WriteResult> {
  const written: string[] = [];
  if (request.segments.length && (await access.list([])) === null) return { written, error: FOLDER_MISSING };
  for (const segment of request.segments) {
    try {
      await access.writeAtomic([...deviceDirPath(request.projectId, request.deviceId), segment.name], segment.bytes);
      written.push(segment.name);
    } catch (error) {
      const why = whyOfFailure(error);
      return { written, error: describeError(error), ...(why ? { why } : {}) };
    }
  }
  return { written };
}

/** The port over one folder: the same object serves Electron's main process and the browser. */
export function createFolderSync(access: FolderAccess): SyncFolderPort {
  return {
    scan: (request) => scanProjectFolder(access, request),
    write: (request) => writeProjectSegments(access, request),
    compact: (request) => compactOwnSegments(access, request),
    purge: (request) => purgeDeviceSegments(access, request),
  };
}

export type { ReadIndex };
export { compactOwnSegments, purgeDeviceSegments };

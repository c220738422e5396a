/**
 * Rewriting one device's files in the sync folder: compaction of a device's own history, the rewrite that drops
 * erased values from it, and the purge of a retired device's files.
 *
 * Who may rewrite a device's files (the rule every caller here follows):
 * - a device rewrites only its own folder — when it compacts, and after every erasure it learns of, before its
 *   next sync completes, so its old files stop holding erased words;
 * - nobody rewrites another device's folder, except a person who purges a device that will never sync again
 *   (lost, retired, wiped), by an explicit request (the Sync screen's "Purge" or `fieldnotes purge --confirm`).
 *   A device still in use must not be purged: it would report files it did not write (two machines, one id).
 *
 * Every file of the device is read and verified first; if one cannot be read, nothing is rewritten (a rewrite
 * must never lose a change it did not mean to drop). New files are written (atomically) before old ones are
 * removed, so a crash in between leaves duplicates, which merging ignores, never a gap.
 */
import type { ChangeRecord } from '../changes/change';
import { chunkChanges } from './chunk';
import { compactChanges } from './compact';
import { fileErrorValue } from './describeError';
import { deserializeFilter, filterErased, holdsErasedValue, type ErasureFilter } from './erasure';
import type { FolderAccess } from './folderAccess';
import type { CompactRequest, CompactResult, PurgeRequest, PurgeResult } from './folderProtocol';
import { classifyEntryName, deviceDirPath, parseSegmentName } from './layout';
import { byHlc } from './merge';
import { encodeSegment, parseSegment, type EncodedSegment, type SegmentHeader } from './segment';
import type { ErrorValue, ErrorWords } from '../i18n/words';

/** Why a device's files were left as they are, worded where it is shown (architecture: Languages). */
const skipped = (values: Record<string, ErrorValue> & { what: string }): ErrorWords => ({
  id: 'syncFiles.skipped',
  values,
});

interface DeviceFile {
  name: string;
  header: SegmentHeader;
  changes: ChangeRecord[];
}

interface DeviceFiles {
  segments: (DeviceFile & { seq: number })[];
  /** A file-sync service's copies of this device's segments: read so nothing in them is lost, then removed. */
  copies: DeviceFile[];
  /** This device's own half-written temp files, left by a crash: they may hold anything, so they go. */
  temps: string[];
}

async function readDeviceFiles(
  access: FolderAccess,
  projectId: string,
  deviceId: string,
): Promise<DeviceFiles | { reason: ErrorWords }> {
  const dir = deviceDirPath(projectId, deviceId);
  const out: DeviceFiles = { segments: [], copies: [], temps: [] };
  for (const entry of (await access.list(dir)) ?? []) {
    if (entry.kind !== 'file') continue;
    const kind = classifyEntryName(entry.name);
    if (kind === 'temp') out.temps.push(entry.name);
    if (kind !== 'segment' && kind !== 'conflicted-copy') continue;
    const named = kind === 'segment' ? parseSegmentName(entry.name) : null;
    let bytes: Uint8Array;
    try {
      bytes = await access.read([...dir, entry.name]);
    } catch (error) {
      if (kind === 'conflicted-copy') continue;
      return { reason: skipped({ what: 'unreadable', name: entry.name, detail: fileErrorValue(error) }) };
    }
    const parsed = await parseSegment(bytes, named?.hash);
    const ours = parsed.ok && parsed.header.deviceId === deviceId && parsed.header.projectId === projectId;
    if (named) {
      if (!parsed.ok)
        return { reason: { id: 'syncFiles.inFile', values: { name: entry.name, problem: parsed.words } } };
      if (!ours || parsed.header.seq !== named.seq) return { reason: skipped({ what: 'elsewhere', name: entry.name }) };
      out.segments.push({ name: entry.name, seq: named.seq, header: parsed.header, changes: parsed.changes });
    } else if (parsed.ok && ours) {
      // A copy we cannot read is left alone: it may be a cloud service's half-made copy of someone else's file.
      out.copies.push({ name: entry.name, header: parsed.header, changes: parsed.changes });
    }
  }
  out.segments.sort((a, b) => a.seq - b.seq);
  return out;
}

function allChanges(files: DeviceFiles): ChangeRecord[] {
  return [...files.segments, ...files.copies].flatMap((file) => file.changes);
}

async function removeAll(access: FolderAccess, dir: string[], names: readonly string[]): Promise<string[]> {
  const removed: string[] = [];
  for (const name of names) {
    try {
      await access.remove([...dir, name]);
      removed.push(name);
    } catch {
      // A file we could not remove is harmless to merging (its changes are in the new file too); the next
      // rewrite tries again, and until then the Sync screen keeps listing the device.
    }
  }
  return removed;
}

/**
 * Fold this device's own segments into one snapshot segment and retire them, leaving out erased values. With
 * `onlyIfErased`, do it only when some own file holds an erased value (the check after an erasure).
 */
export async function compactOwnSegments(access: FolderAccess, input: CompactRequest): Promise<CompactResult> {
  const request = { minSegments: 2, onlyIfErased: false, ...input };
  const dir = deviceDirPath(request.projectId, request.deviceId);
  const files = await readDeviceFiles(access, request.projectId, request.deviceId);
  if ('reason' in files) return { status: 'skipped', reason: files.reason };
  const { kept, erased } = filterErased(allChanges(files), deserializeFilter(request.erase));
  if (request.onlyIfErased && !erased) {
    return { status: 'skipped', reason: skipped({ what: 'noErasedValue' }), clean: true };
  }
  if (!erased && files.segments.length < request.minSegments)
    return { status: 'skipped', reason: skipped({ what: 'nothingToTidy' }) };
  const fromSeq = files.segments[0]?.seq ?? request.seq;
  const toSeq = files.segments.at(-1)?.seq ?? 0;
  if (request.seq <= toSeq) return { status: 'skipped', reason: skipped({ what: 'reservedNotAbove' }) };
  const snapshot = await encodeSegment(
    {
      deviceId: request.deviceId,
      deviceName: request.deviceName,
      projectId: request.projectId,
      seq: request.seq,
      kind: 'snapshot',
      createdAt: request.now,
      covers: { fromSeq, toSeq },
    },
    compactChanges(kept),
  );
  await access.writeAtomic([...dir, snapshot.name], snapshot.bytes);
  const retired = await removeAll(access, dir, [
    ...files.segments.map((f) => f.name),
    ...files.copies.map((f) => f.name),
    ...files.temps,
  ]);
  return { status: 'compacted', written: snapshot.name, retired, changes: snapshot.count, erased };
}

function countErasedFiles(files: DeviceFiles, filter: ErasureFilter): number {
  return [...files.segments, ...files.copies].filter((file) => file.changes.some((c) => holdsErasedValue(c, filter)))
    .length;
}

/**
 * Rewrite a retired device's files without the erased values, keeping every other change exactly as it was
 * (same clock, same device), under new sequence numbers above its last one. See the rule at the top of this file.
 */
export async function purgeDeviceSegments(access: FolderAccess, request: PurgeRequest): Promise<PurgeResult> {
  const dir = deviceDirPath(request.projectId, request.deviceId);
  const files = await readDeviceFiles(access, request.projectId, request.deviceId);
  if ('reason' in files) return { status: 'skipped', reason: files.reason };
  const { kept, erased, filter } = filterErased(allChanges(files), deserializeFilter(request.erase));
  if (!erased) return { status: 'clean', files: files.segments.length };
  const newest = files.segments.at(-1) ?? files.copies[0]!;
  const deviceName = newest.header.deviceName;
  const lastSeq = files.segments.at(-1)?.seq ?? 0;
  const oldNames = [...files.segments.map((f) => f.name), ...files.copies.map((f) => f.name), ...files.temps];
  const summary = {
    deviceName,
    files: files.segments.length,
    erasedFiles: countErasedFiles(files, filter),
    erased,
    kept: kept.length,
  };
  if (request.dryRun) return { status: 'would-purge', ...summary, written: [], retired: oldNames };
  const covers = { fromSeq: files.segments[0]?.seq ?? lastSeq, toSeq: lastSeq };
  const rewritten: EncodedSegment[] = [];
  for (const [index, part] of chunkChanges([...kept].sort(byHlc)).entries()) {
    rewritten.push(
      await encodeSegment(
        {
          deviceId: request.deviceId,
          deviceName,
          projectId: request.projectId,
          seq: lastSeq + 1 + index,
          kind: 'purged',
          createdAt: request.now,
          covers,
        },
        part,
      ),
    );
  }
  for (const segment of rewritten) await access.writeAtomic([...dir, segment.name], segment.bytes);
  const retired = await removeAll(access, dir, oldNames);
  return { status: 'purged', ...summary, written: rewritten.map((s) => s.name), retired };
}

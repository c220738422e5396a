/**
 * Reading a whole sync folder without a database, for the CLI (`inspect`, `bundle`, `import-csv`): every
 * project in it, every device's verified changes, and every problem found. Read-only: nothing is written,
 * renamed or removed, whatever state the folder is in.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { ChangeRecord } from '../../shared/changes/change';
import type { DeviceSeen } from '../../shared/sync/folderProtocol';
import { holdFuture } from '../../shared/sync/clockCheck';
import { scanProjectFolder } from '../../shared/sync/folderSync';
import { isProjectDirName, LAYOUT_DIR } from '../../shared/sync/layout';
import type { SyncProblem } from '../../shared/sync/problems';
import { nodeFolderAccess } from './nodeFolder';
import { translator, type Translator } from '../../shared/i18n/translate';

/** A device made by importing a file, and the file's hash, from its segments' headers. */
export interface FolderImport {
  deviceId: string;
  deviceName: string;
  sha256: string;
  createdAt: string;
}

export interface FolderProject {
  projectId: string;
  changes: ChangeRecord[];
  /** Changes dated more than a day ahead, left out (see holdFuture); empty with `acceptFuture`. */
  held: ChangeRecord[];
  imports: FolderImport[];
  devices: DeviceSeen[];
  problems: SyncProblem[];
  segments: number;
}

export interface FolderContents {
  root: string;
  projects: FolderProject[];
  /** Problems of the folder itself, outside any project (a project folder that is a link, not followed). */
  problems: SyncProblem[];
}

/** Accepts the sync folder itself or one project's folder inside it. */
export async function resolveSyncRoot(dir: string): Promise<{ root: string; only?: string }> {
  const resolved = path.resolve(dir);
  const base = path.basename(resolved);
  if (isProjectDirName(base)) {
    const layout = await stat(path.join(resolved, LAYOUT_DIR)).catch(() => null);
    if (layout?.isDirectory()) return { root: path.dirname(resolved), only: base };
  }
  return { root: resolved };
}

export interface ReadFolderOptions {
  /** Take changes dated more than a day ahead too (by default they are held and reported). */
  acceptFuture?: boolean;
  now?: number;
}

/** The folder given is not there (or is a file): `message` is English, `describe` words it in a person's language. */
export class SyncFolderMissingError extends Error {
  constructor(readonly root: string) {
    super(translator().t('files.noSyncFolder', { path: root }));
    this.name = 'SyncFolderMissingError';
  }

  describe(tr: Translator = translator()): string {
    return tr.t('files.noSyncFolder', { path: this.root });
  }
}

export async function readSyncFolder(dir: string, options: ReadFolderOptions = {}): Promise<FolderContents> {
  const { root, only } = await resolveSyncRoot(dir);
  const access = nodeFolderAccess(root);
  const entries = await access.list([]);
  if (entries === null) throw new SyncFolderMissingError(root);
  const ids = entries
    .filter((e) => e.kind === 'directory' && isProjectDirName(e.name) && (!only || e.name === only))
    .map((e) => e.name);
  const problems: SyncProblem[] = entries
    .filter((e) => e.kind === 'link' && isProjectDirName(e.name) && (!only || e.name === only))
    .map((e) => ({ kind: 'link', path: e.name }));
  const projects: FolderProject[] = [];
  for (const projectId of ids.sort()) {
    // No own device and an empty index: read everything, as a newcomer would.
    const scan = await scanProjectFolder(access, {
      projectId,
      ownDeviceId: '',
      ownWritten: [],
      index: {},
      devices: {},
    });
    const imports = new Map<string, FolderImport>();
    for (const { header } of scan.segments) {
      if (!header.importedFrom || imports.has(header.deviceId)) continue;
      const { deviceId, deviceName, createdAt } = header;
      imports.set(deviceId, { deviceId, deviceName, createdAt, sha256: header.importedFrom.sha256 });
    }
    const all = scan.segments.flatMap((segment) => segment.changes);
    const split = options.acceptFuture
      ? { accepted: all, held: [], problems: [] }
      : holdFuture(all, options.now ?? Date.now());
    projects.push({
      projectId,
      changes: split.accepted,
      held: split.held,
      imports: [...imports.values()],
      devices: Object.values(scan.devices),
      problems: [...scan.problems, ...split.problems],
      segments: scan.segments.length,
    });
  }
  return { root, projects, problems };
}

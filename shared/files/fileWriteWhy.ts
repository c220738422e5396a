/**
 * Why a file could not be written, as data (architecture: Files on disk): node/ finds it, and whoever shows it words
 * it in their own language, the CLI with its --lang, the app in its language after the reason crossed IPC.
 */
import { translator, type Translator } from '../i18n/translate';

/** What a target that is not an ordinary file is instead. */
export type NotAFileKind = 'folder' | 'pipe' | 'device' | 'socket' | 'other';

/** The reason in detail: several reasons share a problem ("its folder does not exist", "part of its path is a file"). */
export type FileWriteWhy =
  | { kind: 'no-folder' | 'path-has-file' | 'is-folder' | 'permission' | 'disk-full' | 'quota' | 'read-only' }
  | { kind: 'name-too-long' | 'link-loop' | 'disk-error' | 'link-refused' | 'folder-not-folder' | 'parent-is-file' }
  | { kind: 'not-ordinary'; what: NotAFileKind }
  | { kind: 'names-taken'; count: number };

/** The reason in the translator's language (English when none is given). */
export function describeWhy(why: FileWriteWhy, { t }: Translator = translator()): string {
  switch (why.kind) {
    case 'no-folder':
      return t('files.reason.noFolder');
    case 'path-has-file':
      return t('files.reason.pathHasFile');
    case 'is-folder':
      return t('files.reason.isFolder');
    case 'permission':
      return t('files.reason.permission');
    case 'disk-full':
      return t('files.reason.diskFull');
    case 'quota':
      return t('files.reason.quota');
    case 'read-only':
      return t('files.reason.readOnly');
    case 'name-too-long':
      return t('files.reason.nameTooLong');
    case 'link-loop':
      return t('files.reason.linkLoop');
    case 'disk-error':
      return t('files.reason.diskError');
    case 'link-refused':
      return t('files.reason.linkRefused');
    case 'folder-not-folder':
      return t('files.reason.folderNotFolder');
    case 'parent-is-file':
      return t('files.reason.parentIsFile');
    case 'not-ordinary':
      return t('files.reason.notOrdinary', { what: why.what });
    case 'names-taken':
      return t('files.reason.namesTaken', { count: why.count });
  }
}

/**
 * Why a file-system call failed, from its code (Node's `code`, or a browser's DOMException `name`), where the code
 * says the same whatever the call was, a read or a write; undefined for any other failure, shown as it came.
 */
export function whyOfFailure(error: unknown): FileWriteWhy | undefined {
  const failure = error as { code?: unknown; name?: unknown } | null;
  const code = typeof failure?.code === 'string' ? failure.code : typeof failure?.name === 'string' ? failure.name : '';
  const kind = FAILURE_KINDS[code];
  return kind ? { kind } : undefined;
}

const FAILURE_KINDS: Record<
  string,
  'permission' | 'disk-full' | 'quota' | 'read-only' | 'name-too-long' | 'link-loop' | 'disk-error' | 'link-refused'
> = {
  EACCES: 'permission',
  EPERM: 'permission',
  NotAllowedError: 'permission',
  SecurityError: 'permission',
  ENOSPC: 'disk-full',
  QuotaExceededError: 'disk-full',
  EDQUOT: 'quota',
  EROFS: 'read-only',
  ENAMETOOLONG: 'name-too-long',
  ELOOP: 'link-loop',
  // The shared folder's own code for a path that runs through a link, which it never follows (node/sync/nodeFolder.ts).
  ELINK: 'link-refused',
  EIO: 'disk-error',
};

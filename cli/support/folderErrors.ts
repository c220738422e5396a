/**
 * Why a sync folder could not be read, for the commands that read one (bundle, import-csv, purge): a missing
 * folder in the command's language; anything else in a sentence of that language, its own text as the detail. Apart from fileErrors.ts, which dispatch
 * loads for every command, so that commands without a sync folder do not load the folder reader.
 */
import { SyncFolderMissingError } from '../../node/sync/readFolder';
import type { Translator } from '../../shared/i18n/translate';

export function describeFolderError(error: unknown, tr: Translator): string {
  if (error instanceof SyncFolderMissingError) return error.describe(tr);
  const detail = error instanceof Error ? error.message : String(error);
  return tr.t('cli.folderUnreadable', { detail });
}

/** The passphrase of an encrypted bundle, read from the first line of a file (never from the command line). */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Translator } from '../../shared/i18n/translate';
import { cliError } from '../command';

export async function readPassphrase(
  file: string | undefined,
  cwd: string,
  tr: Translator,
): Promise<string | undefined> {
  if (file === undefined) return undefined;
  let text: string;
  try {
    text = await readFile(path.resolve(cwd, file), 'utf8');
  } catch {
    throw cliError(tr.t('cli.passphrase.unreadable', { file }));
  }
  const passphrase = text.replace(/\r?\n$/, '');
  if (!passphrase) throw cliError(tr.t('cli.passphrase.empty', { file }));
  return passphrase;
}

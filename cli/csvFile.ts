/**
 * Reading a CSV file for a command (`cluster`, later `import-csv`): the bytes from disk, the table from
 * shared/csv, and every failure as a one-line usage error naming the file and, where there is one, the line.
 */
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import {
  describeProblem,
  ENCODING_NAMES,
  parseEncodingName,
  readCsv,
  type CsvEncoding,
  type CsvTable,
} from '../shared/csv';
import type { Translator } from '../shared/i18n/translate';
import { cliError } from './command';

export interface CsvFile {
  table: CsvTable;
  encoding: CsvEncoding;
  encodingDetected: boolean;
}

export function encodingName(encoding: CsvEncoding): string {
  return ENCODING_NAMES[encoding];
}

/** `--encoding` value → encoding, or a usage error listing what is accepted. */
export function encodingOption(value: string | undefined, tr: Translator): CsvEncoding | undefined {
  if (value === undefined) return undefined;
  const encoding = parseEncodingName(value);
  if (!encoding) throw cliError(tr.t('cli.csv.unknownEncoding', { value }));
  return encoding;
}

/** An input file that cannot be read, as the usage error that says why. */
export function readError(file: string, error: unknown, tr: Translator): Error {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return cliError(tr.t('cli.csv.noSuchFile', { file }));
  if (code === 'EISDIR') return cliError(tr.t('cli.csv.isFolder', { file }));
  if (code === 'EACCES' || code === 'EPERM') return cliError(tr.t('cli.csv.permission', { file }));
  return cliError(tr.t('cli.csv.cannotRead', { file, reason: code ?? (error as Error).message }));
}

/** Refuses an input that is not an ordinary file (a folder, a pipe, a device): it is read more than once. */
export async function checkInputFile(file: string, cwd: string, tr: Translator): Promise<string> {
  const resolved = path.resolve(cwd, file);
  let info;
  try {
    info = await fsp.stat(resolved);
  } catch (error) {
    throw readError(file, error, tr);
  }
  if (info.isDirectory()) throw cliError(tr.t('cli.csv.isFolder', { file }));
  if (!info.isFile()) throw cliError(tr.t('cli.csv.notOrdinary', { file }));
  return resolved;
}

export async function readCsvFile(file: string, cwd: string, tr: Translator, encoding?: CsvEncoding): Promise<CsvFile> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await fsp.readFile(await checkInputFile(file, cwd, tr)));
  } catch (error) {
    if (error instanceof Error && error.name === 'CliError') throw error;
    throw readError(file, error, tr);
  }
  const result = readCsv(bytes, { encoding });
  if (!result.ok) throw cliError(tr.t('cli.fromSource', { source: file, text: describeProblem(result.problem, tr) }));
  return { table: result.table, encoding: result.encoding, encodingDetected: result.encodingDetected };
}

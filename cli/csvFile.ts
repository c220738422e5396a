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
export function encodingOption(value: string | undefined): CsvEncoding | undefined {
  if (value === undefined) return undefined;
  const encoding = parseEncodingName(value);
  if (!encoding) throw cliError(`unknown encoding "${value}"; use utf-8, windows-1252 or mac-roman`);
  return encoding;
}

/** An input file that cannot be read, as the usage error that says why. */
export function readError(file: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EISDIR'
        ? 'is a folder, not a file'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : `cannot read it (${code ?? (error as Error).message})`;
  return cliError(`${file}: ${reason}`);
}

/** Refuses an input that is not an ordinary file (a folder, a pipe, a device): it is read more than once. */
export async function checkInputFile(file: string, cwd: string): Promise<string> {
  const resolved = path.resolve(cwd, file);
  let info;
  try {
    info = await fsp.stat(resolved);
  } catch (error) {
    throw readError(file, error);
  }
  if (info.isDirectory()) throw cliError(`${file}: is a folder, not a file`);
  if (!info.isFile()) throw cliError(`${file}: is not an ordinary file`);
  return resolved;
}

export async function readCsvFile(file: string, cwd: string, encoding?: CsvEncoding): Promise<CsvFile> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await fsp.readFile(await checkInputFile(file, cwd)));
  } catch (error) {
    if (error instanceof Error && error.name === 'CliError') throw error;
    throw readError(file, error);
  }
  const result = readCsv(bytes, { encoding });
  if (!result.ok) throw cliError(`${file}: ${describeProblem(result.problem)}`);
  return { table: result.table, encoding: result.encoding, encodingDetected: result.encodingDetected };
}

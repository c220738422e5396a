/**
 * A CSV file read from disk in pieces, never whole: a first pass learns its size, its SHA-256 and its encoding
 * (shared/csv/detect.ts); a second pass decodes and parses it, handing over the records of each piece as they
 * complete. Memory stays bounded whatever the file's size. A file that changes between the passes is refused.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import {
  createCsvReader,
  createDecoder,
  createEncodingDetector,
  type CsvDelimiter,
  type CsvEncoding,
  type CsvRecord,
  type EncodingGuess,
} from '../shared/csv';
import { translator, type Translator } from '../shared/i18n/translate';

const PIECE_BYTES = 1024 * 1024;

export interface CsvFileFacts {
  bytes: number;
  sha256: string;
  guess: EncodingGuess;
}

export class CsvFileChangedError extends Error {
  constructor() {
    super(translator().t('files.changedWhileRead'));
    this.name = 'CsvFileChangedError';
  }

  /** The message in a person's language (`message` is English, for logs). */
  describe(tr: Translator = translator()): string {
    return tr.t('files.changedWhileRead');
  }
}

function pieces(filePath: string): AsyncIterable<Buffer> {
  return createReadStream(filePath, { highWaterMark: PIECE_BYTES });
}

export async function sniffCsvFile(filePath: string): Promise<CsvFileFacts> {
  const detector = createEncodingDetector();
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const piece of pieces(filePath)) {
    detector.push(piece);
    hash.update(piece);
    bytes += piece.length;
  }
  return { bytes, sha256: hash.digest('hex'), guess: detector.finish() };
}

/**
 * The file's records, a piece's worth at a time (the header is the first record). Throws `CsvProblemError` for a
 * file that is not good CSV, and `CsvFileChangedError` when its bytes are not those `sha256` was made from.
 */
export async function* readCsvRecords(
  filePath: string,
  options: { encoding: CsvEncoding; sha256: string; delimiter?: CsvDelimiter },
): AsyncGenerator<CsvRecord[]> {
  const decoder = createDecoder(options.encoding);
  const reader = createCsvReader(options.delimiter ? { delimiter: options.delimiter } : {});
  const hash = createHash('sha256');
  let first = true;
  for await (const piece of pieces(filePath)) {
    hash.update(piece);
    let text = decoder.decode(piece);
    if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    first = first && text.length === 0;
    const records = reader.push(text);
    if (records.length) yield records;
  }
  const last = reader.push(decoder.end());
  if (hash.digest('hex') !== options.sha256) throw new CsvFileChangedError();
  yield [...last, ...reader.end()];
}

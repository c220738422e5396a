/**
 * Reading a zip that came from someone else's machine, without trusting it: the central directory is read first,
 * every entry's declared size is checked against caps before a byte is inflated, and each entry then inflates as a
 * stream (fflate) into a buffer of exactly its declared size, stopping the moment it would grow past it. A name
 * listed twice, a CRC that does not match, an encrypted or ZIP64 entry, or sizes that do not add up are refused.
 * So a small file that claims to be small but inflates to a gigabyte costs at most its declared size in memory.
 */
import { Inflate } from 'fflate';
import { translator } from '../i18n/translate';
import { wordsText, type ErrorWords } from '../i18n/words';

export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Offset of the entry's local header. */
  headerOffset: number;
}

export interface ZipLimits {
  /** Largest inflated size of one entry. */
  maxEntryBytes: number;
  /** Largest inflated size of all entries together. */
  maxTotalBytes: number;
  /** Largest inflated-to-compressed ratio of an entry above `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
}

/** Why a zip was refused: `not-zip` (no zip structure at all), `damaged` (structure broken), `too-large` (caps). */
/** What is wrong with a zip, as the `syncFiles.zip` select and its values (worded where it is shown). */
type ZipProblem = Record<string, string | number> & { what: string };

export class ZipReadError extends Error {
  /** The reason as a message reference; `message` is its English, for logs. */
  readonly words: ErrorWords;

  constructor(
    readonly reason: 'not-zip' | 'damaged' | 'too-large',
    problem: ZipProblem,
  ) {
    const words: ErrorWords = { id: 'syncFiles.zip', values: problem };
    super(wordsText(words, translator('en')));
    this.name = 'ZipReadError';
    this.words = words;
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STORED = 0;
const DEFLATE = 8;
const nameDecoder = new TextDecoder('utf-8');

function u16(bytes: Uint8Array, at: number): number {
  return bytes[at]! | (bytes[at + 1]! << 8);
}
function u32(bytes: Uint8Array, at: number): number {
  return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
}

function findEndRecord(bytes: Uint8Array): number {
  // The end record is 22 bytes plus a comment of at most 65,535.
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at--) {
    if (u32(bytes, at) === EOCD) return at;
  }
  throw new ZipReadError('not-zip', { what: 'noDirectory' });
}

/** The entries a zip declares, checked against `limits` and each other; nothing is inflated. */
export function readZipDirectory(bytes: Uint8Array, limits: ZipLimits): ZipEntry[] {
  if (bytes.length < 22) throw new ZipReadError('not-zip', { what: 'tooShort' });
  const end = findEndRecord(bytes);
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || u32(bytes, at) !== CENTRAL) throw new ZipReadError('damaged', { what: 'directoryBroken' });
    const flags = u16(bytes, at + 8);
    const method = u16(bytes, at + 10);
    const crc = u32(bytes, at + 16);
    const compressedSize = u32(bytes, at + 20);
    const size = u32(bytes, at + 24);
    const nameLength = u16(bytes, at + 28);
    const skip = nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
    const headerOffset = u32(bytes, at + 42);
    const name = nameDecoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + skip;
    if (flags & 1) throw new ZipReadError('damaged', { what: 'encrypted', name });
    if (method !== STORED && method !== DEFLATE)
      throw new ZipReadError('damaged', { what: 'compression', name, method });
    if (compressedSize === 0xffffffff || size === 0xffffffff || headerOffset === 0xffffffff)
      throw new ZipReadError('too-large', { what: 'zip64', name });
    if (names.has(name)) throw new ZipReadError('damaged', { what: 'twice', name });
    names.add(name);
    if (headerOffset + 30 + compressedSize > bytes.length)
      throw new ZipReadError('damaged', { what: 'cutShort', name });
    if (size > limits.maxEntryBytes) throw new ZipReadError('too-large', { what: 'entryTooLarge', name, size });
    if (size > limits.ratioFloorBytes && size > compressedSize * limits.maxRatio)
      throw new ZipReadError('too-large', { what: 'ratio', name, ratio: Math.round(size / compressedSize) });
    total += size;
    if (total > limits.maxTotalBytes) throw new ZipReadError('too-large', { what: 'totalTooLarge', size: total });
    entries.push({ name, method, crc, compressedSize, size, headerOffset });
  }
  return entries;
}

const CHUNK = 64 * 1024;

/** One entry's bytes: inflated as a stream into exactly its declared size, refused if it differs or fails its CRC. */
export function inflateZipEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array<ArrayBuffer> {
  const local = entry.headerOffset;
  if (u32(bytes, local) !== LOCAL) throw new ZipReadError('damaged', { what: 'noLocalHeader', name: entry.name });
  const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw new ZipReadError('damaged', { what: 'cutShort', name: entry.name });
  const out = new Uint8Array(entry.size);
  let written = 0;
  if (entry.method === STORED) {
    if (entry.compressedSize !== entry.size) throw new ZipReadError('damaged', { what: 'wrongSize', name: entry.name });
    out.set(data);
    written = data.length;
  } else {
    let ended = false;
    const inflate = new Inflate((chunk, final) => {
      if (written + chunk.length > out.length)
        throw new ZipReadError('damaged', { what: 'moreThanDeclared', name: entry.name });
      out.set(chunk, written);
      written += chunk.length;
      if (final) ended = true;
    });
    try {
      for (let offset = 0; offset < data.length; offset += CHUNK) {
        inflate.push(data.subarray(offset, offset + CHUNK), offset + CHUNK >= data.length);
      }
      if (!data.length) inflate.push(data, true);
    } catch (error) {
      if (error instanceof ZipReadError) throw error;
      throw new ZipReadError('damaged', { what: 'cannotUnpack', name: entry.name });
    }
    if (!ended) throw new ZipReadError('damaged', { what: 'cutShort', name: entry.name });
  }
  if (written !== entry.size) throw new ZipReadError('damaged', { what: 'lessThanDeclared', name: entry.name });
  if (crc32(out) !== entry.crc) throw new ZipReadError('damaged', { what: 'crc', name: entry.name });
  return out;
}

let table: Uint32Array | undefined;
function crcTable(): Uint32Array {
  if (table) return table;
  table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
}

/** CRC-32 as zip uses it (fflate computes it when writing but does not export it). */
export function crc32(bytes: Uint8Array): number {
  const t = crcTable();
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = t[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

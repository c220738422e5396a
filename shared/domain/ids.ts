/**
 * Identifiers. Records use UUID v7 (time-ordered, so ids sort roughly by creation and index well in IndexedDB);
 * devices use a 16-hex-digit random id that also forms the tail of every hybrid-logical-clock timestamp.
 * Only `crypto.getRandomValues` is used, which exists in browsers, workers and Node 20 alike.
 */

/** Random bytes are drawn from the system's generator a pool at a time: one call per id made 70,000 ids slow. */
const POOL_BYTES = 4096;
const pool = new Uint8Array(POOL_BYTES);
let poolUsed = POOL_BYTES;

function randomBytes(count: number): Uint8Array {
  if (poolUsed + count > POOL_BYTES) {
    globalThis.crypto.getRandomValues(pool);
    poolUsed = 0;
  }
  // A copy: the caller changes some bytes (version, time), and a byte is never handed out twice.
  const bytes = pool.slice(poolUsed, poolUsed + count);
  poolUsed += count;
  return bytes;
}

function hex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += byte.toString(16).padStart(2, '0');
  return out;
}

/** A UUID v7: 48 bits of Unix milliseconds, version and variant bits, the rest random. */
export function newId(now: number = Date.now()): string {
  const bytes = randomBytes(16);
  let millis = Math.max(0, Math.floor(now));
  for (let i = 5; i >= 0; i--) {
    bytes[i] = millis % 256;
    millis = Math.floor(millis / 256);
  }
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const h = hex(bytes);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** A device id: 16 upper-case hex digits, as used at the end of every clock timestamp. */
export function newDeviceId(): string {
  return hex(randomBytes(8)).toUpperCase();
}

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
export const DEVICE_ID_PATTERN = /^[0-9A-F]{16}$/;

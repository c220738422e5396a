/**
 * Blobs and the IPC schema want bytes backed by a plain ArrayBuffer. Almost all are; copy only the rare view of
 * shared memory rather than make every caller care.
 */
export function ownedBytes(data: Uint8Array): Uint8Array<ArrayBuffer> {
  return data.buffer instanceof ArrayBuffer ? (data as Uint8Array<ArrayBuffer>) : data.slice();
}

/**
 * REFI-QDA GUIDs (8-4-4-4-12 hex). Our record ids are UUIDs already and are used as they are (upper-cased, as the
 * REFI examples write them), so a file exported twice keeps its GUIDs and a re-import can find its records. Things
 * that are not records (codings, variables, sets) and non-UUID ids get a GUID hashed from a name, which is equally
 * stable. The hash is cyrb128 (four mixed 32-bit lanes): not cryptographic, only well spread.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

export function refiGuid(id: string, purpose = ''): string {
  if (!purpose && UUID.test(id)) return id.toUpperCase();
  const hex = cyrb128(`${purpose}\u0000${id}`)
    .map((n) => n.toString(16).padStart(8, '0'))
    .join('');
  // Version nibble 8 ("custom") and the RFC variant bits, so the result is a well-formed UUID too.
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`.toUpperCase();
}

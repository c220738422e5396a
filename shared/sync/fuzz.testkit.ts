/**
 * Mutations of real sync files for the fuzz tier: what a failing disk, a half-finished copy, a careless edit or an
 * attacker does to a segment. Each mutation can also re-seal the file (a fresh trailer over the changed body), so
 * the fuzz reaches the checks behind the checksum and not only the checksum itself.
 */
import fc from 'fast-check';
import { sha256Hex, utf8 } from './bytes';

export type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; at: number; mask: number }
  | { kind: 'duplicate-line'; line: number }
  | { kind: 'swap-lines'; a: number; b: number }
  | { kind: 'swap-fields'; line: number }
  | { kind: 'huge-value'; line: number; size: number }
  | { kind: 'odd-unicode'; line: number; text: string };

const ODD = ['\u0000', '\u001b[2J', '\ud800', '\u202e', '\ufeff', 'é', '🏳️‍🌈', '\u2028', '"', '\\', '__proto__'];

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), mask: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ kind: fc.constant('duplicate-line' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('swap-lines' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('swap-fields' as const), line: fc.nat() }),
  fc.record({
    kind: fc.constant('huge-value' as const),
    line: fc.nat(),
    size: fc.constantFrom(70_000, 1_000_000, 3_000_000),
  }),
  fc.record({
    kind: fc.constant('odd-unicode' as const),
    line: fc.nat(),
    text: fc.oneof(fc.constantFrom(...ODD), fc.string({ unit: 'binary', maxLength: 8 })),
  }),
);

function swapFirstTwoValues(line: string): string {
  try {
    const value = JSON.parse(line) as Record<string, unknown>;
    const keys = Object.keys(value);
    if (keys.length < 2) return line;
    const [a, b] = [keys[0]!, keys[keys.length - 1]!];
    return JSON.stringify({ ...value, [a]: value[b], [b]: value[a] });
  } catch {
    return line;
  }
}

function mutateLines(lines: string[], m: Mutation): string[] {
  const out = [...lines];
  const pick = (n: number) => n % out.length;
  switch (m.kind) {
    case 'duplicate-line':
      out.splice(pick(m.line), 0, out[pick(m.line)]!);
      break;
    case 'swap-lines': {
      const [a, b] = [pick(m.a), pick(m.b)];
      [out[a], out[b]] = [out[b]!, out[a]!];
      break;
    }
    case 'swap-fields':
      out[pick(m.line)] = swapFirstTwoValues(out[pick(m.line)]!);
      break;
    case 'huge-value':
      out[pick(m.line)] = out[pick(m.line)]!.replace(/"text":"/, `"text":"${'x'.repeat(m.size)}`);
      break;
    case 'odd-unicode': {
      const line = out[pick(m.line)]!;
      const at = line.indexOf('":"') + 3;
      out[pick(m.line)] = at > 2 ? line.slice(0, at) + JSON.stringify(m.text).slice(1, -1) + line.slice(at) : line;
      break;
    }
    default:
      break;
  }
  return out;
}

/** Apply a mutation to a segment's bytes; with `reseal`, write a trailer that matches the changed body. */
export async function mutateSegment(bytes: Uint8Array, m: Mutation, reseal: boolean): Promise<Uint8Array> {
  if (m.kind === 'truncate') return bytes.slice(0, m.at % (bytes.length + 1));
  if (m.kind === 'flip') {
    const out = bytes.slice();
    const at = m.at % out.length;
    out[at] = out[at]! ^ m.mask;
    return out;
  }
  const text = new TextDecoder().decode(bytes);
  const lines = text.split('\n').slice(0, -1);
  const trailer = lines.pop()!;
  const body = mutateLines(lines, m);
  if (!reseal) return utf8([...body, trailer].join('\n') + '\n');
  const bodyBytes = utf8(body.join('\n') + '\n');
  const sha256 = await sha256Hex(bodyBytes);
  return utf8(body.join('\n') + '\n' + JSON.stringify({ count: body.length - 1, sha256 }) + '\n');
}

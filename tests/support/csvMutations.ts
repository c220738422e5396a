/**
 * Real CSV files and the ways they get damaged, for the CSV fuzz tests: exports as people's tools write them
 * (Excel on Windows and Mac, comment forms, our own notes export, a semicolon file with every import column), and
 * fast-check mutations of their bytes: cut short, bytes flipped, lines duplicated, fields swapped, huge values, odd
 * Unicode, byte-order marks, mixed line ends.
 */
import fc from 'fast-check';
import { encodeLegacy } from '../../shared/csv/testing/legacyBytes';
import { commentsExport, englishSurvey } from '../../shared/csv/testing/realisticExports';
import { writeNotesCsv } from '../../shared/export/csv';
import { buildFindingsDocument } from '../../shared/findings/document';
import { liveSnapshot } from '../../shared/findings/snapshot';
import { planExport } from '../../shared/privacy/plan';
import { NOW, smallProject } from './fixtures';

const utf8 = (text: string) => new TextEncoder().encode(text);

const EVERY_COLUMN = [
  'Note;Session;Group;Speaker;Kind;Question;Sensitive;Do not quote',
  'Park paths are dark after 6pm near the café;Youth at the Rec;Youth;P1;Issue or priority;Q1;no;no',
  '"Broken lights; we walk the long way";Youth at the Rec;Youth;P2;Risk factor;;yes;',
  'Keep the youth centre open on Fridays;Youth at the Rec;Youth;P1;Idea for action;Q2;;yes',
  'The bus shelter on King Street has no light;Seniors at the Library;Seniors;P1;Issue or priority;;;',
].join('\r\n');

export function seedFiles(): { name: string; bytes: Uint8Array }[] {
  const notesExport = writeNotesCsv(
    buildFindingsDocument(planExport(liveSnapshot(smallProject().snapshot), { scan: { names: false } }), { now: NOW }),
  );
  return [
    {
      name: 'survey.csv',
      bytes: encodeLegacy(englishSurvey(30).replace('Q7 Any other comments?', 'Comment'), 'windows-1252'),
    },
    { name: 'avis.csv', bytes: encodeLegacy(commentsExport('french', 20), 'macintosh') },
    { name: 'kommentare.csv', bytes: utf8(`\uFEFF${commentsExport('german', 20)}`) },
    { name: 'notes-export.csv', bytes: utf8(notesExport) },
    { name: 'every-column.csv', bytes: utf8(`${EVERY_COLUMN}\r\n`) },
  ];
}

type Mutation = { name: string; apply(bytes: Uint8Array): Uint8Array };

const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};

function lines(bytes: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      out.push(bytes.subarray(start, i + 1));
      start = i + 1;
    }
  }
  if (start < bytes.length) out.push(bytes.subarray(start));
  return out;
}

/** A position given as a fraction, so one arbitrary fits files of any length. */
const at = (fraction: number, length: number) => Math.min(length, Math.floor(fraction * (length + 1)));
const fraction = fc.double({ min: 0, max: 1, noNaN: true });

const ODD_TEXT = [
  '\u0000',
  '\u001b[2J',
  '\uFEFF',
  '\u202E',
  '\u2028',
  '👩‍👩‍👧',
  'e\u0301\u0301\u0301',
  '"',
  '""',
  '\r',
  ';',
  '\t',
  '\uFFFD',
];
/** Bytes that are not valid UTF-8 text: a lone surrogate, an overlong form, a cut sequence. */
const BAD_UTF8 = [[0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xe2, 0x82], [0xff]];
const BOMS = [
  [0xef, 0xbb, 0xbf],
  [0xff, 0xfe],
  [0xfe, 0xff],
];

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fraction.map((f) => ({ name: `truncate@${f.toFixed(3)}`, apply: (b: Uint8Array) => b.slice(0, at(f, b.length)) })),
  fc.array(fc.tuple(fraction, fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 4 }).map((flips) => ({
    name: `flip${JSON.stringify(flips)}`,
    apply: (b: Uint8Array) => {
      const out = b.slice();
      for (const [f, mask] of flips) if (out.length) out[Math.min(out.length - 1, at(f, out.length))]! ^= mask;
      return out;
    },
  })),
  fc.tuple(fraction, fc.integer({ min: 1, max: 5 })).map(([f, times]) => ({
    name: `duplicate-line@${f.toFixed(3)}x${times}`,
    apply: (b: Uint8Array) => {
      const all = lines(b);
      const i = Math.min(all.length - 1, at(f, all.length));
      return all.length
        ? concat(...all.slice(0, i + 1), ...Array<Uint8Array>(times).fill(all[i]!), ...all.slice(i + 1))
        : b;
    },
  })),
  fc.tuple(fraction, fc.nat(6), fc.nat(6)).map(([f, x, y]) => ({
    name: `swap-fields@${f.toFixed(3)}:${x},${y}`,
    apply: (b: Uint8Array) => {
      const all = lines(b);
      const i = Math.min(all.length - 1, at(f, all.length));
      if (!all.length) return b;
      // One character per byte and back: the swap moves bytes, whatever the encoding.
      const text = Array.from(all[i]!, (byte) => String.fromCharCode(byte)).join('');
      const sep = text.includes(';') ? ';' : ',';
      const fields = text.replace(/\r?\n$/, '').split(sep);
      if (x < fields.length && y < fields.length) [fields[x], fields[y]] = [fields[y]!, fields[x]!];
      const swapped = Uint8Array.from(fields.join(sep) + text.slice(text.replace(/\r?\n$/, '').length), (c) =>
        c.charCodeAt(0),
      );
      return concat(...all.slice(0, i), swapped, ...all.slice(i + 1));
    },
  })),
  fc.tuple(fraction, fc.integer({ min: 10_000, max: 300_000 }), fc.boolean()).map(([f, size, quoted]) => ({
    name: `huge-value@${f.toFixed(3)}:${size}${quoted ? 'q' : ''}`,
    apply: (b: Uint8Array) => {
      const i = at(f, b.length);
      const value = utf8(quoted ? `"${'long text, '.repeat(size / 11)}"` : 'x'.repeat(size));
      return concat(b.subarray(0, i), value, b.subarray(i));
    },
  })),
  fc
    .tuple(fraction, fc.constantFrom(...ODD_TEXT.map((t) => utf8(t)), ...BAD_UTF8.map((b) => Uint8Array.from(b))))
    .map(([f, odd]) => ({
      name: `odd-unicode@${f.toFixed(3)}:${[...odd].map((x) => x.toString(16)).join(' ')}`,
      apply: (b: Uint8Array) => concat(b.subarray(0, at(f, b.length)), odd, b.subarray(at(f, b.length))),
    })),
  fc.tuple(fc.constantFrom(...BOMS), fc.oneof(fc.constant(0), fraction)).map(([bom, f]) => ({
    name: `bom ${bom.map((x) => x.toString(16)).join(' ')}@${f === 0 ? 'start' : f.toFixed(3)}`,
    apply: (b: Uint8Array) => {
      const i = f === 0 ? 0 : at(f, b.length);
      return concat(b.subarray(0, i), Uint8Array.from(bom), b.subarray(i));
    },
  })),
  fc.array(fc.constantFrom('\r\n', '\n', '\r'), { minLength: 1, maxLength: 8 }).map((ends) => ({
    name: `line-ends ${JSON.stringify(ends)}`,
    apply: (b: Uint8Array) => {
      const all = lines(b);
      return concat(
        ...all.map((line, i) => {
          const body =
            line[line.length - 1] === 0x0a ? line.subarray(0, line[line.length - 2] === 0x0d ? -2 : -1) : line;
          return body === line ? line : concat(body, utf8(ends[i % ends.length]!));
        }),
      );
    },
  })),
);

/** A seed file and one to three mutations applied in turn. */
export function damagedFile(seeds: { name: string; bytes: Uint8Array }[]) {
  return fc
    .tuple(fc.nat(seeds.length - 1), fc.array(mutation, { minLength: 1, maxLength: 3 }))
    .map(([i, mutations]) => {
      const seed = seeds[i]!;
      const bytes = mutations.reduce((b, m) => m.apply(b), seed.bytes);
      return { name: seed.name, bytes, how: `${seed.name}: ${mutations.map((m) => m.name).join(' → ')}` };
    });
}

/**
 * Runs the real, bundled `fieldnotes` bin (built by scripts/build-cli.mjs) on real files in a temp folder,
 * in every supported encoding and on broken input, and checks exit codes, messages and the written CSV.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeProblem, parseCsvText } from '../shared/csv';
import { encodeLegacy } from '../shared/csv/testing/legacyBytes';

const root = fileURLToPath(new URL('..', import.meta.url));
let dir: string;
let bin: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'fieldnotes-cli-'));
  bin = path.join(dir, 'fieldnotes.mjs');
  const build = spawnSync(process.execPath, [path.join(root, 'scripts/build-cli.mjs'), '--outfile', bin], {
    encoding: 'utf8',
  });
  expect(build.status, build.stderr).toBe(0);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function write(name: string, content: string | Uint8Array): string {
  writeFileSync(path.join(dir, name), content);
  return name;
}

function readOutput(name: string): string[][] {
  const parsed = parseCsvText(readFileSync(path.join(dir, name), 'utf8'));
  if (!parsed.ok) throw new Error(`output is not valid CSV: ${describeProblem(parsed.problem)}`);
  return [parsed.table.header, ...parsed.table.records];
}

const NOTES = [
  'id,text',
  'a1,Le café du marché ferme trop tôt',
  'a2,"Café fermé, marché vide"',
  'a3,Plus de bancs au marché et au café',
  'b1,‘Parking’ downtown – far too expensive',
  'b2,Parking fees downtown keep rising',
  'b3,No parking near the clinic downtown',
  'c1,',
].join('\r\n');

describe('fieldnotes cluster reads every encoding', () => {
  const cases = [
    ['UTF-8', new TextEncoder().encode(NOTES)],
    ['UTF-8 with BOM', Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(NOTES)])],
    ['Windows-1252', encodeLegacy(NOTES, 'windows-1252')],
    ['Mac Roman', encodeLegacy(NOTES, 'macintosh')],
  ] as const;

  it.each(cases)('%s', (name, bytes) => {
    const input = write(`notes-${name.replace(/\W/g, '')}.csv`, bytes);
    const { code, stdout, stderr } = run('cluster', input, '--out', 'out.csv');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain(`read as ${name.replace(' with BOM', '')}, detected`);
    const rows = readOutput('out.csv');
    expect(rows[0]).toEqual(['id', 'cluster', 'cluster_words']);
    expect(rows.map((r) => r[0])).toEqual(['id', 'a1', 'a2', 'a3', 'b1', 'b2', 'b3', 'c1']);
    const clusterOf = Object.fromEntries(rows.slice(1).map(([id, cluster]) => [id, cluster]));
    expect(clusterOf.a1).toBe(clusterOf.a2);
    expect(clusterOf.a1).toMatch(/café|marché/);
    expect(clusterOf.b1).toBe(clusterOf.b3);
    expect(clusterOf.b1).toMatch(/parking|downtown/);
    expect(clusterOf.c1).toBe('Unclustered');
  });

  it('takes --encoding over detection', () => {
    const input = write('mac.csv', encodeLegacy(NOTES, 'macintosh'));
    const { code, stdout } = run('cluster', input, '--out', 'out.csv', '--encoding', 'mac-roman');
    expect(code).toBe(0);
    expect(stdout).toContain('read as Mac Roman, as asked');
  });
});

describe('fieldnotes cluster options', () => {
  it('numbers rows from 1 when there is no id column, and honours --text-column and --k', () => {
    const input = write(
      'comments.csv',
      'Comment;Votes\nparking fees;1\nparking costs;2\nbus late;3\nbus late again;4\n',
    );
    const { code } = run('cluster', input, '--out', 'numbered.csv', '--text-column', 'comment', '--k', '1');
    expect(code).toBe(0);
    const rows = readOutput('numbered.csv');
    expect(rows.map((r) => r[0])).toEqual(['id', '1', '2', '3', '4']);
    expect(new Set(rows.slice(1).map((r) => r[1])).size).toBe(1);
  });

  it('uses --id-column and keeps repeated ids as separate rows', () => {
    const input = write('ref.csv', 'Ref,text\nX,parking fees\nX,parking costs\n');
    expect(run('cluster', input, '--out', 'ref-out.csv', '--id-column', 'ref').code).toBe(0);
    expect(readOutput('ref-out.csv').map((r) => r[0])).toEqual(['id', 'X', 'X']);
  });

  it('groups by meaning with the table beside the bin, by shared words with --method words', () => {
    const input = write(
      'meaning.csv',
      'id,text\n1,The bus never comes on time\n2,Public transit is unreliable\n3,Trains and buses are late\n' +
        '4,Playground equipment is broken\n5,The swings in the park are damaged\n6,Kids need a safer playground\n',
    );
    const meaning = run('cluster', input, '--out', 'meaning-out.csv', '--k', '2');
    expect(meaning).toMatchObject({ code: 0, stderr: '' });
    expect(meaning.stdout).toContain('2 clusters by meaning');
    const rows = readOutput('meaning-out.csv');
    const clusterOf = Object.fromEntries(rows.slice(1).map(([id, cluster]) => [id, cluster]));
    expect(clusterOf['1']).toBe(clusterOf['2']);
    expect(clusterOf['4']).toBe(clusterOf['6']);
    expect(clusterOf['1']).not.toBe(clusterOf['4']);
    // Names a person would write, not word lists.
    expect(clusterOf['1']).toMatch(/^[A-Z]/);
    expect(clusterOf['1']).not.toContain('·');
    const words = run('cluster', input, '--out', 'words-out.csv', '--method', 'words');
    expect(words).toMatchObject({ code: 0, stderr: '' });
    expect(words.stdout).toContain('by shared words');
  });

  it('falls back to shared words, with a warning, when the table beside it is damaged', () => {
    const copy = path.join(dir, 'damaged');
    mkdirSync(copy);
    copyFileSync(bin, path.join(copy, 'fieldnotes.mjs'));
    writeFileSync(path.join(copy, 'word-vectors.bin'), 'FNWV truncated');
    writeFileSync(path.join(copy, 'n.csv'), 'id,text\n1,parking fees\n2,parking costs\n');
    const result = spawnSync(
      process.execPath,
      [path.join(copy, 'fieldnotes.mjs'), 'cluster', 'n.csv', '--out', 'o.csv'],
      {
        cwd: copy,
        encoding: 'utf8',
      },
    );
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(
      /^Warning: .*word-vectors\.bin: Word-vector table: .*; grouping by shared words only\.\n$/,
    );
    expect(result.stdout).toContain('by shared words');
  });

  it('prints help and exits 0', () => {
    expect(run('--help')).toMatchObject({ code: 0, stdout: expect.stringContaining('cluster') });
    expect(run('cluster', '--help')).toMatchObject({ code: 0, stdout: expect.stringContaining('--text-column') });
  });
});

describe('fieldnotes cluster refuses bad input with exit 2 and one line naming the problem', () => {
  const cases: Array<[string, string | Uint8Array, string[], RegExp]> = [
    [
      'unterminated quote',
      'id,text\n1,fine\n2,"never closed\n3,more\n',
      [],
      /^fieldnotes cluster: bad\.csv: line 3: unterminated quoted field\n$/,
    ],
    [
      'wrong field count',
      'id,text\n1,fine\n2,"two\nlines"\n3,too,many\n',
      [],
      /: line 5: expected 2 fields, found 3\n$/,
    ],
    [
      'missing text column',
      'id,comment\n1,hello\n',
      [],
      /no column named "text" \(columns: id, comment\); choose one with --text-column/,
    ],
    ['missing id column', 'id,text\n1,hello\n', ['--id-column', 'ref'], /no column named "ref"/],
    ['empty file', '', [], /bad\.csv: the file is empty\n$/],
    [
      'binary junk',
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]),
      [],
      /unexpected control character U\+00(00|1A)/,
    ],
    ['bad --k', 'id,text\n1,a\n', ['--k', 'two'], /--k must be a whole number/],
    ['bad --method', 'id,text\n1,a\n', ['--method', 'vibes'], /--method must be "meaning" or "words", not "vibes"/],
    ['bad --encoding', 'id,text\n1,a\n', ['--encoding', 'ebcdic'], /unknown encoding "ebcdic"/],
    ['unknown option', 'id,text\n1,a\n', ['--colour'], /Unknown option '--colour'/],
    [
      'missing output folder',
      'id,text\n1,a\n',
      ['--out', 'nowhere/out.csv'],
      /cannot write nowhere\/out\.csv: its folder does not exist/,
    ],
  ];

  it.each(cases)('%s', (_name, content, extra, message) => {
    write('bad.csv', content);
    write('keep.csv', 'previous result\n');
    const args = extra.includes('--out')
      ? ['cluster', 'bad.csv', ...extra]
      : ['cluster', 'bad.csv', '--out', 'keep.csv', ...extra];
    const { code, stderr, stdout } = run(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    // A failed run never touches an earlier result or leaves temp files behind.
    expect(readFileSync(path.join(dir, 'keep.csv'), 'utf8')).toBe('previous result\n');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('names a missing input file', () => {
    expect(run('cluster', 'absent.csv', '--out', 'x.csv')).toMatchObject({
      code: 2,
      stderr: 'fieldnotes cluster: absent.csv: no such file\n',
    });
    expect(existsSync(path.join(dir, 'x.csv'))).toBe(false);
  });

  it('reports usage errors', () => {
    expect(run()).toMatchObject({ code: 2, stderr: expect.stringContaining('Usage: fieldnotes') });
    expect(run('frobnicate')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('unknown command "frobnicate"'),
    });
    expect(run('cluster', 'a.csv')).toMatchObject({ code: 2, stderr: 'fieldnotes cluster: missing --out FILE\n' });
  });
});

import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { NOW, bigProject, smallProject } from '../../tests/support/fixtures';
import { REPO_ROOT, joinPath, readText, writeFile } from '../../tests/support/tools';
import { buildFindingsDocument } from '../findings/document';
import { findingsDocumentSchema } from '../findings/documentSchema';
import { liveSnapshot } from '../findings/snapshot';
import { planExport } from '../privacy/plan';
import { ReadError } from './errors';
import { findingsJsonChunks, readFindingsJson, writeFindingsJson } from './json';

const SCHEMA_PATH = joinPath(REPO_ROOT, 'schemas/fieldnotes.findings.v1.schema.json');

function generatedSchema(): string {
  return `${JSON.stringify(z.toJSONSchema(findingsDocumentSchema, { target: 'draft-2020-12' }), null, 2)}\n`;
}

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readText(SCHEMA_PATH)) as object);
}

let cached: ReturnType<typeof buildDocuments> | undefined;
function documents() {
  cached ??= buildDocuments();
  return cached;
}

function buildDocuments() {
  const { snapshot } = smallProject();
  const live = liveSnapshot(snapshot);
  return [
    buildFindingsDocument(planExport(live), { now: NOW }),
    buildFindingsDocument(planExport(live), { now: NOW, level: 'master' }),
    buildFindingsDocument(
      planExport(live, { scope: { groupIds: [live.groups[1]!.id] }, flags: { sensitive: 'drop' } }),
      { now: NOW },
    ),
    buildFindingsDocument(planExport(bigProject(500, 30), { scan: { names: false } }), { now: NOW, level: 'master' }),
  ];
}

describe('findings JSON', () => {
  it('has a committed JSON Schema that matches the document schema (UPDATE_SCHEMA=1 rewrites it)', () => {
    if (process.env.UPDATE_SCHEMA) writeFile(SCHEMA_PATH, generatedSchema());
    // Compared as data, so formatting the file (prettier) is not drift.
    expect(JSON.parse(readText(SCHEMA_PATH))).toEqual(JSON.parse(generatedSchema()));
  });

  it('validates every export against the versioned schema', () => {
    const validate = validator();
    for (const doc of documents()) {
      const data = JSON.parse(writeFindingsJson(doc)) as unknown;
      const ok = validate(data);
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
      expect(data).toMatchObject({ format: 'fieldnotes.findings', version: 1 });
    }
  });

  it('writes the same text in pieces as whole, item by item', () => {
    for (const doc of documents()) {
      const pieces = [...findingsJsonChunks(doc)];
      expect(pieces.join('')).toBe(writeFindingsJson(doc));
      // Pieces stay small: no list is written as one string.
      expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(20_000);
    }
    // Empty lists and objects, and fields JSON leaves out, as JSON.stringify writes them.
    const odd = { ...documents()[0]!, notes: [], extra: { gone: undefined, kept: [undefined, 1] }, empty: {} };
    expect([...findingsJsonChunks(odd as never)].join('')).toBe(`${JSON.stringify(odd, null, 2)}\n`);
  });

  it('reads its own output back unchanged', () => {
    const [doc] = documents();
    expect(readFindingsJson(writeFindingsJson(doc!))).toEqual(doc);
  });

  it.each([
    [
      'a newer version',
      (text: string) => text.replace('"version": 1', '"version": 2'),
      'newer-version',
      /newer Fieldnotes/,
    ],
    [
      'another format',
      (text: string) => text.replace('"fieldnotes.findings"', '"something.else"'),
      'wrong-format',
      /not a Fieldnotes findings file/,
    ],
    ['a truncated file', (text: string) => text.slice(0, text.length / 2), 'not-json', /cut short/],
    [
      'a damaged field',
      (text: string) => text.replace('"level": "session"', '"level": 7'),
      'invalid',
      /damaged at level/,
    ],
    ['a 50 MB file', () => ' '.repeat(50 * 1024 * 1024), 'too-large', /50\.0 MB.*up to 40 MB/],
  ])('refuses %s with a clear message', (_name, mutate, code, message) => {
    const text = mutate(writeFindingsJson(documents()[0]!));
    try {
      readFindingsJson(text);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ReadError);
      expect((error as ReadError).code).toBe(code);
      expect((error as ReadError).message).toMatch(message);
      expect((error as ReadError).message).toMatch(/Nothing was imported/);
    }
  });
});

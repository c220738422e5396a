import { translator } from '../i18n/translate';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { NOW, bigProject, smallProject } from '../../tests/support/fixtures';
import { FIXTURES, REPO_ROOT, joinPath, readText, writeFile } from '../../tests/support/tools';
import { buildFindingsDocument } from '../findings/document';
import { findingsDocumentSchema } from '../findings/documentSchema';
import { liveSnapshot } from '../findings/snapshot';
import { planExport } from '../privacy/plan';
import { ReadError } from './errors';
import { findingsJsonChunks, readFindingsJson, writeFindingsJson } from './json';

const SCHEMA_PATH = joinPath(REPO_ROOT, 'schemas/fieldnotes.findings.v2.schema.json');
const V1_SCHEMA_PATH = joinPath(REPO_ROOT, 'schemas/fieldnotes.findings.v1.schema.json');
/** A findings file written by the release before version 2 (plain-string actions and measures, no response). */
const V1_FILE = joinPath(FIXTURES, 'findings', 'findings-v1.json');
/** A version 2 file written before a note could be linked to several themes (no link fields). */
const V2_ONE_THEME_FILE = joinPath(FIXTURES, 'findings', 'findings-v2-one-theme-per-note.json');

function generatedSchema(): string {
  return `${JSON.stringify(z.toJSONSchema(findingsDocumentSchema, { target: 'draft-2020-12' }), null, 2)}\n`;
}

function validator(path = SCHEMA_PATH) {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readText(path)) as object);
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
      expect(data).toMatchObject({ format: 'fieldnotes.findings', version: 2 });
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

  it('reads a file from the release before version 2, its actions and measures as items with their words', () => {
    const text = readText(V1_FILE);
    const raw = JSON.parse(text) as { version: number; findings: { actions: string[]; measures: string[] }[] };
    expect(raw.version).toBe(1);
    // The older file is valid against the schema it was published with, which stays in the repository.
    const validateV1 = validator(V1_SCHEMA_PATH);
    expect(validateV1(raw)).toBe(true);
    const doc = readFindingsJson(text);
    expect(doc.version).toBe(2);
    expect(doc.findings).toHaveLength(raw.findings.length);
    const [finding] = doc.findings;
    expect(finding!.actions).toEqual(
      raw.findings[0]!.actions.map((text) => ({ text, lead: '', partners: [], timeframe: null })),
    );
    expect(finding!.measures).toEqual(
      raw.findings[0]!.measures.map((text) => ({ text, baseline: '', target: '', dataSource: '' })),
    );
    expect(finding!.response).toBeNull();
    expect(finding!.actions[0]!.text).toBe('Audit lighting on park paths and the river trail');
    // Once read, it is a version 2 document like any other: it validates and writes as version 2.
    const validate = validator();
    expect(validate(JSON.parse(writeFindingsJson(doc)))).toBe(true);
  });

  it('refuses a damaged version 1 file with where it is damaged', () => {
    const text = readText(V1_FILE).replace(/"actions": \[\n\s+"Audit/, '"actions": [\n 7, "Audit');
    expect(() => readFindingsJson(text)).toThrow(/damaged at ranking\.0\.actions\.0, which should be text\./);
  });

  it('says where a file is damaged and what is wrong fully in French, the field as the file names it', () => {
    const damaged = JSON.parse(writeFindingsJson(documents()[0]!));
    damaged.generatedAt = 'hier';
    expect(() => readFindingsJson(JSON.stringify(damaged), translator('fr-CA'))).toThrow(
      'Ce fichier de constats est endommagé\u00a0: le champ «\u00a0generatedAt\u00a0» n’est pas une date et heure (comme 2026-03-14T09:30:00Z). Rien n’a été importé.',
    );
  });

  it('carries structured actions, measures and the response in version 2', () => {
    const [doc] = documents();
    const finding = doc!.findings.find((f) => f.actions.length > 0)!;
    expect(finding.actions[0]).toEqual({
      text: 'Audit lighting on park paths and the river trail',
      lead: 'Parks and recreation',
      partners: ['Police service', 'Hydro utility'],
      timeframe: 'short',
    });
    expect(finding.measures[0]).toMatchObject({ baseline: '41% (2024 survey)', target: '60% by 2028' });
    // Who recorded it is numbered, never named (shared/privacy/recorders.ts).
    expect(finding.response).toMatchObject({ status: 'adopted', recordedBy: 'recorder 1' });
    expect(readFindingsJson(writeFindingsJson(doc!)).findings).toEqual(doc!.findings);
  });

  it.each([
    [
      'a newer version',
      (text: string) => text.replace('"version": 2', '"version": 3'),
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

  it('reads a version 2 file from before notes had links, each note in its one theme', () => {
    const text = readText(V2_ONE_THEME_FILE);
    expect(validator()(JSON.parse(text))).toBe(true);
    const doc = readFindingsJson(text);
    expect(doc.notes.length).toBeGreaterThan(0);
    expect(doc.notes.every((n) => n.linkedThemeIds === undefined && n.reportingThemeIds === undefined)).toBe(true);
  });

  it('carries a note’s links and every theme it counts in, valid against the schema, read back unchanged', () => {
    const { snapshot } = smallProject();
    const [home, other] = snapshot.themes.filter((t) => t.sessionId !== null);
    const note = snapshot.notes.find((n) => n.themeId === home!.id)!;
    note.linkedThemeIds = [other!.id];
    const doc = buildFindingsDocument(planExport(liveSnapshot(snapshot), { scan: { names: false } }), { now: NOW });
    const text = writeFindingsJson(doc);
    expect(validator()(JSON.parse(text))).toBe(true);
    const back = readFindingsJson(text).notes.find((n) => n.id === note.id)!;
    expect(back.linkedThemeIds).toEqual([other!.id]);
    expect(back.reportingThemeIds).toEqual([home!.id, other!.id]);
  });
});

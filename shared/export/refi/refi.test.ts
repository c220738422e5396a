import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { NOW, smallProject } from '../../../tests/support/fixtures';
import {
  FIXTURES,
  REFI_SCHEMAS,
  joinPath,
  readBytes,
  readText,
  tempDir,
  validateXml,
  writeFile,
  xmllintStatus,
} from '../../../tests/support/tools';
import { buildFindingsDocument } from '../../findings/document';
import { liveSnapshot } from '../../findings/snapshot';
import { translator } from '../../i18n/translate';
import { planExport } from '../../privacy/plan';
import { ReadError } from '../errors';
import { refiGuid } from './guid';
import { buildQdpxContents, writeQdpx } from './qdpx';
import { writeQdc } from './qdc';
import { readQdc, readQdpx } from './read';

const GUID = /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/;

function makeDocument(options: { empty?: boolean } = {}) {
  const { snapshot, ids } = smallProject();
  // Notes in several themes: the seniors' bus-shelter note is also about lighting, a park-path note about youth.
  snapshot.notes[8]!.linkedThemeIds = [ids.lighting];
  snapshot.notes[0]!.linkedThemeIds = [ids.youthSpaces, ids.transit];
  const live = liveSnapshot(snapshot);
  // Characters outside the Basic Multilingual Plane: positions must count code points, not UTF-16 units.
  live.notes.push({ ...live.notes[0]!, id: 'emoji-note', text: '🚌 The bus is late again 🚌 & <always> "full"' });
  if (options.empty) {
    live.themes = [];
    live.notes = live.notes.map((n) => ({ ...n, themeId: null, linkedThemeIds: [] }));
    live.findings = [];
  }
  return {
    doc: buildFindingsDocument(planExport(live, { scan: { names: false } }), { now: NOW, level: 'master' }),
    ids,
  };
}

const { doc, ids } = makeDocument();

describe.skipIf(xmllintStatus.skipReason !== null)(
  `REFI-QDA files validate against the official XSDs ${xmllintStatus.skipReason ?? ''}`,
  () => {
    const dir = tempDir('refi');
    afterAll(() => dir.remove());

    it.each([
      ['with themes, mappings, notes in several themes, cases and variables', doc, 'en'],
      ['with no themes at all', makeDocument({ empty: true }).doc, 'en'],
      ['in French', doc, 'fr-CA'],
    ] as const)('the codebook (.qdc) and project.qde validate, %s', (name, document, locale) => {
      const tr = translator(locale);
      const qdc = joinPath(dir.path, `${name.length}.qdc`);
      writeFile(qdc, writeQdc(document, tr));
      const codebook = validateXml(qdc, joinPath(REFI_SCHEMAS, 'Codebook-mrt2019.xsd'));
      expect(codebook.output).toMatch(/validates/);
      expect(codebook.valid).toBe(true);
      const qde = joinPath(dir.path, `${name.length}.qde`);
      writeFile(qde, unzipSync(writeQdpx(document, tr))['project.qde']!);
      const project = validateXml(qde, joinPath(REFI_SCHEMAS, 'Project-mrt2019.xsd'));
      expect(project.output).toMatch(/validates/);
      expect(project.valid).toBe(true);
    });

    it.each(['codes.qde', 'blank.qde'])(
      'the ATLAS.ti-style fixture %s is a valid project, as a real export is',
      (name) => {
        const result = validateXml(
          joinPath(FIXTURES, 'refi', 'atlas-style', name),
          joinPath(REFI_SCHEMAS, 'Project-mrt2019.xsd'),
        );
        expect(result.valid).toBe(true);
      },
    );
  },
);

describe('.qdpx layout', () => {
  it('is a zip of project.qde and a flat lowercase sources/ folder of <GUID>.txt files without BOM', () => {
    const files = unzipSync(writeQdpx(doc));
    const names = Object.keys(files).sort();
    expect(names[0]).toBe('project.qde');
    for (const name of names.slice(1)) {
      expect(name).toMatch(/^sources\/[0-9A-F-]{36}\.txt$/);
      expect(files[name]![0]).not.toBe(0xef);
    }
    expect(names).toHaveLength(1 + doc.sessions.length);
    const xml = new TextDecoder().decode(files['project.qde']);
    for (const name of names.slice(1))
      expect(xml).toContain(`plainTextPath="internal://${name.slice('sources/'.length)}"`);
    for (const guid of xml.match(/(?<=(guid|GUID)=")[^"]+/g) ?? []) expect(guid).toMatch(GUID);
  });

  it('names no account or folder of the machine', () => {
    const { projectXml } = buildQdpxContents(doc);
    expect(projectXml).not.toMatch(/<Users|creatingUser|basePath|\/tmp|\/home|C:\\/);
  });

  it('writes the same bytes for the same document', () => {
    expect(writeQdpx(doc)).toEqual(writeQdpx(doc));
  });
});

describe('reading our own .qdpx back', () => {
  const project = readQdpx(writeQdpx(doc));

  it('has every theme as a code, with its hierarchy and colour', () => {
    expect(project.codes.map((c) => c.guid).sort()).toEqual(doc.themes.map((t) => refiGuid(t.id)).sort());
    expect(project.codes.find((c) => c.guid === refiGuid(ids.lighting))).toMatchObject({
      name: 'Street lighting',
      color: '#0F766E',
      parentGuid: null,
    });
    expect(project.warnings).toEqual([]);
  });

  it('has every session as a source and every note as a selection over exactly its words, coded with each theme', () => {
    expect(project.sources.map((s) => s.name).sort()).toEqual(doc.sessions.map((s) => s.title).sort());
    expect(project.selections).toHaveLength(doc.notes.length);
    for (const note of doc.notes) {
      const selection = project.selections.find((s) => s.guid === refiGuid(note.id))!;
      expect(selection.text).toBe(note.text);
      expect(selection.name).toBe(note.ref);
      const themes = [...(note.themeId ? [note.themeId] : []), ...(note.linkedThemeIds ?? [])];
      expect(selection.codeGuids).toEqual(themes.map((id) => refiGuid(id)));
    }
    // A note in three themes: one selection over its words, coded three times.
    const parkPaths = project.selections.find((s) => s.text.startsWith('The park paths'))!;
    expect(parkPaths.codeGuids).toEqual([ids.lighting, ids.youthSpaces, ids.transit].map((id) => refiGuid(id)));
    expect(project.selections.find((s) => s.guid === refiGuid('emoji-note'))!.text).toBe(
      '🚌 The bus is late again 🚌 & <always> "full"',
    );
  });

  it('has stakeholder groups and participants as cases with variables', () => {
    const youth = project.cases.find((c) => c.guid === refiGuid(ids.youth))!;
    expect(youth.variables).toMatchObject({ 'Case type': 'Stakeholder group', Attendance: '12' });
    expect(youth.sourceGuids).toEqual([refiGuid(ids.youthSession)]);
    const p1 = project.cases.find((c) => c.guid === refiGuid(ids.p1))!;
    expect(p1.variables).toMatchObject({
      'Case type': 'Participant',
      'Stakeholder group': 'Youth',
      'Age band': '16-18',
    });
    expect(p1.selectionGuids.length).toBe(doc.notes.filter((n) => n.participantId === ids.p1).length);
    const source = project.sources.find((s) => s.guid === refiGuid(ids.seniorsSession))!;
    expect(source.variables).toMatchObject({ 'Stakeholder group': 'Seniors', Date: '2025-02-12', Attendance: '9' });
  });

  it('carries master-theme mappings as sets, in the project and in the codebook', () => {
    const set = project.sets.find((s) => s.guid === refiGuid(ids.masterSafety, 'set'))!;
    expect(set.memberCodeGuids.sort()).toEqual([refiGuid(ids.lighting), refiGuid(ids.transit)].sort());
    const codebook = readQdc(writeQdc(doc));
    expect(codebook.codes).toHaveLength(doc.themes.length);
    expect(codebook.sets[0]!.memberCodeGuids.sort()).toEqual(set.memberCodeGuids.sort());
  });
});

describe('the words REFI-QDA files carry for people, in the report’s language', () => {
  const french = readQdpx(writeQdpx(doc, translator('fr-CA')));

  it('names variables, case types and sets in French, leaving what people typed and every code as it was', () => {
    const youth = french.cases.find((c) => c.guid === refiGuid(ids.youth))!;
    expect(youth.variables).toMatchObject({ 'Type de cas': 'Groupe d’intérêt', Participation: '12' });
    const p1 = french.cases.find((c) => c.guid === refiGuid(ids.p1))!;
    expect(p1.variables).toMatchObject({
      'Type de cas': 'Personne participante',
      'Groupe d’intérêt': 'Youth',
      'Age band': '16-18',
    });
    expect(french.sets.find((s) => s.guid === refiGuid(ids.masterSafety, 'set'))!.name).toMatch(
      /^Thème principal\u00a0: /u,
    );
    const english = readQdpx(writeQdpx(doc));
    expect(french.codes.map((c) => c.name)).toEqual(english.codes.map((c) => c.name));
  });

  it('heads each session’s text in French, every selection still exactly its note’s words', () => {
    const { sources } = buildQdpxContents(doc, translator('fr-CA'));
    const seniors = sources[`${refiGuid(ids.seniorsSession)}.txt`]!;
    expect(seniors).toContain('Groupe d’intérêt\u00a0: Seniors\nDate\u00a0: 2025-02-12\n');
    for (const note of doc.notes)
      expect(french.selections.find((s) => s.guid === refiGuid(note.id))!.text).toBe(note.text);
  });
});

describe("reading other tools' exports", () => {
  const fixture = (...parts: string[]) => joinPath(FIXTURES, 'refi', ...parts);
  /** Our ATLAS.ti-style projects are kept as readable XML; a .qdpx is that XML zipped as project.qde. */
  const atlasStyle = (name: string) => zipSync({ 'project.qde': strToU8(readText(fixture('atlas-style', name))) });

  it('reads the NVivo 12 sample: 152 codes in a hierarchy, 303 coded selections', () => {
    const project = readQdpx(readBytes(fixture('nvivo12_oltas0517.qdpx')));
    expect(project.origin).toMatch(/NVivo/);
    expect(project.codes).toHaveLength(152);
    expect(project.codes.some((c) => c.parentGuid !== null)).toBe(true);
    expect(project.sources).toHaveLength(2);
    expect(project.selections).toHaveLength(303);
    const codeGuids = new Set(project.codes.map((c) => c.guid));
    for (const selection of project.selections)
      for (const guid of selection.codeGuids) expect(codeGuids.has(guid)).toBe(true);
  });

  it('reads an ATLAS.ti-style project: users, a parent code with two children, no sources', () => {
    const codes = readQdpx(atlasStyle('codes.qde'));
    expect(codes.codes.map((c) => c.name)).toEqual(['Transport', 'Late buses', 'Dark bus stops']);
    expect(codes.codes.filter((c) => c.parentGuid === codes.codes[0]!.guid)).toHaveLength(2);
    expect(codes.sources).toEqual([]);
    const blank = readQdpx(atlasStyle('blank.qde'));
    expect(blank.sources).toEqual([]);
    expect(blank.codes).toEqual([]);
  });
});

describe('refusing damaged input with a clear message', () => {
  const good = writeQdpx(doc);
  it.each([
    ['a truncated zip', good.slice(0, Math.floor(good.length / 2)), 'truncated', /damaged or incomplete/],
    ['a file that is not a zip', strToU8('<Project/>'), 'not-a-zip', /not a \.qdpx/],
    ['a zip without project.qde', zipSync({ 'readme.txt': strToU8('hello') }), 'wrong-format', /no project\.qde/],
    [
      'a project.qde that is not XML',
      zipSync({ 'project.qde': strToU8('<Project name="x"><Sources>') }),
      'invalid',
      /not well-formed/,
    ],
    [
      'a 50 MB file',
      (() => {
        const big = new Uint8Array(50 * 1024 * 1024);
        big.set([0x50, 0x4b, 0x03, 0x04]);
        return big;
      })(),
      'too-large',
      /50\.0 MB/,
    ],
  ])('%s', (_name, bytes, code, message) => {
    try {
      readQdpx(bytes);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ReadError);
      expect((error as ReadError).code).toBe(code);
      expect((error as ReadError).message).toMatch(message);
      expect((error as ReadError).message).toMatch(/Nothing was imported/);
    }
  });
});

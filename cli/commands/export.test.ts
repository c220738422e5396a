/**
 * `fieldnotes export` and `fieldnotes validate` end to end in Node: two facilitators' work (one through a sync
 * folder written by the app's own sync, one as a bundle the app exported) consolidated into every format, the
 * files validated, and bad input refused with a clear message.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNodeSyncFolder } from '../../node/sync';
import { createFinding, mapThemeToMaster, recordResponse } from '../../renderer/data/commands/findings';
import { addNote } from '../../renderer/data/commands/notes';
import { createProject } from '../../renderer/data/commands/projects';
import { createSession } from '../../renderer/data/commands/sessions';
import { applyRemoteChanges } from '../../renderer/data/sync/applyChanges';
import { exportBundle } from '../../renderer/data/sync/bundleExport';
import { allChanges, closeReplicas, createReplica, type Replica } from '../../renderer/data/sync/replica.testkit';
import { syncProject } from '../../renderer/data/sync/syncProject';
import { listGroups } from '../../renderer/data/queries';
import { newId } from '../../shared/domain/ids';
import { readFindingsJson } from '../../shared/export/json';
import type { CommandRunner } from '../../renderer/data/commandRunner';
import { pdfPageText, pdftotext, xmllintStatus } from '../../tests/support/tools';
import { dispatch } from '../dispatch';
import { COMMANDS } from '.';

let dir: string;
const replicas: Replica[] = [];
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'fieldnotes-export-'));
});
afterEach(async () => {
  await closeReplicas(...replicas.splice(0));
  await rm(dir, { recursive: true, force: true });
});

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await dispatch(args, COMMANDS, {
    stdout: { write: (s: string) => out.push(s) },
    stderr: { write: (s: string) => err.push(s) },
    cwd: dir,
  });
  return { code, out: out.join(''), err: err.join('') };
}

async function theme(runner: CommandRunner, projectId: string, sessionId: string, name: string, noteIds: string[]) {
  return runner.run({ id: 'commands.createTheme', values: { name: 'test' } }, async (ctx) => {
    const made = await ctx.insert('themes', { id: newId(), projectId, sessionId, name, color: '#336699' });
    for (const id of noteIds) await ctx.update('notes', id, { themeId: made.id });
    return made;
  });
}

/** Ana syncs through the folder; Bo (who got the project kit) hands in a bundle. Both map to one master theme. */
async function twoFacilitators() {
  const ana = createReplica('Ana');
  const bo = createReplica('Bo');
  replicas.push(ana, bo);
  const project = await createProject(ana.runner, { name: 'Riverside Safety', templateId: 'community-safety-plan' });
  const groups = await listGroups(ana.db, project.id);
  const youth = await createSession(ana.runner, project.id, {
    title: 'Youth group',
    groupId: groups.find((g) => g.name === 'Youth')!.id,
    facilitator: 'Quentin Facilitatorson',
  });
  const dark = await addNote(ana.runner, { sessionId: youth.id, text: 'The park paths are completely dark at night' });
  const phone = await addNote(ana.runner, {
    sessionId: youth.id,
    text: 'Call the coach at 613-555-0123 for night games',
  });
  const secret = await addNote(ana.runner, {
    sessionId: youth.id,
    text: 'My cousin deals behind the arena',
    flags: { doNotQuote: true },
  });
  const lighting = await theme(ana.runner, project.id, youth.id, 'Lighting', [dark.id, phone.id, secret.id]);
  const mapped = await mapThemeToMaster(ana.runner, project.id, [lighting.id], { newMaster: { name: 'Safe streets' } });
  const folder = path.join(dir, 'Shared');
  await (await import('node:fs/promises')).mkdir(folder);
  await syncProject({ runner: ana.runner, port: createNodeSyncFolder(folder), deviceName: 'Ana’s laptop' }, project.id);

  await applyRemoteChanges(bo.db, await allChanges(ana), { published: 1 });
  const seniors = await createSession(bo.runner, project.id, {
    title: 'Seniors lunch',
    groupId: groups.find((g) => g.name === 'Seniors')!.id,
  });
  const bus = await addNote(bo.runner, { sessionId: seniors.id, text: 'No light at the bus shelter on King Street' });
  const busStops = await theme(bo.runner, project.id, seniors.id, 'Dark bus stops', [bus.id]);
  bo.time.now += 60_000;
  await mapThemeToMaster(bo.runner, project.id, [busStops.id], { masterThemeId: mapped.masterThemeId! });
  const bundle = await exportBundle(
    bo.runner,
    { kind: 'project', projectId: project.id },
    { deviceName: 'Bo’s laptop' },
  );
  await writeFile(path.join(dir, 'bo.fieldnotes'), bundle.bytes);
  return { project, secretText: secret.text, ana, lighting, folder, evidence: [dark.id, phone.id, secret.id] };
}

describe('fieldnotes export', () => {
  it('consolidates a sync folder and a bundle into every format, through the privacy gate', async () => {
    const { secretText } = await twoFacilitators();
    const run = await cli(
      'export',
      'Shared',
      'bo.fieldnotes',
      '--xlsx',
      'out.xlsx',
      '--json',
      'out.json',
      '--docx',
      'out.docx',
      '--qdpx',
      'out.qdpx',
      '--qdc',
      'out.qdc',
      '--no-names',
    );
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toContain('Project “Riverside Safety”, from 2 sources (master themes, consolidated)');
    expect(run.out).toMatch(/1 piece of personal information removed \(1 phone number\)/);
    expect(run.out).toContain('wrote out.qdpx');

    const doc = readFindingsJson(await readFile(path.join(dir, 'out.json'), 'utf8'));
    expect(doc.level).toBe('master');
    expect(doc.totals).toMatchObject({ sessions: 2, notes: 4 });
    const master = doc.ranking.find((r) => r.name === 'Safe streets')!;
    expect(master.noteCount).toBe(4);
    expect(master.groupIds).toHaveLength(2);
    expect(master.quotes.map((q) => q.text)).not.toContain(secretText);
    expect(doc.mappings.map((m) => m.by)).toEqual(['mapper 1', 'mapper 2']);

    const everything = (
      await Promise.all(['out.json', 'out.qdc'].map((f) => readFile(path.join(dir, f), 'utf8')))
    ).join('\n');
    for (const leak of ['613-555-0123', 'Ana’s laptop', 'Bo’s laptop', 'Quentin', dir]) {
      expect(everything).not.toContain(leak);
    }
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(dir, 'out.xlsx'));
    expect(workbook.getWorksheet('Coverage')).toBeDefined();
  });

  it('writes the action plan and “You said, we did”, for the project and for one stakeholder group', async () => {
    const { project, ana, lighting, folder, evidence, secretText } = await twoFacilitators();
    const finding = await createFinding(ana.runner, project.id, {
      statement: 'Dark park paths keep young people home at night.',
      themeIds: [lighting.id],
      evidenceNoteIds: evidence,
      priority: 1,
      actions: [
        {
          text: 'Light the park paths',
          lead: 'Parks and recreation',
          partners: ['Police service'],
          timeframe: 'short',
        },
      ],
      measures: [
        {
          text: 'Youth who feel safe in the park at night',
          baseline: '30%',
          target: '50%',
          dataSource: 'Youth survey',
        },
      ],
    });
    await recordResponse(ana.runner, finding.id, {
      status: 'adopted',
      reason: 'Council funded it.',
      recordedBy: 'Ana',
    });
    await syncProject(
      { runner: ana.runner, port: createNodeSyncFolder(folder), deviceName: 'Ana’s laptop' },
      project.id,
    );

    const whole = await cli(
      'export',
      'Shared',
      'bo.fieldnotes',
      '--said-did-html',
      'all.html',
      '--xlsx',
      'o.xlsx',
      '--no-names',
    );
    expect(whole.code).toBe(0);
    const html = await readFile(path.join(dir, 'all.html'), 'utf8');
    expect(html).toContain('You said, we did: Riverside Safety');
    expect(html).toContain('We did: We put this in the plan.');
    expect(html).toContain('Light the park paths. Led by Parks and recreation, with Police service.');
    expect(html).not.toContain(secretText);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(dir, 'o.xlsx'));
    expect(workbook.getWorksheet('Action plan')!.getCell(2, 5).value).toBe('Light the park paths');

    expect(
      (
        await cli(
          'export',
          'Shared',
          'bo.fieldnotes',
          '--said-did-html',
          'youth.html',
          '--group',
          'youth',
          '--no-names',
        )
      ).code,
    ).toBe(0);
    expect(await readFile(path.join(dir, 'youth.html'), 'utf8')).toContain(
      'You said, we did: Riverside Safety (Youth)',
    );
    expect(
      (await cli('export', 'Shared', 'bo.fieldnotes', '--said-did-docx', 's.docx', '--group', 'Seniors', '--no-names'))
        .code,
    ).toBe(0);
    const unknown = await cli('export', 'Shared', '--said-did-html', 'x.html', '--group', 'Nobody');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/there is no stakeholder group “Nobody” in this project \(groups: .*Youth/);
  });

  it('writes the council workshop deck as PowerPoint and as PDF: the same slides, nothing flagged', async () => {
    const { secretText } = await twoFacilitators();
    const run = await cli('export', 'Shared', 'bo.fieldnotes', '--pptx', 'deck.pptx', '--deck-pdf', 'deck.pdf');
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toContain('wrote deck.pdf');
    const slides = Object.keys(unzipSync(new Uint8Array(await readFile(path.join(dir, 'deck.pptx'))))).filter((n) =>
      /^ppt\/slides\/slide\d+\.xml$/.test(n),
    );
    const pdf = await PDFDocument.load(new Uint8Array(await readFile(path.join(dir, 'deck.pdf'))));
    expect(pdf.getPageCount()).toBe(slides.length);
    if (!pdftotext) return;
    const pages = slides.map((_, i) => pdfPageText(path.join(dir, 'deck.pdf'), i + 1)).join('\n');
    expect(pages).toContain('Safe streets');
    expect(pages).toContain('Riverside Safety');
    expect(pages).not.toContain(secretText);
    expect(pages).not.toContain('613-555-0123');
  });

  it('refuses missing sources, missing formats and damaged bundles, writing nothing', async () => {
    expect((await cli('export', 'nowhere', '--xlsx', 'x.xlsx')).err).toMatch(/nothing found at nowhere/);
    await writeFile(path.join(dir, 'cut.fieldnotes'), zipSync({ 'manifest.json': strToU8('{"format":') }));
    const damaged = await cli('export', 'cut.fieldnotes', '--json', 'x.json');
    expect(damaged.code).toBe(2);
    expect(damaged.err).toMatch(/damaged/);
    const none = await cli('export', 'cut.fieldnotes');
    expect(none.err).toMatch(/choose at least one format/);
    await expect(readFile(path.join(dir, 'x.json'))).rejects.toThrow();
  });
});

describe('fieldnotes validate', () => {
  it('passes the files export writes, and the bundle', async () => {
    await twoFacilitators();
    expect(
      (
        await cli(
          'export',
          'Shared',
          'bo.fieldnotes',
          '--json',
          'o.json',
          '--qdpx',
          'o.qdpx',
          '--qdc',
          'o.qdc',
          '--no-names',
        )
      ).code,
    ).toBe(0);
    const json = await cli('validate', 'o.json');
    expect(json.code).toBe(0);
    expect(json.out).toMatch(/^VALID findings JSON \(fieldnotes\.findings version 2\): o\.json/);
    const bundle = await cli('validate', 'bo.fieldnotes');
    expect(bundle.out).toMatch(/^VALID Fieldnotes bundle/);
    expect(bundle.out).toContain('2 sessions · 4 notes');
    for (const file of ['o.qdpx', 'o.qdc']) {
      // The XSDs ship with Fieldnotes: no option is needed to find them.
      const refi = await cli('validate', file);
      expect(refi.code).toBe(0);
      if (xmllintStatus.available) expect(refi.out).toMatch(/matches (Project|Codebook)-mrt2019\.xsd/);
      else expect(refi.out).toMatch(/XSD check skipped: xmllint is not installed/);
    }
  });

  it('says what is wrong: cut short, newer version, schema violations, not our format', async () => {
    await twoFacilitators();
    await cli('export', 'Shared', '--json', 'o.json', '--qdpx', 'o.qdpx', '--no-names');
    const text = await readFile(path.join(dir, 'o.json'), 'utf8');
    const write = (name: string, data: string | Uint8Array) => writeFile(path.join(dir, name), data);

    await write('cut.json', text.slice(0, 200));
    expect((await cli('validate', 'cut.json')).err).toMatch(
      /INVALID JSON: the file is not valid JSON \(it may be cut short\)/,
    );
    await write('newer.json', text.replace('"version": 2', '"version": 3'));
    expect((await cli('validate', 'newer.json')).err).toMatch(/format version 3, made by a newer Fieldnotes/);
    const broken = JSON.parse(text) as Record<string, unknown>;
    delete broken.notes;
    await write('broken.json', JSON.stringify(broken));
    const schema = await cli('validate', 'broken.json');
    expect(schema.code).toBe(2);
    expect(schema.err).toMatch(/does not match the schema: notes is missing/);

    const qdpx = await readFile(path.join(dir, 'o.qdpx'));
    await write('cut.qdpx', qdpx.subarray(0, qdpx.length - 200));
    expect((await cli('validate', 'cut.qdpx')).err).toMatch(/INVALID REFI-QDA project: .*damaged or incomplete/);

    await write(
      'newer.fieldnotes',
      zipSync({ 'manifest.json': strToU8('{"format":"fieldnotes.bundle","version":"2.0"}') }),
    );
    expect((await cli('validate', 'newer.fieldnotes')).err).toMatch(/made by a newer version of Fieldnotes/);
    await write('notes.txt', 'just some notes');
    expect((await cli('validate', 'notes.txt')).err).toMatch(/not a findings JSON, REFI-QDA or bundle file/);
  });
});

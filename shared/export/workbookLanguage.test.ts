/**
 * The workbook, the CSV and "You said, we did" in the language chosen for the report: sheet names, headers and the
 * words the writers put in cells follow it, read back as a spreadsheet program reads them; what people typed
 * (notes, theme names, actions) is never translated, and English stays as it was.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { NOW, smallProject } from '../../tests/support/fixtures';
import { buildFindingsDocument } from '../findings/document';
import { planWords } from '../findings/planText';
import { liveSnapshot } from '../findings/snapshot';
import { translator } from '../i18n/translate';
import { planExport } from '../privacy/plan';
import { writeExport } from './formats';
import { buildSaidDidReport } from './report/saidDid';

function makeDocument() {
  const live = liveSnapshot(smallProject().snapshot);
  return buildFindingsDocument(planExport(live, { scan: { names: false } }), { now: NOW });
}

async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

const headers = (sheet: ExcelJS.Worksheet) => (sheet.getRow(1).values as unknown[]).slice(1);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes).replace(/^\uFEFF/u, '');

describe('the workbook in the report’s language', () => {
  it('names its sheets and headers in French, with French words in cells and the notes as typed', async () => {
    const doc = makeDocument();
    const workbook = await readWorkbook(await writeExport('xlsx', doc, 'fr-CA'));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Sommaire',
      'Séances',
      'Notes',
      'Thèmes',
      'Couverture',
      'Constats',
      'Plan d’action',
      'Livre de codes',
    ]);
    const notes = workbook.getWorksheet('Notes')!;
    expect(headers(notes)).toEqual(expect.arrayContaining(['Réf.', 'Séance', 'Groupe d’intérêt', 'Texte', 'Sensible']));
    expect(headers(notes)).not.toContain('Text');
    const text = headers(notes).indexOf('Texte') + 1;
    const written = new Set(notes.getColumn(text).values.slice(2).map(String));
    for (const note of doc.notes.filter((n) => !n.withheld && !/^[=+\-@]/u.test(n.text))) {
      expect(written.has(note.text)).toBe(true);
    }
    const sensitive = headers(notes).indexOf('Sensible') + 1;
    expect(new Set(notes.getColumn(sensitive).values.slice(2))).toContain('oui');

    const summary = workbook.getWorksheet('Sommaire')!;
    expect(headers(summary)).toEqual(['Élément', 'Valeur']);
    expect(summary.getCell(2, 1).value).toBe('Projet');
    expect(summary.getCell(2, 2).value).toBe(doc.project.name);

    const plan = workbook.getWorksheet('Plan d’action')!;
    expect(headers(plan)).toEqual([
      'Priorité',
      'Constat',
      'Thèmes',
      'Ligne',
      'Action',
      'Organisme responsable',
      'Organismes partenaires',
      'Échéance',
      'Mesure des progrès',
      'Point de départ',
      'Cible',
      'Source des données',
      'Réponse',
    ]);
    const cells = plan.getSheetValues().flat().map(String);
    expect(cells).toContain('Court terme');
    expect(cells).toContain('Adopté dans le plan');
    expect(cells).not.toContain('Short term');
  });

  it('stays in English by default', async () => {
    const workbook = await readWorkbook(await writeExport('xlsx', makeDocument()));
    expect(workbook.worksheets[0]!.name).toBe('Summary');
    expect(headers(workbook.getWorksheet('Notes')!)[0]).toBe('Ref');
  });
});

describe('the notes CSV in the report’s language', () => {
  it('heads its columns in the language chosen, English by default', async () => {
    const doc = makeDocument();
    const english = decode(await writeExport('csv', doc));
    const french = decode(await writeExport('csv', doc, 'fr-CA'));
    expect(english.split('\r\n')[0]).toBe(
      'Ref,Session,Stakeholder group,Date,Question,Participant,Kind,Theme,Also in themes,Reported under,Text,Votes,Sensitive,Do not quote,Cultural protocol,Text withheld,Note ID',
    );
    expect(french.split('\r\n')[0]).toBe(
      'Réf.,Séance,Groupe d’intérêt,Date,Question,Personne participante,Type,Thème,Aussi dans les thèmes,Présentée sous,Texte,Votes,Sensible,Ne pas citer,Protocole culturel,Texte retenu,Identifiant de la note',
    );
    // The same rows under either header: only the words the writer adds ("yes") change.
    expect(french.split('\r\n').length).toBe(english.split('\r\n').length);
  });
});

describe('the plan’s words', () => {
  const action = { text: 'Light the trail', lead: 'Parks', partners: ['Police', 'Hydro'], timeframe: 'short' as const };
  const measure = { text: 'Feel safe', baseline: '41%', target: '60%', dataSource: 'Survey' };

  it('read the same in English as before', () => {
    const en = planWords();
    expect(en.action(action)).toBe('Light the trail (lead: Parks; partners: Police, Hydro; short term)');
    expect(en.measure(measure)).toBe('Feel safe (baseline: 41%; target: 60%; source: Survey)');
    expect(en.measure({ ...measure, baseline: '', target: '', dataSource: '' })).toBe('Feel safe');
    expect(en.response(null)).toBe('No response recorded yet');
  });

  it('follow French typography in French, leaving what was typed alone', () => {
    const fr = planWords(translator('fr-CA'));
    expect(fr.action(action)).toBe(
      'Light the trail (responsable\u00a0: Parks\u202f; partenaires\u00a0: Police, Hydro\u202f; court terme)',
    );
    expect(fr.timeframe('long')).toBe('Long terme');
    expect(fr.response('out-of-scope')).toBe('Hors de la portée du plan');
  });
});

describe('"You said, we did" in the report’s language', () => {
  it('speaks French to the people who took part, the same blocks as in English', () => {
    const doc = makeDocument();
    const english = buildSaidDidReport(doc);
    const french = buildSaidDidReport(doc, translator('fr-CA'));
    expect(french.lang).toBe('fr-CA');
    expect(french.title).toBe(`Vous avez dit, nous avons fait\u00a0: ${doc.project.name}`);
    expect(french.blocks.map((b) => b.type)).toEqual(english.blocks.map((b) => b.type));
    const words = JSON.stringify(french.blocks);
    expect(words).toContain('Merci d’avoir participé.');
    expect(words).toContain('En un coup d’œil');
    expect(words).toContain('Préparé le 1 mars 2025');
    for (const english of ['Thank you', 'At a glance', 'We did:', 'Prepared']) expect(words).not.toContain(english);
  });
});

/**
 * The workbook's Agreement sheet, written by exceljs and read back by LibreOffice: two coders who themed the
 * seniors' session on their own, compared on master themes once both are done; the sheet is left out while a
 * coder is still coding (blind), and it never carries note text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOW, smallProject } from '../../tests/support/fixtures';
import {
  CSV_ALL_SHEETS,
  convertWithLibreOffice,
  joinPath,
  parseCsv,
  readText,
  sheetCsvPath,
  sofficeStatus,
  tempDir,
  writeFile,
} from '../../tests/support/tools';
import type { Coding, CodingPass } from '../domain/schemas';
import { buildFindingsDocument } from '../findings/document';
import { planExport } from '../privacy/plan';
import { workbookTables } from './tables';
import { writeXlsx } from './xlsx';

function codedDocument(secondDone = true) {
  const { snapshot, ids } = smallProject();
  const base = { projectId: snapshot.project.id, createdAt: NOW, updatedAt: NOW, deleted: false };
  const pass = (id: string, coder: string, done: boolean): CodingPass => ({
    ...base,
    id,
    sessionId: ids.seniorsSession,
    coder,
    deviceId: '',
    done,
  });
  const seniorNotes = snapshot.notes.filter((n) => n.sessionId === ids.seniorsSession && !n.flags.sensitive);
  const [n1, n2, n3] = seniorNotes as [(typeof seniorNotes)[0], (typeof seniorNotes)[0], (typeof seniorNotes)[0]];
  const coding = (passId: string, noteId: string, themeId: string | null): Coding => ({
    ...base,
    id: `${passId}-${noteId}`,
    sessionId: ids.seniorsSession,
    passId,
    noteId,
    themeId,
  });
  const codingPasses = [pass('pass-a', 'Ana', true), pass('pass-b', 'Ben', secondDone)];
  // Ana: Safe streets (through Transit safety), Safe streets, Services; Ben: Safe streets, Services, Services.
  const codings = [
    coding('pass-a', n1.id, ids.transit),
    coding('pass-a', n2.id, ids.masterSafety),
    coding('pass-a', n3.id, ids.masterServices),
    coding('pass-b', n1.id, ids.masterSafety),
    coding('pass-b', n2.id, ids.masterServices),
    coding('pass-b', n3.id, ids.masterServices),
  ];
  const plan = planExport({ ...snapshot, codingPasses, codings }, { scan: { names: false } });
  return { doc: buildFindingsDocument(plan, { now: NOW, level: 'master' }), texts: [n1.text, n2.text, n3.text] };
}

describe('agreement in the findings document', () => {
  it('compares the two coders on master themes: kappa 0.40, alpha 0.444 on three notes', () => {
    const { doc } = codedDocument();
    expect(doc.agreement).toHaveLength(1);
    const [entry] = doc.agreement!;
    expect(entry).toMatchObject({ firstCoder: 'Ana', secondCoder: 'Ben', codedByBoth: 3, disagreements: 1 });
    // p_o 2/3; marginals Ana (2/3, 1/3), Ben (1/3, 2/3): p_e 4/9; kappa (2/3 − 4/9)/(5/9) = 0.4.
    expect(entry!.kappa).toBeCloseTo(0.4, 10);
    // 6 values (3 and 3), 2 disagreeing pairs: 1 − (2/6)/(18/30) = 0.444.
    expect(entry!.alpha).toBeCloseTo(4 / 9, 10);
  });

  it('has no agreement, and no sheet, while a coder is still coding', () => {
    const { doc } = codedDocument(false);
    expect(doc.agreement).toBeUndefined();
    expect(workbookTables(doc).map((t) => t.name)).not.toContain('Agreement');
  });
});

describe.skipIf(sofficeStatus.skipReason !== null)(
  `Agreement sheet read by LibreOffice ${sofficeStatus.skipReason ?? ''}`,
  () => {
    const { doc, texts } = codedDocument();
    const table = workbookTables(doc).find((t) => t.name === 'Agreement')!;
    const dir = tempDir('agreement-xlsx');
    const file = joinPath(dir.path, 'findings.xlsx');
    beforeAll(async () => {
      writeFile(file, await writeXlsx(doc));
      convertWithLibreOffice([file], CSV_ALL_SHEETS, dir.path);
    }, 120_000);
    afterAll(() => dir.remove());

    it('holds the overall and per theme rows as written, and no note text', () => {
      const csv = readText(sheetCsvPath(dir.path, file, 'Agreement'));
      const rows = parseCsv(csv);
      expect(rows[0]).toEqual(table.columns.map((c) => c.header));
      expect(rows).toHaveLength(table.rows.length + 1);
      expect(rows[1]).toEqual([
        'Seniors focus group',
        'Ana',
        'Ben',
        'All themes',
        '',
        '',
        '3',
        '0.667',
        '0.4',
        '0.444',
        '1',
      ]);
      const services = rows.find((r) => r[3] === 'Services and supports')!;
      expect(services.slice(4, 7)).toEqual(['1', '2', '1']);
      for (const text of texts) expect(csv).not.toContain(text);
    });
  },
);

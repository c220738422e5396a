import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { NOW, smallProject } from '../../tests/support/fixtures';
import { buildFindingsDocument } from '../findings/document';
import { liveSnapshot } from '../findings/snapshot';
import { planExport } from '../privacy/plan';
import { workbookTables } from './tables';
import { writeXlsx } from './xlsx';

/** The English headers, as a PMT's plan template expects them (the English workbook must not change). */
const ACTION_PLAN_COLUMNS = [
  'Priority',
  'Finding',
  'Themes',
  'Row',
  'Action',
  'Lead agency',
  'Partner agencies',
  'Timeframe',
  'Measure of progress',
  'Baseline',
  'Target',
  'Data source',
  'Response',
];

function documentWithPlan() {
  const { snapshot } = smallProject();
  const live = liveSnapshot(snapshot);
  const first = live.findings[0]!;
  live.findings.push(
    {
      ...first,
      id: 'second',
      statement: 'Youth want somewhere to go on Friday nights.',
      priority: 2,
      actions: [
        { text: 'Open the youth centre on Fridays', lead: 'Parks and recreation', partners: [], timeframe: 'medium' },
        { text: 'Peer mentors at the drop-in', lead: '', partners: ['Community non-profits'], timeframe: null },
      ],
      measures: [],
      response: null,
    },
    { ...first, id: 'third', statement: 'Not yet planned', priority: null, actions: [], measures: [], response: null },
  );
  return buildFindingsDocument(planExport(live, { scan: { names: false } }), { now: NOW });
}

describe('Action plan sheet', () => {
  const doc = documentWithPlan();
  const table = workbookTables(doc).find((t) => t.name === 'Action plan')!;

  it('lists each priority’s actions, then its measures, in priority order, with undecided findings last', () => {
    expect(table.columns.map((c) => c.header)).toEqual([...ACTION_PLAN_COLUMNS]);
    const at = (header: string) => ACTION_PLAN_COLUMNS.indexOf(header as never);
    expect(
      table.rows.map((r) => [r[at('Priority')], r[at('Row')], r[at('Action')] || r[at('Measure of progress')]]),
    ).toEqual([
      [1, 'Action', 'Audit lighting on park paths and the river trail'],
      [1, 'Measure', 'Share of residents who feel safe walking after dark'],
      [2, 'Action', 'Open the youth centre on Fridays'],
      [2, 'Action', 'Peer mentors at the drop-in'],
      ['', 'To decide', ''],
    ]);
    const [audit, measure, open] = table.rows;
    expect(audit!.slice(at('Lead agency'), at('Timeframe') + 1)).toEqual([
      'Parks and recreation',
      'Police service, Hydro utility',
      'Short term',
    ]);
    expect(audit![at('Response')]).toBe('Adopted in the plan');
    expect(measure!.slice(at('Baseline'), at('Data source') + 1)).toEqual([
      '41% (2024 survey)',
      '60% by 2028',
      'Resident safety survey',
    ]);
    // A measure row leaves the action columns empty: it belongs to the priority, not to the action above it.
    expect(measure!.slice(at('Action'), at('Timeframe') + 1)).toEqual(['', '', '', '']);
    expect(open![at('Timeframe')]).toBe('Medium term');
    expect(open![at('Response')]).toBe('No response recorded yet');
  });

  it('is in the workbook after Findings, read back by exceljs cell for cell', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeXlsx(doc)) as unknown as ArrayBuffer);
    const names = workbook.worksheets.map((s) => s.name);
    expect(names.indexOf('Action plan')).toBe(names.indexOf('Findings') + 1);
    const sheet = workbook.getWorksheet('Action plan')!;
    expect(sheet.rowCount).toBe(table.rows.length + 1);
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...ACTION_PLAN_COLUMNS]);
    table.rows.forEach((row, r) =>
      row.forEach((value, c) => expect(sheet.getCell(r + 2, c + 1).value ?? '').toEqual(value)),
    );
    const findings = workbook.getWorksheet('Findings')!;
    const headers = (findings.getRow(1).values as unknown[]).slice(1);
    expect(headers).toContain('Response recorded by');
    expect(String(findings.getCell(2, headers.indexOf('Ideas for action') + 1).value)).toBe(
      'Audit lighting on park paths and the river trail (lead: Parks and recreation; partners: Police service, Hydro utility; short term)',
    );
  });
});

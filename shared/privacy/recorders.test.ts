import { describe, expect, it } from 'vitest';
import { NOW, smallProject } from '../../tests/support/fixtures';
import { workbookTables } from '../export/tables';
import { writeFindingsJson } from '../export/json';
import { buildFindingsDocument } from '../findings/document';
import { planExport } from './plan';
import { withNumberedRecorders } from './recorders';

const response = (recordedBy: string, recordedAt: string) => ({
  status: 'adopted' as const,
  reason: '',
  outcome: '',
  recordedBy,
  recordedAt,
});

describe('who recorded a response, in exports', () => {
  it('numbers people in the order they first recorded one, the same person always alike', () => {
    const findings = [
      { id: 'a', response: response('Sam (PMT)', '2025-03-05T10:00:00Z') },
      { id: 'b', response: response('  Ana Lopez ', '2025-03-02T10:00:00Z') },
      { id: 'c', response: response('sam  (pmt)', '2025-03-09T10:00:00Z') },
      { id: 'd', response: response('', '2025-03-01T10:00:00Z') },
      { id: 'e', response: null },
    ];
    expect(withNumberedRecorders(findings).map((f) => f.response?.recordedBy ?? null)).toEqual([
      'recorder 2',
      'recorder 1',
      'recorder 2',
      '',
      null,
    ]);
  });

  it('never leaves with the name in the workbook or the JSON; the facilitator’s own screen keeps it', () => {
    const { snapshot } = smallProject();
    const doc = buildFindingsDocument(planExport(snapshot, { scan: { names: false } }), { now: NOW });
    const findingsSheet = workbookTables(doc).find((t) => t.name === 'Findings')!;
    const column = findingsSheet.columns.findIndex((c) => c.header === 'Response recorded by');
    expect(findingsSheet.rows.map((r) => r[column]).filter(Boolean)).toEqual(['recorder 1']);
    expect(writeFindingsJson(doc)).not.toContain('Sam (PMT)');
    const onScreen = planExport(snapshot, { scan: { names: false }, onScreenOnly: true });
    expect(onScreen.snapshot.findings.map((f) => f.response?.recordedBy).filter(Boolean)).toEqual(['Sam (PMT)']);
  });
});

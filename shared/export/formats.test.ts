import { strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { NOW, smallProject } from '../../tests/support/fixtures';
import { buildFindingsDocument } from '../findings/document';
import { liveSnapshot } from '../findings/snapshot';
import { planExport } from '../privacy/plan';
import { EXPORT_FORMATS, exportFileName, writeExport, type ExportFormat } from './formats';

const { snapshot } = smallProject();
const doc = buildFindingsDocument(planExport(liveSnapshot(snapshot), { scan: { names: false } }), { now: NOW });

describe('writeExport', () => {
  it.each(Object.keys(EXPORT_FORMATS) as ExportFormat[])('writes %s', async (format) => {
    const bytes = await writeExport(format, doc);
    expect(bytes.length).toBeGreaterThan(100);
    const zipped = format === 'xlsx' || format === 'docx' || format === 'qdpx' || format === 'pptx';
    if (zipped) expect(strFromU8(bytes.slice(0, 2))).toBe('PK');
    if (format === 'csv') expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('names files from the project and date only', () => {
    expect(exportFileName(doc, 'xlsx')).toBe('riverside-community-safety-plan-findings-2025-03-01.xlsx');
    expect(exportFileName({ ...doc, project: { ...doc.project, name: '../Café: été/2025' } }, 'docx')).toBe(
      'cafe-ete-2025-what-we-heard-2025-03-01.docx',
    );
    expect(exportFileName(doc, 'pptx')).toBe('riverside-community-safety-plan-council-workshop-2025-03-01.pptx');
  });
});

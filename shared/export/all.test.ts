import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { NOW, smallProject } from '../../tests/support/fixtures';
import { buildFindingsDocument } from '../findings/document';
import { liveSnapshot } from '../findings/snapshot';
import { planExport } from '../privacy/plan';
import { exportFolderName, writeAllExports, zipExports } from './all';
import { writeExport } from './formats';

const doc = buildFindingsDocument(planExport(liveSnapshot(smallProject().snapshot)), { now: NOW });

describe('export all', () => {
  it('zips every chosen format into one folder, each file byte for byte what the single export writes', async () => {
    const progress: number[] = [];
    const files = await writeAllExports(['csv', 'json', 'html', 'docx'], doc, (done) => progress.push(done));
    expect(progress).toEqual([1, 2, 3, 4]);
    const folder = exportFolderName(doc);
    expect(folder).toBe('riverside-community-safety-plan-export-2025-03-01');
    const zip = unzipSync(zipExports(folder, files));
    expect(Object.keys(zip).sort()).toEqual(
      [
        'riverside-community-safety-plan-notes-2025-03-01.csv',
        'riverside-community-safety-plan-findings-2025-03-01.json',
        'riverside-community-safety-plan-what-we-heard-2025-03-01.html',
        'riverside-community-safety-plan-what-we-heard-2025-03-01.docx',
      ]
        .map((name) => `${folder}/${name}`)
        .sort(),
    );
    expect(zip[`${folder}/riverside-community-safety-plan-notes-2025-03-01.csv`]).toEqual(
      await writeExport('csv', doc),
    );
  });
});

/**
 * Properties every export shares: what the privacy gate removed is in none of them, a do-not-quote note is never a
 * quote, and no file carries a path or an account name of the machine it was made on.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { NOW, SECRET, smallProject } from '../../tests/support/fixtures';
import { machineIdentifiers } from '../../tests/support/tools';
import { buildFindingsDocument } from '../findings/document';
import type { FindingsDocument } from '../findings/documentSchema';
import { liveSnapshot } from '../findings/snapshot';
import { planExport, type ExportOptions } from '../privacy/plan';
import { writeNotesCsv } from './csv';
import { writeReportDocx } from './docx';
import { writeReportHtml } from './html';
import { writeFindingsJson } from './json';
import { writeQdc } from './refi/qdc';
import { writeQdpx } from './refi/qdpx';
import { writeXlsx } from './xlsx';

/** Every export of the document as text: zips are opened and their entries joined. */
async function allExports(doc: FindingsDocument): Promise<Record<string, string>> {
  const unzipText = (bytes: Uint8Array) =>
    Object.values(unzipSync(bytes))
      .map((entry) => strFromU8(entry))
      .join('\n');
  return {
    xlsx: unzipText(await writeXlsx(doc)),
    json: writeFindingsJson(doc),
    csv: writeNotesCsv(doc),
    docx: unzipText(await writeReportDocx(doc)),
    html: writeReportHtml(doc),
    qdc: writeQdc(doc),
    qdpx: unzipText(writeQdpx(doc)),
  };
}

function documentFor(options: ExportOptions = {}) {
  const { snapshot, ids } = smallProject();
  return { doc: buildFindingsDocument(planExport(liveSnapshot(snapshot), options), { now: NOW }), ids };
}

describe('every export', () => {
  it('carries no withheld text, no staff names, no device id, no paths and no account name', async () => {
    const exports = await allExports(documentFor().doc);
    const forbidden = [
      SECRET.sensitive,
      SECRET.cultural,
      'Quentin',
      'Wilhelmina',
      'ABCDEF0123456789',
      '/tmp/',
      ...machineIdentifiers(),
    ];
    for (const [format, text] of Object.entries(exports)) {
      for (const secret of forbidden) expect(text.includes(secret), `${format} contains ${secret}`).toBe(false);
    }
  });

  it('never uses a do-not-quote note as a quote, and leaves it out entirely when the policy says so', async () => {
    const { doc, ids } = documentFor();
    const quotes = [...doc.ranking.flatMap((r) => r.quotes), ...doc.findings.flatMap((f) => f.quotes)];
    expect(quotes.some((q) => q.noteId === ids.doNotQuoteNote)).toBe(false);
    const reports = await allExports(doc);
    for (const format of ['docx', 'html'] as const) expect(reports[format]).not.toContain(SECRET.doNotQuote);

    const strict = await allExports(documentFor({ flags: { doNotQuote: 'withhold' } }).doc);
    for (const [format, text] of Object.entries(strict)) expect(text.includes(SECRET.doNotQuote), format).toBe(false);
  });

  it('carries no personal information the scan found, in any format', async () => {
    const exports = await allExports(documentFor().doc);
    for (const [format, text] of Object.entries(exports)) {
      for (const pii of ['613-555-0123', 'maria.g@example.org', '42 Elm Street', 'K1A 0B1', 'Maria Gonzalez']) {
        expect(text.includes(pii), `${format} contains ${pii}`).toBe(false);
      }
    }
  });
});

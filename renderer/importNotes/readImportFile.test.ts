import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, readImportFile } from './readImportFile';

/** Single-byte text in a legacy encoding: ASCII as is, the listed characters as their code. */
function legacyBytes(text: string, table: Record<string, number>): Uint8Array {
  return Uint8Array.from([...text].map((ch) => table[ch] ?? ch.charCodeAt(0)));
}

async function workbook(rows: ExcelJS.CellValue[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Notes');
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('readImportFile: CSV', () => {
  const csv = 'Note,Speaker,Session\r\n"Café on Main, open late",P1,Seniors\r\n';

  it('reads UTF-8 with and without a byte-order mark', async () => {
    const plain = await readImportFile('notes.csv', new TextEncoder().encode(csv));
    expect(plain.rows[0]![0]).toBe('Café on Main, open late');
    expect(plain.source).toEqual({ kind: 'csv', encoding: 'utf-8', detected: true });
    const bom = await readImportFile('notes.csv', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(csv)]));
    expect(bom.header[0]).toBe('Note');
    expect(bom.lines).toEqual([2]);
  });

  it('detects Windows-1252 and Mac Roman, and lets the user override', async () => {
    const windows = await readImportFile('n.csv', legacyBytes(csv, { é: 0xe9 }));
    expect(windows.source).toMatchObject({ encoding: 'windows-1252' });
    expect(windows.rows[0]![0]).toBe('Café on Main, open late');
    const mac = await readImportFile('n.csv', legacyBytes(csv.replace('Café', 'Café crème'), { é: 0x8e, è: 0x8f }));
    expect(mac.source).toMatchObject({ encoding: 'macintosh' });
    expect(mac.rows[0]![0]).toBe('Café crème on Main, open late');
    const forced = await readImportFile('n.csv', legacyBytes(csv, { é: 0xe9 }), { encoding: 'macintosh' });
    expect(forced.source).toEqual({ kind: 'csv', encoding: 'macintosh', detected: false });
  });

  it('keeps formula-looking cells as text', async () => {
    const table = await readImportFile('n.csv', new TextEncoder().encode('Text\n=HYPERLINK("http://x")\n+1 more\n'));
    expect(table.rows.map((r) => r[0])).toEqual(['=HYPERLINK("http://x")', '+1 more']);
  });

  it('names the line of a broken file and says nothing was imported', async () => {
    const broken = new TextEncoder().encode('Text,Speaker\nok,P1\n"never closed,P2\n');
    await expect(readImportFile('n.csv', broken)).rejects.toThrow(
      /line 3: unterminated quoted field.*Nothing was imported/,
    );
  });

  it('refuses a file over the limit before reading it', async () => {
    const huge = new Uint8Array(50 * 1024 * 1024);
    await expect(readImportFile('big.csv', huge)).rejects.toThrow(/50\.0 MB.*up to 20 MB.*Nothing was imported/);
    expect(MAX_IMPORT_BYTES).toBe(20 * 1024 * 1024);
  });
});

describe('readImportFile: xlsx', () => {
  it('reads the first sheet as text: formulas by their stored result, dates as dates', async () => {
    const bytes = await workbook([
      ['Text', 'Speaker', 'When'],
      ['Buses stop at 9', 'P2', new Date(Date.UTC(2025, 1, 10))],
      [],
      [{ formula: 'CONCAT("a","b")', result: 'ab' }, { richText: [{ text: 'P' }, { text: '3' }] }, null],
    ]);
    const table = await readImportFile('notes.xlsx', bytes);
    expect(table.header).toEqual(['Text', 'Speaker', 'When']);
    expect(table.rows).toEqual([
      ['Buses stop at 9', 'P2', '2025-02-10'],
      ['ab', 'P3', ''],
    ]);
    expect(table.lines).toEqual([2, 4]);
    expect(table.formulaResults).toBe(1);
    expect(table.source).toEqual({ kind: 'xlsx', sheet: 'Notes' });
  });

  it('refuses a truncated workbook with a clear message', async () => {
    const bytes = await workbook([['Text'], ['one']]);
    await expect(readImportFile('notes.xlsx', bytes.slice(0, Math.floor(bytes.length / 2)))).rejects.toThrow(
      /not a readable Excel workbook.*Nothing was imported/,
    );
  });

  it('refuses old .xls and a zip posing as CSV', async () => {
    await expect(readImportFile('old.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]))).rejects.toThrow(/\.xls/);
    await expect(readImportFile('x.csv', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]))).rejects.toThrow(/zip archive/);
  });
});

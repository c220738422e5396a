/**
 * Findings end to end, in browser mode: notes imported from a Windows-1252 CSV into two sessions, themes on them,
 * findings drafted and accepted, coverage gaps, session themes mapped to a master theme, and the privacy gate
 * before an xlsx and a docx export — both files then read back (exceljs, and the docx's own XML).
 * Bad input: a truncated workbook, a 50 MB file and a CSV with bad rows each get a clear message and change nothing.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expect, test } from '@playwright/test';
import {
  addThemes,
  chooseImportFile,
  createProjectByKeyboard,
  csvOf,
  docxText,
  download,
  expectAccessible,
  finishNotesImport,
  openNotesImport,
  press,
  projectIdOf,
} from './support';

const YOUTH = 'Youth at the Rec Centre';
const SENIORS = 'Seniors at the Library';

const CSV_ROWS = [
  ['Note', 'Session', 'Group', 'Speaker', 'Kind'],
  ['Park paths are completely dark after 6pm near the café', YOUTH, 'Youth', 'P1', 'Issue or priority'],
  ['Broken lights under the rail bridge make us walk the long way', YOUTH, 'Youth', 'P2', 'Risk factor'],
  ['Put motion lights along the river trail', YOUTH, 'Youth', 'P1', 'Idea for action'],
  ['Keep the youth centre open on Friday nights', YOUTH, 'Youth', 'P2', 'Idea for action'],
  ['=SUM(A1:A3) is what the flip chart said about drop-in hours', YOUTH, 'Youth', 'P1', 'Issue or priority'],
  ['The bus shelter on King Street has no light at night', SENIORS, 'Seniors', 'P1', 'Issue or priority'],
  ['Call the walking club at 613-555-0123 to join evening walks', SENIORS, 'Seniors', 'P2', 'Local asset'],
  ['Fewer falls reported at the seniors centre each year', SENIORS, 'Seniors', 'P1', 'Measure of progress'],
];

function sheetText(sheet: ExcelJS.Worksheet): string {
  const lines: string[] = [];
  sheet.eachRow((row) =>
    lines.push(
      (row.values as unknown[])
        .slice(1)
        .map((v) => String(v ?? ''))
        .join(' | '),
    ),
  );
  return lines.join('\n');
}

test('import notes, draft findings, map to a master theme, and export xlsx and docx through the privacy gate', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await createProjectByKeyboard(page, 'Riverside Safety');
  const projectId = projectIdOf(page);

  // Import: a Windows-1252 CSV (semicolons, as Excel writes in many locales) into two new sessions.
  const dialog = await openNotesImport(page);
  await expect(dialog).toBeVisible();
  await chooseImportFile(page, { name: 'riverside-notes.csv', buffer: Buffer.from(csvOf(CSV_ROWS, ';'), 'latin1') });
  await expect(dialog.getByRole('radio', { name: /^Windows-1252/ })).toBeChecked();
  await expect(dialog.getByRole('table', { name: /Preview/ })).toContainText('near the café');
  await expect(dialog).toContainText('1 note starts with =, +, - or @');
  await expectAccessible(page, 'import dialog with preview');
  await finishNotesImport(dialog, 8);
  await expect(page.getByRole('row', { name: new RegExp(YOUTH) })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(SENIORS) })).toBeVisible();

  await addThemes(page, projectId, [
    { name: 'Lighting', session: YOUTH, votes: 4, words: ['Park paths', 'Broken lights', 'motion lights'] },
    { name: 'Youth spaces', session: YOUTH, votes: 1, words: ['youth centre', 'flip chart'] },
    { name: 'Dark bus stops', session: SENIORS, votes: 2, words: ['bus shelter', 'Fewer falls'] },
  ]);

  // Findings: drafts for the three themes, accepted in one step.
  await press(page.getByRole('link', { name: 'Findings', exact: true }));
  await expect(page.getByRole('heading', { level: 1, name: 'Findings of Riverside Safety' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Drafts from themes without a finding \(3\)/ })).toBeVisible();
  await expectAccessible(page, 'findings');
  await press(page.getByRole('button', { name: 'Add all 3 drafts' }));
  await expect(page.getByRole('article', { name: 'Lighting' })).toContainText('Heard in 1 of 2 groups, 1 session');
  await expect(page.getByRole('heading', { level: 3, name: /Issue or priority/ })).toBeVisible();
  await expect(page.getByRole('table', { name: /Themes ranked/ })).toContainText('Lighting');

  // Edit a finding: add an action; the do-not-quote rule is covered in the unit tests.
  await press(page.getByRole('button', { name: /^Edit finding: Lighting/ }));
  const editor = page.getByRole('dialog', { name: 'Edit finding' });
  await press(editor.getByRole('button', { name: 'Add action', exact: true }));
  await editor
    .getByRole('group', { name: 'Action 1' })
    .getByLabel('What will be done')
    .fill('Audit lighting on park paths');
  await expectAccessible(page, 'finding editor');
  await press(editor.getByRole('button', { name: 'Save finding' }));
  await expect(editor).toBeHidden();
  await expect(page.getByRole('article', { name: /^Lighting/ })).toContainText('Audit lighting on park paths');

  // Coverage: tabs move with the arrow keys; gaps are said in words.
  await page.getByRole('tab', { name: 'Findings' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Coverage' })).toHaveAttribute('aria-selected', 'true');
  const matrix = page.getByRole('table', { name: /Notes per theme and stakeholder group/ });
  await expect(matrix.getByRole('row', { name: /^Lighting/ })).toContainText('not heard');
  await expect(matrix.getByRole('columnheader', { name: /Business/ })).toContainText('no session yet');
  await expect(page.getByText('Seniors never raised “Lighting”.')).toBeVisible();
  await expectAccessible(page, 'coverage');

  // Master themes: add one, accept the suggestions, see the log.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Master themes' })).toHaveAttribute('aria-selected', 'true');
  await page.getByLabel('Your name in the mapping log (this device only)').fill('Pat from the PMT');
  await press(page.getByRole('button', { name: 'Save name' }));
  await page.getByLabel('New master theme', { exact: true }).fill('Street lighting');
  await press(page.getByRole('button', { name: 'Add master theme' }));
  await expect(page.getByRole('button', { name: 'Accept: map Lighting to Street lighting' })).toBeVisible();
  await press(page.getByRole('button', { name: 'Accept: map Lighting to Street lighting' }));
  await page.getByLabel('Master theme of Dark bus stops').selectOption({ label: 'Street lighting' });
  const log = page.getByRole('table', { name: /Mapping decisions/ });
  await expect(log.getByRole('row')).toHaveCount(3);
  await expect(log).toContainText('Pat from the PMT');
  await expectAccessible(page, 'master themes');

  // Consolidated coverage: one master row heard by both groups.
  await page.getByRole('radio', { name: /^Master themes/ }).check();
  await press(page.getByRole('tab', { name: 'Coverage' }));
  const masterRow = matrix.getByRole('row', { name: /^Street lighting/ });
  // Groups with notes first (most notes first), then the groups with no session yet.
  const none = '–no session yet';
  await expect(masterRow.getByRole('cell')).toHaveText(['3', '2', none, none, none, none, none]);

  // Export: the privacy gate.
  await press(page.getByRole('tab', { name: 'Export' }));
  await expect(page.getByRole('button', { name: /Save Workbook/ })).toBeDisabled();
  await press(page.getByRole('button', { name: 'Scan for personal information' }));
  await expect(page.getByText(/Scan finished \(with names\)/)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('checkbox', { name: 'Remove phone number “613-555-0123”' })).toBeChecked();
  await expectAccessible(page, 'export');

  const dir = mkdtempSync(join(tmpdir(), 'fieldnotes-e2e-'));
  const xlsx = await download(page, /Save Workbook/, dir);
  expect(xlsx.name).toMatch(/^riverside-safety-findings-\d{4}-\d{2}-\d{2}\.xlsx$/);
  await expect(page.getByText(`Saved ${xlsx.name}.`)).toBeVisible();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsx.path);
  expect(workbook.worksheets.map((s) => s.name)).toEqual(
    expect.arrayContaining(['Summary', 'Sessions', 'Notes', 'Themes', 'Coverage', 'Findings', 'Codebook']),
  );
  const notesSheet = sheetText(workbook.getWorksheet('Notes')!);
  expect(notesSheet).toContain('Park paths are completely dark after 6pm near the café');
  expect(notesSheet).toContain('=SUM(A1:A3) is what the flip chart said');
  expect(notesSheet).toContain('[phone removed]');
  expect(notesSheet).not.toContain('613-555-0123');
  expect(sheetText(workbook.getWorksheet('Coverage')!)).toContain('Street lighting');
  expect(sheetText(workbook.getWorksheet('Findings')!)).toContain('Audit lighting on park paths');

  const docx = await download(page, /Save “What we heard” report \(Word\)/, dir);
  expect(docx.name).toMatch(/what-we-heard.*\.docx$/);
  const report = docxText(docx.bytes);
  expect(report).toContain('Riverside Safety');
  expect(report).toContain('Street lighting');
  expect(report).not.toContain('613-555-0123');
  expect(report).not.toContain('Pat from the PMT');
  rmSync(dir, { recursive: true, force: true });
});

test('bad input to the import gets a clear message and changes nothing', async ({ page }) => {
  await createProjectByKeyboard(page, 'Bad input');
  const dialog = await openNotesImport(page);

  // A workbook cut short (a truncated zip).
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Notes').addRows([['Text'], ['one'], ['two']]);
  const full = Buffer.from(await wb.xlsx.writeBuffer());
  await chooseImportFile(page, { name: 'notes.xlsx', buffer: full.subarray(0, Math.floor(full.length / 2)) });
  await expect(dialog.getByRole('alert')).toContainText('not a readable Excel workbook');
  await expect(dialog.getByRole('alert')).toContainText('Nothing was imported');

  // A 50 MB file.
  const dir = mkdtempSync(join(tmpdir(), 'fieldnotes-e2e-'));
  const big = join(dir, 'huge.csv');
  writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 'a'));
  await chooseImportFile(page, big);
  await expect(dialog.getByRole('alert')).toContainText(
    'is 50.0 MB; Fieldnotes imports notes from files of up to 20 MB',
  );
  rmSync(dir, { recursive: true, force: true });

  // Mac Roman text with rows that cannot be imported: each listed by its line, import refused.
  const macRoman = Buffer.from(
    'Text,Kind,Speaker\r\nCaf\x8e cr\x8fme on Main,Issue or priority,P1\r\n,Local asset,P2\r\nFine,Gossip,P3\r\n',
    'latin1',
  );
  await chooseImportFile(page, { name: 'mac.csv', buffer: macRoman });
  await expect(dialog.getByRole('radio', { name: /^Mac Roman/ })).toBeChecked();
  await expect(dialog.getByRole('table', { name: /Preview/ })).toContainText('Café crème on Main');
  const problems = dialog.getByRole('alert').filter({ hasText: 'cannot be imported' });
  await expect(problems).toContainText('Line 3: the note text is empty.');
  await expect(problems).toContainText('Line 4: “Gossip” is not one of the project’s kinds');
  await expect(dialog.getByRole('button', { name: /^Import/ })).toBeDisabled();
  await expectAccessible(page, 'import dialog with problems');
  await press(dialog.getByRole('button', { name: 'Close' }));
  await expect(page.getByText('No sessions yet. Plan the first focus group below.')).toBeVisible();
});

test('a project with no notes or themes: every findings view says what to do', async ({ page }) => {
  await createProjectByKeyboard(page, 'Just started');
  await press(page.getByRole('link', { name: 'Findings', exact: true }));
  await expect(page.getByText(/No notes yet\. Capture notes in a session, or import them/)).toBeVisible();
  await expectAccessible(page, 'findings (empty)');
  await press(page.getByRole('tab', { name: 'Coverage' }));
  await expect(page.getByText(/No themes yet\. Group notes into themes on the board/)).toBeVisible();
  await expect(page.getByText('Seniors: no session yet.')).toBeVisible();
  await expectAccessible(page, 'coverage (empty)');
  await press(page.getByRole('tab', { name: 'Master themes' }));
  await expect(page.getByText(/No master themes yet/)).toBeVisible();
  await expect(page.getByText(/No session themes yet/)).toBeVisible();
  await expectAccessible(page, 'master themes (empty)');
  await press(page.getByRole('tab', { name: 'Export' }));
  await expect(page.getByText(/no sessions yet, so there is nothing to export/)).toBeVisible();
  await expectAccessible(page, 'export (empty)');
});

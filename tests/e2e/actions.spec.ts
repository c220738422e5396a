/**
 * From findings to the plan and back, in browser mode, by keyboard: a finding's idea from the room becomes an
 * action, gets a lead agency (picked from the suggestions), partner agencies (one suggested, one typed) and a
 * timeframe, and a measure of progress with baseline, target and source; a response is recorded; then the workbook's
 * Action plan sheet and the "You said, we did" report (Word and printable page) say it all, axe-clean throughout.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expect, test } from '@playwright/test';
import { addThemes, csvOf, docxText, download, expectAccessible, press, projectWithNotes, shoot } from './support';

const YOUTH = 'Youth at the Rec Centre';
const SENIORS = 'Seniors at the Library';
const ROWS = [
  ['Note', 'Session', 'Group', 'Speaker', 'Kind'],
  ['Park paths are completely dark after 6pm', YOUTH, 'Youth', 'P1', 'Issue or priority'],
  ['Put motion lights along the river trail', YOUTH, 'Youth', 'P2', 'Idea for action'],
  ['The bus shelter on King Street has no light at night', SENIORS, 'Seniors', 'P1', 'Issue or priority'],
  ['We stay home after dark because the paths are not lit', SENIORS, 'Seniors', 'P2', 'Issue or priority'],
];

test('actions with lead, partners, timeframe and a measure by keyboard; a response; the action plan and “You said, we did”', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1366, height: 850 });
  const projectId = await projectWithNotes(
    page,
    'Riverside Safety',
    { name: 'notes.csv', buffer: Buffer.from(csvOf(ROWS, ';'), 'utf8') },
    4,
  );
  await addThemes(page, projectId, [
    { name: 'Lighting', session: YOUTH, votes: 4, words: ['Park paths', 'motion lights'] },
    { name: 'Dark stops', session: SENIORS, votes: 2, words: ['bus shelter', 'stay home'] },
  ]);
  await press(page.getByRole('link', { name: 'Findings', exact: true }));
  await press(page.getByRole('button', { name: 'Add all 2 drafts' }));
  const card = page.getByRole('article', { name: /^Lighting/ });
  await expect(card).toContainText('No response recorded yet.');

  // The finding editor: the room's idea becomes an action, then lead, partners, timeframe and a measure.
  await press(page.getByRole('button', { name: /^Edit finding: Lighting/ }));
  const editor = page.getByRole('dialog', { name: 'Edit finding' });
  await press(editor.getByRole('button', { name: 'Use as action: Put motion lights along the river trail' }));
  const action = editor.getByRole('group', { name: 'Action 1' });
  await expect(action.getByLabel('What will be done')).toHaveValue('Put motion lights along the river trail');
  const lead = action.getByRole('combobox', { name: 'Lead agency' });
  await lead.focus();
  await page.keyboard.type('Parks');
  await expect(page.getByRole('option', { name: 'Parks and recreation' })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(lead).toHaveValue('Parks and recreation');
  await expect(editor).toBeVisible();
  const partner = action.getByRole('combobox', { name: 'Add a partner agency' });
  await partner.focus();
  await page.keyboard.type('Police');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Hydro utility');
  await page.keyboard.press('Enter');
  const partners = action.getByRole('list', { name: 'Partner agencies of action 1' });
  await expect(partners.getByRole('listitem')).toHaveText(['Police service ×', 'Hydro utility ×']);
  await expect(partner).toHaveValue('');
  await expect(editor).toBeVisible();
  await action.getByLabel('Timeframe').focus();
  await action.getByLabel('Timeframe').selectOption({ label: 'Short term' });
  await press(editor.getByRole('button', { name: 'Add measure of progress' }));
  const measure = editor.getByRole('group', { name: 'Measure of progress 1' });
  await measure.getByLabel('What is measured').pressSequentially('Residents who feel safe walking after dark');
  await measure.getByLabel('Baseline (now)').pressSequentially('41% (2024 survey)');
  await measure.getByLabel('Target').pressSequentially('60% by 2028');
  await measure.getByLabel('Data source').pressSequentially('Resident safety survey');
  await expectAccessible(page, 'finding editor with actions and measures');
  await action.scrollIntoViewIfNeeded();
  await shoot(page, 'finding-editor-actions', { fullPage: false });
  await press(editor.getByRole('button', { name: 'Save finding' }));
  await expect(editor).toBeHidden();
  await expect(card).toContainText(
    'Put motion lights along the river trail (lead: Parks and recreation; partners: Police service, Hydro utility; short term)',
  );
  await expect(card).toContainText('baseline: 41% (2024 survey); target: 60% by 2028; source: Resident safety survey');

  // The response, by keyboard: arrows choose the status.
  await press(page.getByRole('button', { name: /^Record response: Lighting/ }));
  const response = page.getByRole('dialog', { name: 'What we did' });
  await response.getByRole('radio', { name: 'Adopted in the plan' }).focus();
  await page.keyboard.press('Space');
  await expect(response.getByRole('radio', { name: 'Adopted in the plan' })).toBeChecked();
  await response
    .getByLabel('Why, in plain words for the people who took part')
    .pressSequentially('Lighting came up in both groups; council funded it in next year’s budget.');
  const outcome = response.getByRole('combobox', { name: 'What it became (action or measure)' });
  await outcome.focus();
  await page.keyboard.type('motion');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(outcome).toHaveValue('Put motion lights along the river trail');
  await response.getByLabel('Recorded by').fill('Pat from the PMT');
  await expectAccessible(page, 'response dialog');
  await shoot(page, 'response-dialog', { fullPage: false });
  await press(response.getByRole('button', { name: 'Save response' }));
  await expect(response).toBeHidden();
  await expect(card).toContainText('Adopted in the plan: Lighting came up in both groups');
  await expect(card).toContainText('Recorded by Pat from the PMT on');
  await expectAccessible(page, 'findings with a response');
  await card.scrollIntoViewIfNeeded();
  await shoot(page, 'finding-card', { fullPage: false });

  // Undo takes the response back; redo brings it again.
  await page.keyboard.press('ControlOrMeta+z');
  await expect(card).toContainText('No response recorded yet.');
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(card).toContainText('Adopted in the plan');

  // Export: the privacy gate, then the workbook and the report for the people who took part.
  await press(page.getByRole('tab', { name: 'Export' }));
  await press(page.getByRole('button', { name: 'Scan for personal information' }));
  await expect(page.getByText(/Scan finished/)).toBeVisible({ timeout: 60_000 });
  await expectAccessible(page, 'export with “You said, we did”');
  await page.getByRole('button', { name: /Save “You said, we did” report \(Word\)/ }).scrollIntoViewIfNeeded();
  await shoot(page, 'export-panel', { fullPage: false });
  const dir = mkdtempSync(join(tmpdir(), 'fieldnotes-e2e-'));
  const xlsx = await download(page, /Save Workbook/, dir);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsx.path);
  const plan = workbook.getWorksheet('Action plan')!;
  const header = (plan.getRow(1).values as unknown[]).slice(1);
  const actionRow = (plan.getRow(2).values as unknown[]).slice(1);
  expect(actionRow[header.indexOf('Action')]).toBe('Put motion lights along the river trail');
  expect(actionRow[header.indexOf('Lead agency')]).toBe('Parks and recreation');
  expect(actionRow[header.indexOf('Partner agencies')]).toBe('Police service, Hydro utility');
  expect(actionRow[header.indexOf('Timeframe')]).toBe('Short term');
  expect(actionRow[header.indexOf('Response')]).toBe('Adopted in the plan');

  const word = await download(page, /Save “You said, we did” report \(Word\)/, dir);
  expect(word.name).toMatch(/^riverside-safety-you-said-we-did-\d{4}-\d{2}-\d{2}\.docx$/);
  const report = docxText(word.bytes);
  expect(report).toContain('You said, we did: Riverside Safety');
  expect(report).toContain('We did: We put this in the plan.');
  expect(report).toContain('Why: Lighting came up in both groups; council funded it in next year’s budget.');
  expect(report).toContain(
    'Put motion lights along the river trail. Led by Parks and recreation, with Police service and Hydro utility. When: soon (short term).',
  );
  expect(report).toContain('We did: We have not decided yet.');
  expect(report).not.toContain('Pat from the PMT');
  const html = await download(page, /Save “You said, we did” report \(printable page\)/, dir);
  expect(html.name).toMatch(/you-said-we-did-.*\.html$/);
  expect(html.bytes.toString('utf8')).toContain('We did: We put this in the plan.');
  rmSync(dir, { recursive: true, force: true });
});

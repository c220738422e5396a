/**
 * Findings and reports as a facilitator meets them, in browser mode: breadth shown beside the user's words under
 * one rule, counted phrases in the singular where there is one, "Report on" explained and starting at what exists,
 * a coverage matrix that fits the window with the groups with notes first, and "Export all" through one pass of
 * the privacy gate into one zip whose files all name notes by short reference (S1-N2) and whose Word report opens
 * with a one-page summary, contents and two charts with alt text.
 * SHOTS=/some/folder saves screenshots of each view at 1366×850 and 1024×700 for a look by eye.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { expect, test, type Page } from '@playwright/test';
import { addThemes, csvOf, download, expectAccessible, press, projectWithNotes, shoot } from './support';

const YOUTH_1 = 'Youth at the skate park';
const YOUTH_2 = 'Youth at the library';
const SENIORS = 'Seniors at the centre';

const ROWS = [
  ['Note', 'Session', 'Group', 'Speaker', 'Kind'],
  ['The underpass by the skate park is pitch dark at night', YOUTH_1, 'Youth', 'P1', 'Issue or priority'],
  ['Put lights in the underpass', YOUTH_1, 'Youth', 'P2', 'Idea for action'],
  ['Nowhere to go after nine', YOUTH_1, 'Youth', 'P1', 'Issue or priority'],
  ['The library steps have no light after closing', YOUTH_2, 'Youth', 'P1', 'Issue or priority'],
  ['Put lights in the underpass.', YOUTH_2, 'Youth', 'P2', 'Idea for action'],
  ['The drop-in is only open on Tuesdays', YOUTH_2, 'Youth', 'P3', 'Issue or priority'],
  ['Bus stop on Elm has a broken light', SENIORS, 'Seniors', 'P1', 'Risk factor'],
  ['The seniors centre volunteers walk people home', SENIORS, 'Seniors', 'P2', 'Local asset'],
];

async function landmarksUnique(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withRules(['landmark-unique', 'region']).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    what,
  ).toEqual([]);
}

test.use({ viewport: { width: 1366, height: 850 } });

test('findings and reports: live breadth, one denominator, plurals, levels, coverage and Export all', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const missing: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) missing.push(`${response.status()} ${response.url()}`);
  });

  const projectId = await projectWithNotes(
    page,
    'Harbour Voices',
    { name: 'harbour.csv', buffer: Buffer.from(csvOf(ROWS), 'utf8') },
    8,
  );
  await addThemes(page, projectId, [
    {
      name: 'Dark paths',
      description: 'Paths and stops are too dark to walk after dusk',
      session: YOUTH_1,
      votes: 5,
      words: ['underpass'],
    },
    { name: 'Places to go', session: YOUTH_2, votes: 1, words: ['drop-in'] },
  ]);

  // The favicon is the app's own icon; nothing the page asks for is missing.
  await page.goto(`/#/p/${projectId}/findings`);
  await expect(page.getByRole('heading', { level: 1, name: 'Findings of Harbour Voices' })).toBeVisible();
  expect(await page.locator('link[rel="icon"]').getAttribute('href')).toMatch(/\.svg$/);

  // Counted phrases: one session is "1 session", never "1 sessions".
  await expect(page.getByText('3 sessions · 8 notes · 2 themes · 0 findings')).toBeVisible();

  // "Report on": no master themes yet, so it starts at session themes and says what each level is.
  await expect(page.getByRole('radio', { name: /^Session themes \(2 themes\)/ })).toBeChecked();
  await expect(
    page.getByRole('radio', { name: /^Master themes \(none yet: add them under the Master themes tab\)/ }),
  ).not.toBeChecked();
  await expect(
    page.getByText('Session themes are the clusters each facilitator made on their own board.'),
  ).toBeVisible();

  // Drafts: the user's words, with breadth computed beside them; the denominator is the groups heard from (2).
  const drafts = page.getByRole('region', { name: /Drafts from themes without a finding/ });
  const darkDraft = drafts.getByRole('listitem').filter({ hasText: 'Dark paths' });
  await expect(darkDraft).toContainText('Paths and stops are too dark to walk after dusk');
  await expect(darkDraft).toContainText('heard in 1 of 2 groups, 1 session; 2 notes');
  await expect(drafts.getByRole('listitem').filter({ hasText: 'Places to go' })).toContainText(
    'heard in 1 of 2 groups, 1 session; 1 note',
  );
  await expectAccessible(page, 'findings with drafts');
  await landmarksUnique(page, 'findings with drafts');
  await shoot(page, 'findings-drafts');

  await press(page.getByRole('button', { name: 'Add all 2 drafts' }));
  const card = page.getByRole('article', { name: 'Paths and stops are too dark to walk after dusk' });
  await expect(card).toContainText(/Heard in 1 of 2 groups, 1 session \(Youth\); 2 notes\./);
  await expect(card.getByRole('heading', { level: 4 })).toHaveText('Paths and stops are too dark to walk after dusk');

  // Editing a finding keeps its breadth beside the words, computed from the notes, not written into them.
  await press(page.getByRole('button', { name: /^Edit finding: Places to go/ }));
  const editor = page.getByRole('dialog', { name: 'Edit finding' });
  for (const [index, words] of ['Open the drop-in on Fridays', 'Put lights in the underpass'].entries()) {
    await press(editor.getByRole('button', { name: 'Add action', exact: true }));
    await editor
      .getByRole('group', { name: `Action ${index + 1}` })
      .getByLabel('What will be done')
      .fill(words);
  }
  await press(editor.getByRole('button', { name: 'Save finding' }));
  await expect(editor).toBeHidden();
  await expect(page.getByRole('article', { name: 'Places to go' })).toContainText('Heard in 1 of 2 groups, 1 session');
  await expectAccessible(page, 'findings with cards');
  await landmarksUnique(page, 'findings with cards');
  await shoot(page, 'findings-cards');

  // Coverage: fits 1366 px, the theme column sticks, the groups with notes come first.
  await page.getByRole('tab', { name: 'Findings' }).focus();
  await page.keyboard.press('ArrowRight');
  const matrix = page.getByRole('table', { name: /Notes per theme and stakeholder group/ });
  await expect(matrix).toBeVisible();
  await expect(matrix.getByRole('columnheader')).toHaveText([
    'Theme',
    /^Youth/,
    /^Seniors/,
    /^Business/,
    /^Social sector agencies/,
    /^Indigenous Peoples/,
    /^Faith groups/,
    /^People with lived experience/,
  ]);
  await expect(matrix.getByRole('row', { name: /^Places to go/ }).getByRole('cell')).toHaveText([
    '1',
    '0not heard',
    ...Array(5).fill('–no session yet'),
  ]);
  const region = page.getByRole('region', { name: 'Coverage matrix' });
  const fits = await region.evaluate((el) => el.scrollWidth <= el.clientWidth);
  expect(fits, 'coverage matrix fits 1366 px without scrolling sideways').toBe(true);
  expect(
    await matrix
      .getByRole('rowheader')
      .first()
      .evaluate((el) => getComputedStyle(el).position),
  ).toBe('sticky');
  await expectAccessible(page, 'coverage');
  await landmarksUnique(page, 'coverage');
  await shoot(page, 'coverage');

  // Export all: one scan, every format, one zip with one folder.
  await press(page.getByRole('tab', { name: 'Export' }));
  const exportAll = page.getByRole('button', { name: 'Export all 11 chosen formats' });
  await expect(exportAll).toBeDisabled();
  await press(page.getByRole('button', { name: 'Scan for personal information' }));
  await expect(page.getByText(/Scan finished/)).toBeVisible({ timeout: 60_000 });
  await expectAccessible(page, 'export');
  await landmarksUnique(page, 'export');
  await shoot(page, 'export');
  await page.getByRole('checkbox', { name: 'Codebook (REFI-QDA)' }).uncheck();
  await expect(page.getByRole('button', { name: 'Export all 10 chosen formats' })).toBeEnabled();
  await page.getByRole('checkbox', { name: 'Codebook (REFI-QDA)' }).check();

  const dir = mkdtempSync(join(tmpdir(), 'fieldnotes-e2e-'));
  const zip = await download(page, /^Export all 11 chosen formats/, dir);
  expect(zip.name).toMatch(/^harbour-voices-export-\d{4}-\d{2}-\d{2}\.zip$/);
  await expect(page.getByText(`Saved 11 formats in ${zip.name}.`)).toBeVisible();
  const files = unzipSync(new Uint8Array(zip.bytes));
  const folder = zip.name.replace(/\.zip$/, '');
  const names = Object.keys(files).map((n) => n.replace(`${folder}/`, ''));
  expect(Object.keys(files).every((n) => n.startsWith(`${folder}/`))).toBe(true);
  expect(names.map((n) => n.replace(/^.*\./, '')).sort()).toEqual([
    'csv',
    'docx',
    'docx',
    'html',
    'html',
    'json',
    'pdf',
    'pptx',
    'qdc',
    'qdpx',
    'xlsx',
  ]);
  // The "What we heard" files; "You said, we did" shares their extensions.
  const file = (ext: string) =>
    files[`${folder}/${names.find((n) => n.endsWith(`.${ext}`) && !n.includes('you-said-we-did'))!}`]!;
  const text = (ext: string) => new TextDecoder().decode(file(ext));

  // Short references in every format, the UUID kept last.
  const csvLines = text('csv')
    .replace(/^\uFEFF/, '')
    .split('\r\n');
  expect(csvLines[0]).toMatch(/^Ref,Session,.*,Note ID$/);
  expect(csvLines[1]).toMatch(/^S\d-N1,[^,]+,.*,[0-9a-f-]{36}$/);
  const refs = csvLines.slice(1, -1).map((line) => line.split(',')[0]);
  expect(new Set(refs).size).toBe(8);
  const json = JSON.parse(text('json')) as { notes: { ref: string; id: string }[] };
  expect(json.notes.map((n) => n.ref)).toContain('S3-N2');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file('xlsx').buffer as ArrayBuffer);
  const notesSheet = workbook.getWorksheet('Notes')!;
  expect(notesSheet.getRow(1).getCell(1).value).toBe('Ref');
  expect(notesSheet.getRow(1).getCell(notesSheet.columnCount).value).toBe('Note ID');
  expect(notesSheet.getRow(2).getCell(1).value).toBe(refs[0]);
  const qdpx = unzipSync(file('qdpx'));
  expect(new TextDecoder().decode(qdpx['project.qde']!)).toMatch(/<PlainTextSelection [^>]*name="S\d-N\d"/);

  // The report: the same breadth rule, a summary first, charts, attendance filled, each idea once.
  const html = text('html');
  expect(html).toContain('heard in 1 of 2 groups, 1 session');
  expect(html).toContain('Breadth counts the stakeholder groups that raised a theme out of the groups we have held');
  expect(html.match(/<svg [^>]*role="img"/g)).toHaveLength(2);
  expect(html.indexOf('id="s-summary"')).toBeLessThan(html.indexOf('Contents'));
  expect(html).toContain('2 speakers (not counted)');
  const ideasSection = html.slice(html.indexOf('id="s-ideas-for-action"'));
  const ideasList = ideasSection.slice(0, ideasSection.indexOf('</ul>'));
  expect(ideasList.match(/Put lights in the underpass/g)).toHaveLength(1);
  const docxXml = new TextDecoder().decode(unzipSync(file('docx'))['word/document.xml']!);
  expect(docxXml.match(/<pic:pic/g)).toHaveLength(2);
  expect(docxXml).toMatch(/descr="Bar chart of the themes by votes/);
  expect(docxXml).toContain('Heading2');
  rmSync(dir, { recursive: true, force: true });

  expect(missing, 'no request fails (favicon included)').toEqual([]);
});

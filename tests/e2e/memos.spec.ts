/**
 * Memos end to end in Chromium, as a facilitator writes them: on a note and on a theme, each by keyboard (Shift+M
 * on the focused sticky or frame) and by mouse (the selection panel, the theme's menu), on the project from the
 * findings screen's Memos tab, where every memo is listed with what it is about, its author and date; then the
 * export with "Include memos": the REFI-QDA project carries them as notes referenced from the theme's code and the
 * note's selection, and the Word report has a Memos section. axe on each screen; with SHOTS set to a folder,
 * screenshots at 1366×850 and 1024×700 are written there.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { expect, test, type Page } from '@playwright/test';
import {
  createProjectByKeyboard,
  createSessionByKeyboard,
  download,
  expectAccessible,
  openCaptureByKeyboard,
  openSessionBoard,
  press,
  shoot,
  typeNotes,
} from './support';

const NOTES = [
  'Street lighting on Main St is too dim at night',
  'More lighting near the bus stops please',
  'The bus shelter by the clinic has no light after dark',
];
const SESSION = 'Seniors – Central Library';
const MEMO = {
  noteKeys: 'Ask the parks team when the shelter lamps were last replaced.',
  noteMouse: 'Two people mentioned Main St; check whether it is the same stretch.',
  themeKeys: 'Lighting comes up whenever safety does; darkness is the thread.',
  themeMouse: 'Compare with the youth session before naming this a priority.',
  project: 'Transport and lighting overlap more than the guide expected.',
  session: 'The room was cold; people left before the last question.',
  master: 'Safe streets gathers lighting and transit; keep them apart in the report.',
};

const notesList = (page: Page) => page.getByRole('listbox', { name: 'Notes on the board' });
const sticky = (page: Page, text: string) => notesList(page).getByRole('option', { name: text });
const frame = (page: Page, name: string) => page.getByRole('button', { name: new RegExp(`^Frame of theme ${name},`) });

test('memos on a note, a theme and the project, by keyboard and mouse, in the qdpx and the Word report', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1366, height: 850 });
  await createProjectByKeyboard(page, 'Memo walk');
  await createSessionByKeyboard(page, SESSION, 'Seniors');
  // A memo on the session, from its screen, by keyboard.
  await press(page.getByRole('button', { name: 'Memos…' }));
  const sessionMemos = page.getByRole('dialog', { name: `Memos on the session “${SESSION}”` });
  await expect(sessionMemos.getByRole('textbox', { name: 'Memo' })).toBeFocused();
  await page.keyboard.type(MEMO.session);
  await page.keyboard.press('Control+Enter');
  await expect(sessionMemos.getByRole('article')).toContainText(MEMO.session);
  await page.keyboard.press('Escape');
  await expect(sessionMemos).toBeHidden();
  await openCaptureByKeyboard(page);
  await typeNotes(page, NOTES);

  await openSessionBoard(page, SESSION);
  // A theme from the first two notes, by keyboard.
  await sticky(page, NOTES[0]!).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await page.keyboard.press('t');
  await page.getByRole('dialog', { name: 'Create theme' }).getByLabel('Theme name').fill('Lighting');
  await page.keyboard.press('Enter');
  await expect(sticky(page, NOTES[0]!)).toHaveAccessibleName(/theme Lighting/);
  await page.keyboard.press('Escape');

  // A memo on a note by keyboard: Shift+M on the focused sticky, type, Ctrl+Enter, Esc.
  await sticky(page, NOTES[2]!).focus();
  await page.keyboard.press('Shift+M');
  let dialog = page.getByRole('dialog', { name: /^Memos on the note “The bus shelter/ });
  await expect(dialog.getByRole('textbox', { name: 'Memo' })).toBeFocused();
  await page.keyboard.type(MEMO.noteKeys);
  await page.keyboard.press('Control+Enter');
  await expect(dialog.getByRole('article', { name: 'Untitled memo' })).toContainText(MEMO.noteKeys);
  await expect(dialog.getByRole('article')).toContainText(/By you \(this device\), /);
  await expect(dialog.getByRole('textbox', { name: 'Memo' })).toHaveValue('');
  await expectAccessible(page, 'memos dialog');
  await shoot(page, 'memos-dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // A memo on a theme by keyboard: Shift+M on its frame.
  await frame(page, 'Lighting').focus();
  await page.keyboard.press('Shift+M');
  dialog = page.getByRole('dialog', { name: 'Memos on the theme “Lighting”' });
  await expect(dialog.getByRole('textbox', { name: 'Memo' })).toBeFocused();
  await page.keyboard.type(MEMO.themeKeys);
  await page.keyboard.press('Control+Enter');
  await expect(dialog.getByRole('listitem')).toHaveCount(1);
  await page.keyboard.press('Escape');

  // A memo on a theme by mouse: the theme's menu in the side panel, a title, Save.
  await page.getByRole('button', { name: 'More actions for theme Lighting' }).click();
  await page.getByRole('menuitem', { name: 'Memos…' }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Title (optional)' }).click();
  await page.keyboard.type('Check with youth');
  await dialog.getByRole('textbox', { name: 'Memo' }).click();
  await page.keyboard.type(MEMO.themeMouse);
  await dialog.getByRole('button', { name: 'Save memo' }).click();
  await expect(dialog.getByRole('article', { name: 'Check with youth' })).toContainText(MEMO.themeMouse);
  // Edit it by mouse, and the list says it was edited.
  await dialog.getByRole('button', { name: 'Edit memo Check with youth' }).click();
  await dialog.getByRole('textbox', { name: 'Memo' }).fill(`${MEMO.themeMouse} And the seniors.`);
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog.getByRole('article', { name: 'Check with youth' })).toContainText('And the seniors.');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  // A memo on a note by mouse: click the sticky, then Memos… in the selection panel.
  await sticky(page, NOTES[0]!).click();
  await page.getByRole('button', { name: 'Memos…' }).click();
  dialog = page.getByRole('dialog', { name: /^Memos on the note “Street lighting/ });
  await dialog.getByRole('textbox', { name: 'Memo' }).click();
  await page.keyboard.type(MEMO.noteMouse);
  await dialog.getByRole('button', { name: 'Save memo' }).click();
  await expect(dialog.getByRole('article')).toContainText(MEMO.noteMouse);
  await dialog.getByRole('button', { name: 'Close' }).click();

  // A memo on a master theme, from the findings screen's Master themes tab.
  await press(page.getByRole('link', { name: 'Findings', exact: true }));
  await press(page.getByRole('tab', { name: 'Master themes' }));
  await page.getByLabel('New master theme', { exact: true }).fill('Safe streets');
  await press(page.getByRole('button', { name: 'Add master theme' }));
  await press(page.getByRole('button', { name: 'Memos on master theme Safe streets' }));
  dialog = page.getByRole('dialog', { name: 'Memos on the theme “Safe streets”' });
  await expect(dialog.getByRole('textbox', { name: 'Memo' })).toBeFocused();
  await page.keyboard.type(MEMO.master);
  await page.keyboard.press('Control+Enter');
  await expect(dialog.getByRole('article')).toContainText(MEMO.master);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // The project's memos on the findings screen: every memo, what it is about; one more on the project itself.
  await press(page.getByRole('tab', { name: 'Memos' }));
  const panel = page.getByRole('region', { name: 'Memos' });
  await panel.getByRole('textbox', { name: 'Memo' }).fill(MEMO.project);
  await press(panel.getByRole('button', { name: 'Save memo' }));
  await expect(panel.getByRole('article')).toHaveCount(7);
  await expect(panel.getByRole('article').first()).toContainText('On the project');
  await expect(panel.getByRole('article', { name: 'Check with youth' })).toContainText('On the theme “Lighting”');
  await expect(panel.getByText(MEMO.noteKeys)).toBeVisible();
  await expectAccessible(page, 'project memos');
  await shoot(page, 'project-memos');

  // Export with memos in the report.
  await press(page.getByRole('tab', { name: 'Export' }));
  await press(page.getByRole('button', { name: 'Scan for personal information' }));
  await expect(page.getByText(/Scan finished/)).toBeVisible({ timeout: 60_000 });
  const leaves = page.locator('.leaves-summary');
  await expect(leaves).toContainText(/Memos7 \(in the findings data and the REFI-QDA files; not in the reports\)/);
  await page.getByRole('checkbox', { name: 'Include memos in the “What we heard” report' }).check();
  await expect(leaves).toContainText(
    /Memos7 \(in the findings data, the REFI-QDA files and the “What we heard” report\)/,
  );
  await expectAccessible(page, 'export with memos');
  await shoot(page, 'export-memos');

  const dir = mkdtempSync(join(tmpdir(), 'fieldnotes-memos-'));
  const qdpx = await download(page, /^Save Project for NVivo/, dir);
  const qde = new TextDecoder().decode(unzipSync(new Uint8Array(qdpx.bytes))['project.qde']!);
  const noteGuid = (text: string) =>
    new RegExp(`<Note guid="([0-9A-F-]{36})"[^>]*><PlainTextContent>${text.slice(0, 30)}`).exec(qde)?.[1];
  for (const text of Object.values(MEMO)) expect(noteGuid(text), text).toBeTruthy();
  const themeMemo = noteGuid(MEMO.themeKeys)!;
  expect(qde).toMatch(
    new RegExp(
      `<Code [^>]*name="Lighting"[^>]*>(<Description>[^<]*</Description>)?(<NoteRef [^>]*/>)*<NoteRef targetGUID="${themeMemo}"/>`,
    ),
  );
  const noteMemo = noteGuid(MEMO.noteKeys)!;
  expect(qde).toMatch(
    new RegExp(`<PlainTextSelection [^>]*>(?:(?!</PlainTextSelection>).)*<NoteRef targetGUID="${noteMemo}"/>`),
  );
  const sessionMemo = noteGuid(MEMO.session)!;
  expect(qde).toMatch(
    new RegExp(`<TextSource [^>]*name="${SESSION}"[^>]*>(?:(?!</TextSource>).)*<NoteRef targetGUID="${sessionMemo}"/>`),
  );
  expect(qde).toMatch(/<User guid="[0-9A-F-]{36}" name="author 1"\/>/);

  const docx = await download(page, /^Save “What we heard” report \(Word\)/, dir);
  const documentXml = new TextDecoder().decode(unzipSync(new Uint8Array(docx.bytes))['word/document.xml']!);
  expect(documentXml).toContain('Memos');
  expect(documentXml).toContain(MEMO.project);
  expect(documentXml).toContain('On the theme “Lighting”');
});

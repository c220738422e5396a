/**
 * The note import's encoding choice, in browser mode: a Windows survey of curly quotes is read as Windows-1252,
 * each encoding shows how the file's own lines read in it, and another reading is one click (or an arrow key)
 * away; a plain ASCII file has nothing to choose; a UTF-16 file is told to be saved as UTF-8.
 * SHOTS=/some/folder saves the encoding choice at 1366×850 and 1024×700.
 */
import { expect, test, type Page } from '@playwright/test';
import { encodeLegacy } from '../../shared/csv/testing/legacyBytes';
import { englishSurvey } from '../../shared/csv/testing/realisticExports';
import { createProjectByKeyboard, expectAccessible, press, shoot } from './support';

async function chooseImportFile(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /^Choose (another )?file/ }).click();
  await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(bytes) });
}

test('the detected encoding with a preview of each reading, changed in one click', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 850 });
  await createProjectByKeyboard(page, 'Library survey');
  await press(page.getByRole('button', { name: 'Import notes…' }));
  const dialog = page.getByRole('dialog', { name: 'Import notes' });
  const survey = englishSurvey().replace('Q7 Any other comments?', 'Comment');
  await chooseImportFile(page, 'survey.csv', encodeLegacy(survey, 'windows-1252'));

  const choice = dialog.getByRole('radiogroup', { name: /Text encoding/ });
  await expect(choice).toHaveAccessibleName('Text encoding: Windows-1252 (detected)');
  const windows = choice.getByRole('radio', { name: /^Windows-1252/ });
  const mac = choice.getByRole('radio', { name: /^Mac Roman/ });
  await expect(windows).toBeChecked();
  // Each reading shows the file's own lines: right in Windows-1252, garbled in Mac Roman and UTF-8.
  await expect(choice.locator('.encoding-option', { hasText: 'Windows-1252' })).toContainText(/[’“…]/);
  await expect(choice.locator('.encoding-option', { hasText: 'Mac Roman' })).toContainText(/[íÖë]/);
  await expect(choice.locator('.encoding-option', { hasText: 'UTF-8' })).toContainText('�');
  const preview = dialog.getByRole('table', { name: /Preview/ });
  await expect(preview).toContainText('’');
  await expectAccessible(page, 'import dialog with the encoding choice');
  await shoot(page, 'import-encoding', { fullPage: false });

  // One click reads the file again as Mac Roman; the preview follows.
  await choice.locator('.encoding-option', { hasText: 'Mac Roman' }).click();
  await expect(mac).toBeChecked();
  await expect(choice).toHaveAccessibleName('Text encoding: Mac Roman (your choice)');
  await expect(preview).toContainText('í');
  await shoot(page, 'import-encoding-mac', { fullPage: false });
  // And back with the keyboard.
  await mac.focus();
  await page.keyboard.press('ArrowUp');
  await expect(windows).toBeChecked();
  await expect(preview).not.toContainText('í');
  await expect(preview).toContainText('’');

  await press(dialog.getByRole('button', { name: 'Import 481 notes' }));
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: /survey/ })).toBeVisible();
});

test('a plain ASCII file has nothing to choose, and a UTF-16 file is told to be saved as UTF-8', async ({ page }) => {
  await createProjectByKeyboard(page, 'Plain files');
  await press(page.getByRole('button', { name: 'Import notes…' }));
  const dialog = page.getByRole('dialog', { name: 'Import notes' });
  await chooseImportFile(page, 'plain.csv', new TextEncoder().encode('Text\nThe library is a safe place\n'));
  await expect(dialog).toContainText('Read as UTF-8 (detected): the file holds only plain letters');
  await expect(dialog.getByRole('radiogroup')).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: /^Import 1 note/ })).toBeEnabled();

  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Text\r\nCafé au lait\r\n', 'utf16le')]);
  await chooseImportFile(page, 'unicode.csv', utf16);
  await expect(dialog.getByRole('alert')).toContainText(/UTF-16.*save it as UTF-8/);
  await expectAccessible(page, 'import dialog with a UTF-16 file');
});

/**
 * Capture without friction, as a facilitator uses it: Edit and Delete on a note with the mouse (on hover) and from
 * its menu (right-click, or Shift+F10 from the keyboard), “Note deleted — Undo” reachable by keyboard (F6), the
 * kind picker (Alt+K, then a digit), a time box that runs only once someone captures, the session's status
 * following the first note, and participants added several at once with their attributes in a table.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  createProjectByKeyboard,
  createSessionByKeyboard,
  expectAccessible,
  feedItems,
  openCaptureByKeyboard,
  press,
} from './support';

async function addNotes(page: Page, texts: string[]): Promise<void> {
  const before = await feedItems(page).count();
  for (const text of texts) {
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
  }
  await expect(feedItems(page)).toHaveCount(before + texts.length);
}

test('notes: Edit and Delete on hover, a context menu, and an Undo notice reached with F6', async ({ page }) => {
  test.setTimeout(120_000);
  await createProjectByKeyboard(page, 'Friction checks');
  await createSessionByKeyboard(page, 'Youth – Rec Centre', 'Youth');
  await openCaptureByKeyboard(page);
  await addNotes(page, ['The rink closes too early', 'Teens need a place to hang out', 'Buses stop at 9 pm']);

  // The mouse: Edit appears on hover; the note is edited in place.
  const teensId = await feedItems(page).filter({ hasText: 'Teens need a place' }).getAttribute('data-note-id');
  const teens = page.locator(`#note-feed > li[data-note-id="${teensId}"]`);
  await expect(teens.getByRole('button', { name: 'Edit' })).toBeHidden();
  await teens.hover();
  await teens.getByRole('button', { name: 'Edit' }).click();
  const editor = page.getByRole('textbox', { name: 'Edit note' });
  await expect(editor).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Teens need a safe place to hang out');
  await page.keyboard.press('Enter');
  await expect(teens).toContainText('Teens need a safe place to hang out');

  // Delete with the mouse: the note goes, and a notice says so, with Undo.
  const rink = feedItems(page).filter({ hasText: 'The rink closes too early' });
  await rink.hover();
  await rink.getByRole('button', { name: 'Delete' }).click();
  await expect(rink).toHaveCount(0);
  const notice = page.getByRole('alertdialog').filter({ hasText: 'Note deleted' });
  await expect(notice).toBeVisible();
  // F6 reaches the notices from anywhere; Tab to the notice, Tab to Undo, Enter: the note is back.
  await page.getByRole('textbox', { name: /^Note \(/ }).focus();
  await page.keyboard.press('F6');
  await expect(page.getByRole('region', { name: 'Notifications' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(notice).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(notice.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(feedItems(page).filter({ hasText: 'The rink closes too early' })).toHaveCount(1);
  await rink.first().hover();
  await rink.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('alertdialog').filter({ hasText: 'Note deleted' })).toBeVisible();
  await expectAccessible(page, 'capture with a notice');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(feedItems(page).filter({ hasText: 'The rink closes too early' })).toHaveCount(1);

  // Right-click opens the note's menu, built from the same actions as the keys.
  const buses = feedItems(page).filter({ hasText: 'Buses stop at 9 pm' });
  await buses.click({ button: 'right' });
  const menu = page.getByRole('menu', { name: 'Note actions' });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem')).toHaveText([
    /^Edit/,
    /^Choose the kind…/,
    /^Mark sensitive/,
    /^Mark do not quote/,
    /^Mark cultural protocol/,
    /^Copy the text/,
    /^Delete/,
    /^Erase permanently…/,
  ]);
  await expectAccessible(page, 'note menu');
  await menu.getByRole('menuitem', { name: /^Mark sensitive/ }).click();
  await expect(buses).toContainText('Sensitive');

  // From the keyboard: Shift+F10 on a focused note opens the same menu; Delete from it, Undo with Ctrl+Z.
  await buses.focus();
  await page.keyboard.press('Shift+F10');
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: /^Unmark sensitive/ })).toBeVisible();
  // Delete is next to last: last is Erase permanently…, which cannot be undone.
  await page.keyboard.press('End');
  await expect(menu.getByRole('menuitem', { name: /^Erase permanently…/ })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(menu.getByRole('menuitem', { name: /^Delete/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(buses).toHaveCount(0);
  await expect(page.getByRole('alertdialog').filter({ hasText: 'Note deleted' }).first()).toBeVisible();
  await page.getByRole('textbox', { name: /^Note \(/ }).focus();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(feedItems(page).filter({ hasText: 'Buses stop at 9 pm' })).toHaveCount(1);
});

test('Alt+K opens a kind picker where a digit chooses, for the next note and for a focused note', async ({ page }) => {
  test.setTimeout(120_000);
  await createProjectByKeyboard(page, 'Kind checks');
  await createSessionByKeyboard(page, 'Seniors – Central Library', 'Seniors');
  const composer = await openCaptureByKeyboard(page);
  await page.keyboard.press('Alt+KeyK');
  const picker = page.getByRole('menu', { name: 'Choose a kind' });
  await expect(picker).toBeVisible();
  await expectAccessible(page, 'kind picker');
  await page.keyboard.press('Digit3');
  await expect(page.getByTestId('current-kind')).toHaveText('Risk factor');
  await expect(composer).toBeFocused();
  await addNotes(page, ['Ice on the sidewalks in winter']);

  // On a focused note, Alt+K changes that note's kind; Esc leaves the picker without a change.
  await page.keyboard.press('ArrowUp');
  const note = feedItems(page).first();
  await expect(note).toBeFocused();
  await page.keyboard.press('Alt+KeyK');
  await expect(picker).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(note).toContainText('Risk factor');
  await expect(note).toBeFocused();
  await page.keyboard.press('Alt+KeyK');
  await page.keyboard.press('Digit2');
  await expect(note).toContainText('Local asset');
  await expect(page.getByTestId('current-kind')).toHaveText('Risk factor');
  // The mouse can open it too, from the Kind field.
  await page.getByRole('button', { name: 'Change (Alt+K)' }).click();
  await picker.getByRole('menuitemradio', { name: 'No kind' }).click();
  await expect(page.getByTestId('current-kind')).toHaveText('none');
});

test('the time box waits for the first note, pauses, and follows the session; the first note starts the session', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await createProjectByKeyboard(page, 'Time box checks');
  await createSessionByKeyboard(page, 'Faith groups', 'Faith groups');
  await openCaptureByKeyboard(page);
  const timebox = page.getByTestId('timebox');
  await expect(page.getByText('Planned', { exact: true })).toBeVisible();
  await expect(timebox).toHaveText('0:00 of 10:00 — starts with the first note');
  // Nobody captures: the clock does not move.
  await page.waitForTimeout(2_200);
  await expect(timebox).toHaveText('0:00 of 10:00 — starts with the first note');

  await addNotes(page, ['The first words of the session']);
  await expect(page.getByText('Running', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Close session' })).toBeVisible();
  await expect(timebox).toHaveText(/^0:0[1-9] of 10:00$/, { timeout: 5_000 });

  // Alt+T pauses (a new note does not restart it), and starts again.
  await page.keyboard.press('Alt+KeyT');
  await expect(timebox).toContainText('paused');
  const paused = (await timebox.innerText()).slice(0, 4);
  await addNotes(page, ['A note while paused']);
  await expect(timebox).toHaveText(`${paused} of 10:00 — paused`);
  await page.keyboard.press('Alt+KeyT');
  await expect(timebox).not.toContainText('paused');

  // Another question waits for its own first note; going back, the first question's count is kept.
  await page.keyboard.press('Alt+ArrowDown');
  await expect(timebox).toHaveText('0:00 of 15:00 — starts with the first note');
  await page.keyboard.press('Alt+ArrowUp');
  await expect(timebox).toContainText('starts with the first note');
  await expect(timebox).not.toHaveText(/^0:00/);

  // Closing the session stops the clock; the session can be reopened.
  await press(page.getByRole('button', { name: 'Close session' }));
  await expect(page.getByText('Closed', { exact: true })).toBeVisible();
  await expect(timebox).toContainText('session closed');
  await expect(page.getByRole('button', { name: /time box/ })).toHaveCount(0);
  await expectAccessible(page, 'capture of a closed session');
  await press(page.getByRole('button', { name: 'Reopen session' }));
  await expect(page.getByText('Running', { exact: true })).toBeVisible();
});

test('participants: several added at once (P1…PN), age band and group set in the table', async ({ page }) => {
  test.setTimeout(120_000);
  await createProjectByKeyboard(page, 'Participant checks');
  await createSessionByKeyboard(page, 'Lived experience – Drop-in', 'People with lived experience');
  const howMany = page.getByRole('spinbutton', { name: 'How many' });
  await howMany.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('6');
  await press(page.getByRole('button', { name: 'Add P1 … P6' }));
  const table = page.getByRole('table', { name: 'Participants, with their attributes' });
  await expect(table.getByRole('rowheader')).toHaveText(['P1', 'P2', 'P3', 'P4', 'P5', 'P6']);
  await expect(page.getByRole('button', { name: 'Add P7 … P12' })).toBeVisible();

  await page.getByRole('combobox', { name: 'Age band of P2' }).selectOption('18–24');
  await page.getByRole('combobox', { name: 'Group of P2' }).selectOption('Youth');
  await page.getByRole('combobox', { name: 'Age band of P5' }).focus();
  await page.getByRole('combobox', { name: 'Age band of P5' }).selectOption('65+');
  await expectAccessible(page, 'session with participants');

  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Age band of P2' })).toHaveValue('18–24');
  await expect(page.getByRole('combobox', { name: 'Group of P2' })).toHaveValue('Youth');
  await expect(page.getByRole('combobox', { name: 'Age band of P5' })).toHaveValue('65+');
  await expect(page.getByRole('combobox', { name: 'Age band of P1' })).toHaveValue('');

  // A wrong count is explained, not sent.
  await howMany.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('0');
  await expect(page.getByText('Enter a number from 1 to 50.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add participants' })).toBeDisabled();
});

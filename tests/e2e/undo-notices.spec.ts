/**
 * Every destructive action outside capture says what it did with an Undo button, reachable by keyboard (F6) and
 * read out: deleting a question, a stakeholder group or a note kind in Setup, and deleting or merging a theme on
 * the board. The button undoes only that action; after other changes it says to use Ctrl+Z instead.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  addThemes,
  createProjectByKeyboard,
  expectAccessible,
  press,
  projectIdOf,
  sessionBoardWithNotes,
  typeInto,
} from './support';

const notice = (page: Page, text: string | RegExp) => page.getByRole('alertdialog').filter({ hasText: text });

async function openSetup(page: Page): Promise<void> {
  await press(page.getByRole('link', { name: 'Setup', exact: true }).first());
  await expect(page.getByRole('heading', { level: 1, name: /^Setup of/ })).toBeVisible();
}

/** F6 to the notices, Tab to the newest notice, Tab to its Undo, Enter. */
async function undoFromNoticeByKeyboard(page: Page, text: string | RegExp): Promise<void> {
  await page.keyboard.press('F6');
  await expect(page.getByRole('region', { name: 'Notifications' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(notice(page, text)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(notice(page, text).getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.keyboard.press('Enter');
}

test('Setup: deleting a question, a group or a kind shows a notice whose Undo brings it back', async ({ page }) => {
  test.setTimeout(120_000);
  await createProjectByKeyboard(page, 'Undo checks');
  await openSetup(page);
  const questions = page.locator('.question-item');
  const count = await questions.count();
  const firstText = (await questions.first().innerText()).split('\n')[0]!;

  // A question deleted with the mouse; Undo by keyboard. (A notice waits while the pointer rests on it or it has
  // focus, so the test rests the pointer there: a busy machine must not let it time out mid-test.)
  await page.getByRole('button', { name: 'Delete question 1' }).click();
  await expect(questions).toHaveCount(count - 1);
  await notice(page, 'Question deleted').hover();
  await expectAccessible(page, 'setup with an undo notice');
  await undoFromNoticeByKeyboard(page, 'Question deleted');
  await expect(questions).toHaveCount(count);
  await expect(questions.first()).toContainText(firstText);

  // A group deleted by keyboard; Undo with the mouse.
  await press(page.getByRole('button', { name: 'Delete Seniors' }));
  await expect(page.getByRole('button', { name: 'Delete Seniors' })).toHaveCount(0);
  await notice(page, 'Deleted Seniors').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('button', { name: 'Delete Seniors' })).toHaveCount(1);

  // A kind removed, then another change: the notice's Undo no longer reaches it, and says so.
  const removeFirstKind = page.getByRole('button', { name: /^Remove / }).first();
  const kindName = ((await removeFirstKind.textContent()) ?? '').replace(/^Remove\s*/, '').trim();
  await removeFirstKind.click();
  const kindNotice = notice(page, `Removed ${kindName}`);
  await kindNotice.hover();
  await typeInto(page.getByLabel('New question'), 'Where do you avoid after dark?');
  await page.keyboard.press('Enter');
  await expect(questions).toHaveCount(count + 1);
  await kindNotice.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('live-region')).toContainText('Other changes came after it');
  await expect(questions).toHaveCount(count + 1);
  await expect(page.getByRole('button', { name: `Remove ${kindName}` })).toHaveCount(0);
});

test('Board: deleting or merging a theme shows a notice whose Undo brings it back', async ({ page }) => {
  test.setTimeout(120_000);
  const session = 'Seniors walk';
  await sessionBoardWithNotes(page, {
    project: 'Undo on the board',
    session,
    group: 'Seniors',
    notes: ['No light on the path', 'The bus comes late', 'Benches are broken'],
  });
  await addThemes(page, projectIdOf(page), [
    { name: 'Lighting', session, votes: 3, words: ['light'] },
    { name: 'Transit', session, votes: 2, words: ['bus'] },
    { name: 'Seating', session, votes: 1, words: ['Benches'] },
  ]);
  const ranking = page.getByTestId('ranking');

  // Delete by keyboard through the theme's menu and the confirmation; Undo from the notice by keyboard.
  await press(page.getByRole('button', { name: 'More actions for theme Seating' }));
  await press(page.getByRole('menuitem', { name: 'Delete theme…' }));
  const confirm = page.getByRole('alertdialog', { name: 'Delete theme “Seating”?' });
  await press(confirm.getByRole('button', { name: 'Delete theme' }));
  await expect(ranking).not.toContainText('Seating');
  await notice(page, 'Theme Seating deleted').hover();
  await expectAccessible(page, 'board with an undo notice');
  await undoFromNoticeByKeyboard(page, 'Theme Seating deleted');
  await expect(ranking).toContainText('Seating');

  // Merge from the menu with the mouse (the theme typed in the picker); Undo with the mouse: both themes are back.
  await page.getByRole('button', { name: 'More actions for theme Lighting' }).click();
  await page.getByRole('menuitem', { name: 'Merge another theme into this…' }).click();
  await expect(page.getByRole('dialog', { name: 'Merge a theme into “Lighting”' })).toBeVisible();
  // The picker is a combobox: the theme is typed and chosen.
  await page.keyboard.type('Trans');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(ranking).not.toContainText('Transit');
  await notice(page, 'Transit merged into Lighting').getByRole('button', { name: 'Undo' }).click();
  await expect(ranking).toContainText('Transit');
  await expect(ranking).toContainText('Lighting');
});

/**
 * Analysis by meaning on the board, in Chromium, as a facilitator does it: suggested themes arrive with
 * readable names that are renamed and accepted in one step (Enter in the name, or the Accept button); the
 * notes most like a focused note are pulled into its theme; a note without a theme gets its likely theme,
 * accepted with one key or a click. By keyboard and by mouse, with axe clean, and screenshots for review.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, press, sessionBoardWithNotes, shoot } from './support';

const NOTES = [
  'The bus never comes on time',
  'Public transit is unreliable at night',
  'Trains and buses are always late',
  'More frequent transit service please',
  'Playground equipment is broken',
  'The swings in the park are damaged',
  'Kids need a safer playground',
  'Fix the broken slide at the park',
];

// Clustering and indexing run in workers; on a busy shared machine they take seconds, not milliseconds.
test.setTimeout(180_000);

const boardWithNotes = (page: Page, project: string) =>
  sessionBoardWithNotes(page, { project, session: 'Residents – Town Hall', group: 'Seniors', notes: NOTES });

const sticky = (page: Page, text: string) =>
  page.getByRole('listbox', { name: 'Notes on the board' }).getByRole('option', { name: text });
// The board is drawn on a canvas: a frame is found by its title's button, which names the theme and its count.
const frame = (page: Page, name: string) => page.getByRole('button', { name: new RegExp(`^Frame of theme ${name},`) });
const panel = (page: Page) => page.getByRole('region', { name: 'Like this note' });

test('suggested themes have readable names; rename and accept in one step by keyboard and by mouse', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 850 });
  await boardWithNotes(page, 'Meaning suggestions');
  await press(page.getByRole('button', { name: 'Suggest themes' }));
  const suggestions = page.getByTestId('suggestion');
  await expect(suggestions).toHaveCount(2, { timeout: 30_000 });
  const names = await suggestions
    .getByRole('textbox')
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  // Names a person would write: sentence case, words of the notes, never a word list.
  for (const name of names) {
    expect(name).toMatch(/^[A-Z][a-z]/);
    expect(name).not.toContain('·');
  }
  await expect(suggestions.first()).toContainText('Shared words:');
  await expect(suggestions.first()).toContainText(/cohesion/);
  await expectAccessible(page, 'board with named suggestions');
  await shoot(page, 'suggestions', { fullPage: false });

  // Keyboard: rename in place, Enter accepts under the new name.
  const first = suggestions.first();
  const field = first.getByRole('textbox');
  await field.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Getting around town');
  await page.keyboard.press('Enter');
  await expect(frame(page, 'Getting around town')).toBeVisible();
  await expect(suggestions).toHaveCount(1);

  // Mouse: edit the other name and click Accept.
  const other = suggestions.first();
  await other.getByRole('textbox').fill('Play spaces');
  await other.getByRole('button', { name: /^Accept/ }).click();
  await expect(frame(page, 'Play spaces')).toBeVisible();
  await expect(page.getByRole('option', { name: /theme Getting around town/ })).toHaveCount(4);
  await expect(page.getByRole('option', { name: /theme Play spaces/ })).toHaveCount(4);
});

test('more like this: the closest notes, pulled into the focused note’s theme by keyboard and by mouse', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 850 });
  await boardWithNotes(page, 'Meaning more like this');
  // One transport note gets a theme by keyboard (T names a new theme).
  await sticky(page, NOTES[0]!).focus();
  await page.keyboard.press('t');
  const dialog = page.getByRole('dialog', { name: 'Create theme' });
  await dialog.getByLabel('Theme name').fill('Transport');
  await page.keyboard.press('Enter');
  await expect(frame(page, 'Transport')).toBeVisible();

  await sticky(page, NOTES[0]!).focus();
  await expect(panel(page)).toContainText(NOTES[0]!);
  const list = panel(page).getByRole('group', { name: /Closest in meaning/ });
  await expect(list.getByRole('checkbox')).not.toHaveCount(0);
  const labels = await list.locator('label').allTextContents();
  // The two closest are about getting around, though three share no word with it.
  const transport = NOTES.slice(1, 4);
  expect(transport.some((t) => labels[0]!.includes(t))).toBe(true);
  await expectAccessible(page, 'board with similar notes');
  await shoot(page, 'similar-notes', { fullPage: false });

  // Keyboard: L goes to the list, Space ticks, Tab to the pull button, Enter pulls.
  await sticky(page, NOTES[0]!).focus();
  await page.keyboard.press('l');
  await expect(list.getByRole('checkbox').first()).toBeFocused();
  await page.keyboard.press('Space');
  const firstText = labels[0]!;
  const pull = panel(page).getByRole('button', { name: /^Pull 1 note into Transport/ });
  await pull.focus();
  await page.keyboard.press('Enter');
  await expect(frame(page, 'Transport')).toHaveAccessibleName(/ 2 notes/);
  const pulled = NOTES.find((t) => firstText.includes(t))!;
  await expect(sticky(page, pulled)).toHaveAccessibleName(/theme Transport/);

  // Mouse: tick another and click pull.
  const next = list.locator('label').filter({ hasNotText: 'already here' }).first();
  await next.getByRole('checkbox').check();
  await panel(page)
    .getByRole('button', { name: /^Pull 1 note into Transport/ })
    .click();
  await expect(frame(page, 'Transport')).toHaveAccessibleName(/ 3 notes/);
});

test('suggest a theme: a note without one gets its likely theme; A accepts, or a click', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 850 });
  await boardWithNotes(page, 'Meaning likely theme');
  // Two themes by mouse: two transport notes, two play notes.
  for (const [name, notes] of [
    ['Transport', [NOTES[0]!, NOTES[2]!]],
    ['Play', [NOTES[4]!, NOTES[6]!]],
  ] as const) {
    await page.getByRole('button', { name: 'Zoom to fit' }).click();
    await sticky(page, notes[0]).click();
    await sticky(page, notes[1]).click({ modifiers: ['Shift'] });
    await page.getByRole('button', { name: 'Create theme…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create theme' });
    await dialog.getByLabel('Theme name').fill(name);
    await dialog.getByRole('button', { name: 'Create theme' }).click();
    await expect(frame(page, name)).toBeVisible();
  }

  // Keyboard: focus an unthemed transport note; its likely theme shows; A accepts.
  await sticky(page, NOTES[3]!).focus();
  const likely = panel(page).getByTestId('likely-theme');
  await expect(likely).toContainText('Likely theme: Transport');
  await expect(likely).toContainText(/\d+% sure/);
  await expectAccessible(page, 'board with a likely theme');
  await shoot(page, 'likely-theme', { fullPage: false });
  await sticky(page, NOTES[3]!).focus();
  await page.keyboard.press('a');
  await expect(sticky(page, NOTES[3]!)).toHaveAccessibleName(/theme Transport/);
  await expect(page.getByTestId('live-region')).toContainText('Moved the note to theme Transport');

  // Mouse: an unthemed play note; click the proposal.
  await page.getByRole('button', { name: 'Zoom to fit' }).click();
  await sticky(page, NOTES[7]!).click();
  await expect(likely).toContainText('Likely theme: Play');
  await likely.getByRole('button', { name: 'Move to Play' }).click();
  await expect(sticky(page, NOTES[7]!)).toHaveAccessibleName(/theme Play/);
  // Undo takes it back out: the accept went through the board commands.
  await page.keyboard.press('Control+z');
  await expect(sticky(page, NOTES[7]!)).not.toHaveAccessibleName(/theme Play/);
});

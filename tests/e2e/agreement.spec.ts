/**
 * Agreement between coders, in Chromium, as two facilitators do it on one laptop: each starts a coding pass and
 * themes the session's notes on their own (one by keyboard, one by mouse), neither sees the other's themes
 * until both say they are done, then the agreement view gives kappa and alpha, the confusion table and the
 * disagreements, and one disagreement is resolved onto the board. axe clean; screenshots on request.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  createProjectByKeyboard,
  createSessionByKeyboard,
  expectAccessible,
  openCaptureByKeyboard,
  press,
  shoot,
  typeNotes,
} from './support';

const NOTES = [
  'The bus never comes on time',
  'Trains are late every evening',
  'The playground slide is broken',
  'Benches in the park are damaged',
];

const themeFor = (page: Page, n: number) => page.getByRole('button', { name: new RegExp(`Theme for note ${n}$`) });

/** Keyboard: open the picker on the focused button and choose an option by typing its first letter (one key, so
 * a slow machine cannot split the type-ahead). */
async function codeByKeyboard(page: Page, n: number, option: string): Promise<void> {
  await themeFor(page, n).focus();
  await page.keyboard.press('ArrowDown');
  const listbox = page.getByRole('listbox');
  await expect(listbox).toBeVisible();
  await page.keyboard.press(option[0]!);
  await expect(listbox.getByRole('option', { name: option, exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(themeFor(page, n)).toContainText(option);
}

async function codeByMouse(page: Page, n: number, option: string): Promise<void> {
  await themeFor(page, n).click();
  await page.getByRole('listbox').getByRole('option', { name: option, exact: true }).click();
  await expect(themeFor(page, n)).toContainText(option);
}

test('two coders theme blind, then see kappa, alpha, the confusion table and resolve a disagreement', async ({
  page,
}) => {
  // Two coders' whole passes, three axe checks and a resolution: a long flow, given time on a busy machine.
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1366, height: 850 });
  await createProjectByKeyboard(page, 'Agreement');
  await createSessionByKeyboard(page, 'Residents – Library', 'Seniors');
  await openCaptureByKeyboard(page);
  await typeNotes(page, NOTES);

  // The PMT's master themes, which both coders use.
  await press(page.getByRole('link', { name: 'Findings', exact: true }));
  await page.getByRole('tab', { name: 'Master themes' }).click();
  for (const name of ['Transit', 'Parks']) {
    const field = page.getByLabel('New master theme', { exact: true });
    await field.fill(name);
    await press(page.getByRole('button', { name: 'Add master theme' }));
    // The field empties once the theme is saved: typing the next one before that would be wiped with it.
    await expect(field).toHaveValue('');
  }
  await press(page.getByRole('link', { name: 'Sessions', exact: true }));
  await press(page.getByRole('link', { name: 'Residents – Library', exact: true }));
  await press(page.getByRole('link', { name: 'Coding and agreement' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Coding and agreement' })).toBeVisible();
  await expect(page.getByText('Agreement needs two coders.')).toBeVisible();
  await expectAccessible(page, 'coding and agreement (empty)');

  // Ana codes by keyboard.
  await page.getByLabel('Coder’s name').focus();
  await page.keyboard.type('Ana');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Coding as Ana' })).toBeVisible();
  await codeByKeyboard(page, 1, 'Transit (master)');
  await codeByKeyboard(page, 2, 'Transit (master)');
  await codeByKeyboard(page, 3, 'Parks (master)');
  await codeByKeyboard(page, 4, 'Parks (master)');
  await expectAccessible(page, 'coding as Ana');

  // Ben codes by mouse, and sees none of Ana's themes while coding.
  await page.getByLabel('Coder’s name').fill('Ben');
  await page.getByRole('button', { name: 'Start coding' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Coding as Ben' })).toBeVisible();
  for (let n = 1; n <= 4; n++) await expect(themeFor(page, n)).toContainText('Not coded');
  await expect(page.getByText('Ana', { exact: true }).locator('..')).toContainText('4 of 4 coded');
  await codeByMouse(page, 1, 'Transit (master)');
  await codeByMouse(page, 2, 'Parks (master)');
  await codeByMouse(page, 3, 'Parks (master)');
  await codeByMouse(page, 4, 'Parks (master)');
  await shoot(page, 'coding');

  await page.getByRole('button', { name: 'Ben is done' }).click();
  await expect(page.getByText(/Shown when every coder is done \(1 of 2 done\)/)).toBeVisible();
  await press(page.getByRole('button', { name: 'Ana is done' }));

  // Ana: Transit Transit Parks Parks; Ben: Transit Parks Parks Parks. Kappa: p_o .75, p_e .5 → 0.50.
  // Alpha: 8 values (3 Transit, 5 Parks), 2 disagreeing pairs → 1 − (2/8)/(30/56) = 0.53.
  const overall = page.locator('.agreement-overall');
  await expect(overall.getByRole('definition').nth(0)).toHaveText('0.50');
  await expect(overall.getByRole('definition').nth(1)).toHaveText('0.53');
  await expect(overall.getByRole('definition').nth(2)).toHaveText('75%');
  const perTheme = page.getByRole('table', { name: /Agreement per theme/ });
  await expect(perTheme.getByRole('row', { name: /^Transit/ }).getByRole('cell')).toHaveText([
    '2',
    '1',
    '1',
    '0.50',
    '0.53',
  ]);
  const confusion = page.getByRole('table', { name: /Confusion table/ });
  await expect(confusion.getByRole('row', { name: /^Transit/ }).getByRole('cell')).toHaveText(['1', '1']);
  await expect(confusion.getByRole('row', { name: /^Parks/ }).getByRole('cell')).toHaveText(['0', '2']);
  await expect(page.getByRole('heading', { name: 'Disagreements to discuss (1)' })).toBeVisible();
  await expect(page.locator('.disagreement')).toContainText('Trains are late every evening');
  await expect(page.locator('.disagreement')).toContainText('Ana: Transit · Ben: Parks · on the board: no theme');
  await expectAccessible(page, 'agreement');
  await shoot(page, 'agreement');

  // Resolve by keyboard: the note goes into Ana's theme on the board.
  await press(page.getByRole('button', { name: 'Use Ana’s: Transit' }));
  await expect(page.locator('.disagreement')).toContainText('on the board: Transit');
  await expect(page.getByRole('button', { name: 'Use Ana’s: Transit' })).toBeDisabled();

  // Reopening a pass hides the agreement again until it is done.
  await page.getByRole('button', { name: 'Reopen Ben' }).click();
  await expect(page.getByText(/1 of 2 done/)).toBeVisible();
});

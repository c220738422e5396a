/**
 * The board (issue 3) end to end in Chromium: a facilitator sorts a session's notes into themes with the
 * mouse (select, lasso, drag in and out, move a frame, undo), then with the keyboard only (board, theme menu
 * and outline, including keyboard drag and drop), finds every assignment after a reload, accepts a suggested
 * cluster, records dot votes and searches — and the board, the outline and the dialogs pass axe.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  createProjectByKeyboard,
  createSessionByKeyboard,
  expectAccessible,
  openCaptureByKeyboard,
  press,
} from './support';

const NOTES = [
  'Street lighting on Main St is too dim at night',
  'More lighting near the bus stops please',
  'Buses stop running at 9 pm on weekdays',
  'Bus shelters have no lighting after dark',
  'Parking downtown is expensive for seniors',
  'Not enough parking spaces near the clinic',
  'Youth programs close for the whole summer',
  'The library is a safe place to spend the day',
];

async function sessionWithNotes(page: Page, project: string): Promise<void> {
  await createProjectByKeyboard(page, project);
  await createSessionByKeyboard(page, 'Seniors – Central Library', 'Seniors');
  await openCaptureByKeyboard(page);
  for (const text of NOTES) {
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
  }
  await expect(page.locator('#note-feed > li')).toHaveCount(NOTES.length);
}

async function openSessionBoard(page: Page): Promise<void> {
  await press(page.getByRole('link', { name: 'Board', exact: true }));
  await expect(page.getByRole('heading', { level: 1, name: /^Board: .*all sessions/ })).toBeVisible();
  await press(
    page.getByRole('navigation', { name: 'Boards' }).getByRole('link', { name: 'Seniors – Central Library' }),
  );
  await expect(page.getByRole('heading', { level: 1, name: 'Board: Seniors – Central Library' })).toBeVisible();
  await expect(stickies(page)).toHaveCount(NOTES.length);
}

const stickies = (page: Page) => page.getByRole('listbox', { name: 'Notes on the board' }).getByRole('option');
// By accessible name: zoomed far out a sticky draws no text, but its name always starts with it.
const sticky = (page: Page, text: string) =>
  page.getByRole('listbox', { name: 'Notes on the board' }).getByRole('option', { name: text });
const frame = (page: Page, name: string) =>
  page.locator('.frame').filter({ has: page.locator('.frame-name', { hasText: name }) });
const liveRegion = (page: Page) => page.getByTestId('live-region');

/** Zoom to fit (0 on the board): every note is in view, so none is culled from the page. */
async function fit(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Zoom to fit' }).click();
}

/** A point on the open board: no sticky, frame or minimap under it. */
async function emptySpot(page: Page): Promise<{ x: number; y: number }> {
  const spot = await page.evaluate(() => {
    const box = document.querySelector('.board-viewport')!.getBoundingClientRect();
    for (let y = box.bottom - 30; y > box.top + 30; y -= 20) {
      for (let x = box.left + 30; x < box.right - 230; x += 20) {
        if (document.elementFromPoint(x, y)?.classList.contains('board-viewport')) return { x, y };
      }
    }
    return null;
  });
  expect(spot, 'an empty spot on the board').not.toBeNull();
  return spot!;
}

async function center(locator: Locator) {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** A real pointer drag: press, move in steps (so the app sees a drag, not a click), release. */
async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 10, from.y + 10, { steps: 3 });
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

test('mouse: make a theme from a selection, drag notes into it and out again, undo; reload keeps it', async ({
  page,
}) => {
  await sessionWithNotes(page, 'Board by mouse');
  await openSessionBoard(page);
  await expectAccessible(page, 'board');

  await sticky(page, NOTES[0]!).click();
  await sticky(page, NOTES[1]!).click({ modifiers: ['Shift'] });
  await expect(page.getByTestId('selection-count')).toHaveText('2 notes selected');
  await page.getByRole('button', { name: 'Create theme…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create theme' });
  await dialog.getByLabel('Theme name').fill('Lighting');
  await dialog.getByRole('button', { name: 'Create theme' }).click();
  await expect(frame(page, 'Lighting')).toBeVisible();
  await expect(sticky(page, NOTES[0]!)).toHaveAccessibleName(/theme Lighting/);
  await expect(frame(page, 'Lighting')).toContainText('2 notes');
  await fit(page);

  // Drag a third note into the frame: dropping it there assigns the theme.
  const target = frame(page, 'Lighting');
  const box = (await target.boundingBox())!;
  await drag(page, await center(sticky(page, NOTES[3]!)), { x: box.x + box.width - 60, y: box.y + box.height - 30 });
  await expect(sticky(page, NOTES[3]!)).toHaveAccessibleName(/theme Lighting/);
  await expect(frame(page, 'Lighting')).toContainText('3 notes');
  await expect(liveRegion(page)).toContainText('Moved note to theme Lighting');

  // Lasso two notes on the open board, then drag both into the frame together.
  const a = (await sticky(page, NOTES[4]!).boundingBox())!;
  const b = (await sticky(page, NOTES[5]!).boundingBox())!;
  await drag(
    page,
    { x: Math.min(a.x, b.x) - 6, y: Math.min(a.y, b.y) - 6 },
    { x: Math.max(a.x + a.width, b.x + b.width) - 20, y: Math.max(a.y + a.height, b.y + b.height) - 20 },
  );
  await expect(page.getByTestId('selection-count')).toHaveText('2 notes selected');
  const inFrame = (await frame(page, 'Lighting').boundingBox())!;
  await drag(page, await center(sticky(page, NOTES[4]!)), { x: inFrame.x + inFrame.width / 2, y: inFrame.y + 70 });
  await expect(frame(page, 'Lighting')).toContainText('5 notes');

  // Drag one out to empty board: its theme is cleared. Ctrl+Z puts it back.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('selection-count')).toHaveCount(0);
  await drag(page, await center(sticky(page, NOTES[5]!)), await emptySpot(page));
  await expect(sticky(page, NOTES[5]!)).toHaveAccessibleName(/no theme/);
  await expect(frame(page, 'Lighting')).toContainText('4 notes');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(sticky(page, NOTES[5]!)).toHaveAccessibleName(/theme Lighting/);
  await expect(frame(page, 'Lighting')).toContainText('5 notes');

  await page.reload();
  await expect(stickies(page)).toHaveCount(NOTES.length);
  for (const i of [0, 1, 3, 4, 5]) await expect(sticky(page, NOTES[i]!)).toHaveAccessibleName(/theme Lighting/);
  for (const i of [2, 6, 7]) await expect(sticky(page, NOTES[i]!)).toHaveAccessibleName(/no theme/);

  // Drag the frame by its title: the frame and its notes move together, as one undoable step.
  await fit(page);
  const title = frame(page, 'Lighting').locator('.frame-title');
  const frameBefore = (await frame(page, 'Lighting').boundingBox())!;
  const noteBefore = (await sticky(page, NOTES[0]!).boundingBox())!;
  const grip = await center(title);
  await drag(page, grip, { x: grip.x + 90, y: grip.y + 60 });
  await expect(liveRegion(page)).toContainText('Moved theme Lighting');
  await expect.poll(async () => (await frame(page, 'Lighting').boundingBox())!.x).toBeGreaterThan(frameBefore.x + 40);
  await expect.poll(async () => (await sticky(page, NOTES[0]!).boundingBox())!.x).toBeGreaterThan(noteBefore.x + 40);
  await expect(sticky(page, NOTES[0]!)).toHaveAccessibleName(/theme Lighting/);
});

test('keyboard only: select, make a theme, move to theme, nudge, outline drag and menu; reload keeps it', async ({
  page,
}) => {
  await sessionWithNotes(page, 'Board by keyboard');
  await openSessionBoard(page);

  // Tab reaches the notes (one tab stop), arrows move between them.
  const first = sticky(page, NOTES[0]!);
  await first.focus();
  await expect(first).toBeFocused();
  await page.keyboard.press('Space');
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(sticky(page, NOTES[1]!)).toBeFocused();
  await page.keyboard.press('Space');
  await expect(liveRegion(page)).toContainText('2 notes selected');
  await page.keyboard.press('t');
  const create = page.getByRole('dialog', { name: 'Create theme' });
  await expect(create.getByLabel('Theme name')).toBeFocused();
  await page.keyboard.type('Lighting');
  await page.keyboard.press('Enter');
  await expect(create).toBeHidden();
  await expect(liveRegion(page)).toContainText('Theme Lighting created with 2 notes');
  await expect(first).toHaveAccessibleName(/theme Lighting/);

  // Another theme, from one focused note, reached with the arrow keys.
  await page.keyboard.press('Escape');
  await page.keyboard.press('0');
  const parking = sticky(page, NOTES[4]!);
  await parking.focus();
  await page.keyboard.press('t');
  await page.keyboard.type('Parking');
  await page.keyboard.press('Enter');
  await expect(parking).toHaveAccessibleName(/theme Parking/);

  // M opens "Move to theme": type to narrow, choose, Enter. (0 first zooms to fit, so every note is on the page.)
  await page.keyboard.press('0');
  const bus = sticky(page, NOTES[3]!);
  await bus.focus();
  await page.keyboard.press('m');
  const move = page.getByRole('dialog', { name: 'Move note to theme' });
  await expect(move.getByRole('combobox', { name: 'Theme' })).toBeFocused();
  await page.keyboard.type('Light');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(move).toBeHidden();
  await expect(bus).toHaveAccessibleName(/theme Lighting/);
  await expect(liveRegion(page)).toContainText('Moved 1 note to theme Lighting');
  await expect(bus).toBeFocused();

  // Shift+arrow nudges the focused note; it stays in its theme.
  const before = (await bus.boundingBox())!;
  await page.keyboard.press('Shift+ArrowRight');
  await expect(liveRegion(page)).toContainText('Nudged note right');
  await expect.poll(async () => (await bus.boundingBox())!.x).toBeGreaterThan(before.x + 5);
  await expect(bus).toHaveAccessibleName(/theme Lighting/);

  // Dot votes in the theme panel, and the ranking follows them.
  await page.getByLabel('Dot votes for Parking').fill('7');
  await page.keyboard.press('Enter');
  await page.getByLabel('Dot votes for Lighting').fill('3');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('ranking').locator('li').first()).toContainText('Parking');
  await expect(page.getByTestId('ranking').locator('li').first()).toContainText('7 votes');

  // Nest Parking under Lighting from the theme's menu: typeahead picks the item, the picker the parent.
  await press(page.getByRole('button', { name: 'More actions for theme Parking' }));
  await expect(page.getByRole('menu')).toBeVisible();
  await page.keyboard.type('Nest');
  await page.keyboard.press('Enter');
  const nest = page.getByRole('dialog', { name: /Nest “Parking” under/ });
  await expect(nest.getByRole('combobox', { name: 'Parent theme' })).toBeFocused();
  await page.keyboard.type('Light');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(nest).toBeHidden();
  await expect(liveRegion(page)).toContainText('Parking is now under Lighting');
  await expect(page.getByRole('list', { name: 'Sub-themes of Lighting' })).toContainText('Parking');

  // The outline: the board's twin. Expand a theme, move a note with its menu, and drag one by keyboard.
  await press(page.getByRole('button', { name: 'Outline', exact: true }));
  const tree = page.getByRole('treegrid', { name: 'Themes and their notes' });
  await expect(tree).toBeVisible();
  await expectAccessible(page, 'outline');
  const noTheme = tree.getByRole('row', { name: /^No theme/ });
  await noTheme.focus();
  await page.keyboard.press('ArrowRight');
  const youth = tree.getByRole('row', { name: NOTES[6] });
  await expect(youth).toBeVisible();
  await press(youth.getByRole('button', { name: /^Move to theme/ }));
  const moveFromOutline = page.getByRole('dialog', { name: 'Move note to theme' });
  await page.keyboard.type('Parking');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(moveFromOutline).toBeHidden();
  await expect(liveRegion(page)).toContainText('Moved 1 note to theme Parking');

  // Keyboard drag and drop: Enter on the ≡ handle starts a drag, arrows pick the drop target, Enter drops.
  const library = tree.getByRole('row', { name: NOTES[7] });
  await press(library.getByRole('button', { name: 'Drag note' }), 'Enter');
  const lighting = tree.getByRole('row', { name: /^Lighting/ });
  const dropLabel = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
  await expect.poll(dropLabel).toMatch(/^Drop on/);
  for (let guard = 0; guard < 12 && !/Drop on Lighting/.test(await dropLabel()); guard++)
    await page.keyboard.press('ArrowUp');
  expect(await dropLabel()).toBe('Drop on Lighting');
  await page.keyboard.press('Enter');
  await expect(lighting).toContainText('4 notes');

  await page.reload();
  await press(page.getByRole('button', { name: 'Board', exact: true }));
  await expect(stickies(page)).toHaveCount(NOTES.length);
  for (const i of [0, 1, 3, 7]) await expect(sticky(page, NOTES[i]!)).toHaveAccessibleName(/theme Lighting/);
  for (const i of [4, 6]) await expect(sticky(page, NOTES[i]!)).toHaveAccessibleName(/theme Lighting › Parking/);
  await expect(page.getByTestId('ranking').locator('li').first()).toContainText('Parking');
});

test('suggested clusters: compute, preview, rename and accept one; shortcuts help passes axe', async ({ page }) => {
  await sessionWithNotes(page, 'Board suggestions');
  await openSessionBoard(page);
  await press(page.getByRole('button', { name: 'Suggest themes' }));
  const suggestions = page.getByTestId('suggestion');
  await expect(suggestions.first()).toBeVisible({ timeout: 30_000 });
  const first = suggestions.first();
  await press(first.getByRole('button', { name: 'Preview' }));
  await expect(first.getByRole('button', { name: 'Preview' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.sticky.is-dimmed').first()).toBeAttached();
  await expectAccessible(page, 'board with suggestions');
  const name = first.getByRole('textbox');
  await name.fill('Suggested: transport');
  await press(first.getByRole('button', { name: /^Accept/ }));
  await expect(frame(page, 'Suggested: transport')).toBeVisible();
  await expect(page.locator('.theme-row', { hasText: 'Suggested: transport' })).toContainText('suggested');
  const assigned = page.getByRole('option', { name: /theme Suggested: transport/ });
  expect(await assigned.count()).toBeGreaterThanOrEqual(2);

  await page.reload();
  await expect(frame(page, 'Suggested: transport')).toBeVisible();

  await sticky(page, NOTES[7]!).focus();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Board shortcuts' })).toBeVisible();
  await expectAccessible(page, 'board shortcuts');
  await page.keyboard.press('Escape');
});

test('search and filters highlight matches; the whole-project board shows every session', async ({ page }) => {
  await sessionWithNotes(page, 'Board search');
  await openSessionBoard(page);
  await page.keyboard.press('/');
  await expect(page.getByLabel('Search notes')).toBeFocused();
  await page.keyboard.type('LIGHTING');
  await expect(page.getByTestId('filter-count')).toHaveText('3 of 8 match');
  await expect(page.locator('.sticky.is-match')).toHaveCount(3);
  await expect(page.locator('.sticky.is-match mark').first()).toHaveText(/lighting/i);
  await expect(page.locator('.sticky.is-dimmed')).toHaveCount(5);
  await expectAccessible(page, 'board with a search');
  await press(page.getByRole('button', { name: 'Clear filters' }));
  await expect(page.locator('.sticky.is-dimmed')).toHaveCount(0);
  await press(page.getByRole('navigation', { name: 'Boards' }).getByRole('link', { name: 'Whole project' }));
  await expect(page.getByRole('heading', { level: 1, name: /all sessions/ })).toBeVisible();
  await expect(stickies(page)).toHaveCount(NOTES.length);
  await press(page.getByRole('button', { name: 'By kind' }));
  await expect(page.getByRole('button', { name: 'By kind' })).toHaveAttribute('aria-pressed', 'true');
});

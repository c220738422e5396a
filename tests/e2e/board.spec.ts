/**
 * The board end to end in Chromium, acting as a facilitator does (roles, labels, keyboard and mouse): sorting
 * notes into themes with the mouse and with the keyboard only, moving frames by keyboard, typing new notes on
 * the board, the overview at "Zoom to fit" (first words and theme titles drawn, counts on the frames), the
 * board taking the window with folding panels, each session in its own region and the Tidy commands, the
 * menus and shortcuts built from one action registry, suggested clusters, search — and axe on each screen.
 *
 * The board is drawn on canvases; what the canvas shows is checked by reading its pixels where a note or a
 * title is (`inkIn`). With SHOTS set to a folder, screenshots at 1366×850 and 1024×700 are written there.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
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
  'Street lighting on Main St is too dim at night',
  'More lighting near the bus stops please',
  'Buses stop running at 9 pm on weekdays',
  'Bus shelters have no lighting after dark',
  'Parking downtown is expensive for seniors',
  'Not enough parking spaces near the clinic',
  'Youth programs close for the whole summer',
  'The library is a safe place to spend the day',
];
const SESSION = 'Seniors – Central Library';

test.describe.configure({ timeout: 150_000 });

async function capture(page: Page, notes: readonly string[]): Promise<void> {
  await openCaptureByKeyboard(page);
  await typeNotes(page, notes);
}

async function sessionWithNotes(page: Page, project: string): Promise<void> {
  await createProjectByKeyboard(page, project);
  await createSessionByKeyboard(page, SESSION, 'Seniors');
  await capture(page, NOTES);
}

async function openBoard(page: Page, board: string): Promise<void> {
  await press(page.getByRole('link', { name: 'Board', exact: true }));
  await expect(page.getByRole('heading', { level: 1, name: /^Board: .*all sessions/ })).toBeVisible();
  if (board === 'Whole project') return;
  await press(page.getByRole('navigation', { name: 'Boards' }).getByRole('link', { name: board }));
  await expect(page.getByRole('heading', { level: 1, name: `Board: ${board}` })).toBeVisible();
}

const notesList = (page: Page) => page.getByRole('listbox', { name: 'Notes on the board' });
const stickies = (page: Page) => notesList(page).getByRole('option');
// By accessible name: its text, then its theme, speaker, question, kind and group.
const sticky = (page: Page, text: string) => notesList(page).getByRole('option', { name: text });
const frame = (page: Page, name: string) => page.getByRole('button', { name: new RegExp(`^Frame of theme ${name},`) });
const liveRegion = (page: Page) => page.getByTestId('live-region');
const fit = (page: Page) => page.getByRole('button', { name: 'Zoom to fit' }).click();

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

/** A point on the open board: no note or frame under it. */
async function emptySpot(page: Page): Promise<{ x: number; y: number }> {
  const spot = await page.evaluate(() => {
    const box = document.querySelector('.board-viewport')!.getBoundingClientRect();
    for (let y = box.bottom - 30; y > box.top + 30; y -= 20) {
      for (let x = box.left + 30; x < box.right - 30; x += 20) {
        const hit = document.elementFromPoint(x, y);
        if (hit && !hit.closest('[data-note-id], [data-frame-id]') && hit.closest('.board-viewport')) return { x, y };
      }
    }
    return null;
  });
  expect(spot, 'an empty spot on the board').not.toBeNull();
  return spot!;
}

/**
 * How much of a screen rectangle the board's canvas draws in dark ink (text), from the canvas pixels
 * themselves: 0 for a blank box.
 */
async function inkIn(page: Page, box: { x: number; y: number; width: number; height: number }): Promise<number> {
  return page.evaluate((b) => {
    let dark = 0;
    for (const canvas of document.querySelectorAll<HTMLCanvasElement>('.board-tile, .board-zoom-canvas')) {
      if (canvas.hidden || canvas.closest('[hidden]')) continue;
      const r = canvas.getBoundingClientRect();
      const x0 = Math.max(b.x, r.left);
      const y0 = Math.max(b.y, r.top);
      const x1 = Math.min(b.x + b.width, r.right);
      const y1 = Math.min(b.y + b.height, r.bottom);
      if (x1 <= x0 || y1 <= y0) continue;
      const k = canvas.width / r.width;
      const sx = Math.floor((x0 - r.left) * k);
      const sy = Math.floor((y0 - r.top) * k);
      const sw = Math.max(1, Math.floor((x1 - x0) * k));
      const sh = Math.max(1, Math.floor((y1 - y0) * k));
      // Tiles show still pictures (no 2D context to read): their pixels are read through a copy.
      const reader = document.createElement('canvas');
      reader.width = sw;
      reader.height = sh;
      const ctx = reader.getContext('2d')!;
      ctx.drawImage(canvas, sx, sy, sw, sh, 0, 0, sw, sh);
      const data = ctx.getImageData(0, 0, sw, sh).data;
      for (let i = 0; i < data.length; i += 4) if (data[i]! + data[i + 1]! + data[i + 2]! < 250) dark++;
    }
    return dark;
  }, box);
}

/** The board redraws on resize; the shot waits for it. */
const settle = (page: Page) => page.waitForTimeout(400);

test('mouse: theme from a selection, drag in and out, undo; a drag leaves the dragged note the only one selected', async ({
  page,
}) => {
  await sessionWithNotes(page, 'Board by mouse');
  await openBoard(page, SESSION);
  await expect(stickies(page)).toHaveCount(NOTES.length);
  await expectAccessible(page, 'board');

  await sticky(page, NOTES[0]!).click();
  await sticky(page, NOTES[1]!).click({ modifiers: ['Shift'] });
  await expect(page.getByTestId('selection-count')).toHaveText('2 notes selected');
  await page.getByRole('button', { name: 'Create theme…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create theme' });
  await dialog.getByLabel('Theme name').fill('Lighting');
  await dialog.getByRole('button', { name: 'Create theme' }).click();
  await expect(frame(page, 'Lighting')).toHaveAccessibleName(/2 notes/);
  await expect(sticky(page, NOTES[0]!)).toHaveAccessibleName(/theme Lighting/);
  await fit(page);

  // Drag a third note into the frame: dropping it there assigns the theme.
  const box = (await frame(page, 'Lighting').boundingBox())!;
  const body = (await page.locator('.frame', { has: frame(page, 'Lighting') }).boundingBox())!;
  expect(box.width).toBeGreaterThan(0);
  await drag(page, await center(sticky(page, NOTES[3]!)), {
    x: body.x + body.width - 40,
    y: body.y + body.height - 20,
  });
  await expect(sticky(page, NOTES[3]!)).toHaveAccessibleName(/theme Lighting/);
  await expect(frame(page, 'Lighting')).toHaveAccessibleName(/3 notes/);
  await expect(liveRegion(page)).toContainText('Moved note to theme Lighting');

  // Selection after a drag: a note selected from the keyboard, then another dragged with the mouse — only the
  // dragged one is selected, so M moves one note, not two.
  await fit(page);
  await sticky(page, NOTES[6]!).focus();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('selection-count')).toHaveText('1 note selected');
  await drag(page, await center(sticky(page, NOTES[7]!)), await emptySpot(page));
  await expect(liveRegion(page)).toContainText('Moved note');
  await expect(page.getByTestId('selection-count')).toHaveText('1 note selected');
  await expect(sticky(page, NOTES[7]!)).toHaveAttribute('aria-selected', 'true');
  await expect(sticky(page, NOTES[6]!)).toHaveAttribute('aria-selected', 'false');
  await expect(sticky(page, NOTES[7]!)).toBeFocused();
  await page.keyboard.press('m');
  await expect(page.getByRole('dialog', { name: 'Move note to theme' })).toBeVisible();
  await page.keyboard.press('Escape');

  // Lasso two notes on the open board, then drag both into the frame together.
  await fit(page);
  const a = (await sticky(page, NOTES[4]!).boundingBox())!;
  const b = (await sticky(page, NOTES[5]!).boundingBox())!;
  await drag(
    page,
    { x: Math.min(a.x, b.x) - 6, y: Math.min(a.y, b.y) - 6 },
    { x: Math.max(a.x + a.width, b.x + b.width) - 20, y: Math.max(a.y + a.height, b.y + b.height) - 20 },
  );
  await expect(page.getByTestId('selection-count')).toHaveText('2 notes selected');
  const inFrame = (await page.locator('.frame', { has: frame(page, 'Lighting') }).boundingBox())!;
  await drag(page, await center(sticky(page, NOTES[4]!)), { x: inFrame.x + inFrame.width / 2, y: inFrame.y + 70 });
  await expect(frame(page, 'Lighting')).toHaveAccessibleName(/5 notes/);

  // Drag one out to empty board: its theme is cleared. Ctrl+Z puts it back.
  await page.keyboard.press('Escape');
  await drag(page, await center(sticky(page, NOTES[5]!)), await emptySpot(page));
  await expect(sticky(page, NOTES[5]!)).toHaveAccessibleName(/no theme/);
  await expect(frame(page, 'Lighting')).toHaveAccessibleName(/4 notes/);
  await page.keyboard.press('ControlOrMeta+z');
  await expect(sticky(page, NOTES[5]!)).toHaveAccessibleName(/theme Lighting/);

  await page.reload();
  await expect(stickies(page)).toHaveCount(NOTES.length);
  for (const i of [0, 1, 3, 4, 5]) await expect(sticky(page, NOTES[i]!)).toHaveAccessibleName(/theme Lighting/);

  // Drag the frame by its title: the frame and its notes move together, as one undoable step.
  await fit(page);
  const frameBefore = (await frame(page, 'Lighting').boundingBox())!;
  const noteBefore = (await sticky(page, NOTES[0]!).boundingBox())!;
  const grip = await center(frame(page, 'Lighting'));
  await drag(page, grip, { x: grip.x + 90, y: grip.y + 60 });
  await expect(liveRegion(page)).toContainText('Moved theme Lighting');
  await expect.poll(async () => (await frame(page, 'Lighting').boundingBox())!.x).toBeGreaterThan(frameBefore.x + 40);
  await expect.poll(async () => (await sticky(page, NOTES[0]!).boundingBox())!.x).toBeGreaterThan(noteBefore.x + 40);
  await shoot(page, 'board-mouse', { fullPage: false, prepare: settle });
});

test('keyboard only: select, make themes, move to theme, nudge, frames moved by arrows, outline; reload keeps it', async ({
  page,
}) => {
  await sessionWithNotes(page, 'Board by keyboard');
  await openBoard(page, SESSION);
  await expect(stickies(page)).toHaveCount(NOTES.length);

  // Tab reaches the notes (one tab stop), arrows move between them.
  const first = sticky(page, NOTES[0]!);
  await first.focus();
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

  // M opens "Move to theme": type to narrow, choose, Enter.
  await page.keyboard.press('Escape');
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
  await expect(bus).toBeFocused();

  // Shift+arrow nudges the focused note; it stays in its theme.
  const before = (await bus.boundingBox())!;
  await page.keyboard.press('Shift+ArrowRight');
  await expect(liveRegion(page)).toContainText('Nudged note right');
  await expect.poll(async () => (await bus.boundingBox())!.x).toBeGreaterThan(before.x + 5);

  // The frame by keyboard: its title takes focus; arrows move it (Shift: further), with its notes; Ctrl+Z undoes.
  await page.keyboard.press('0');
  const lighting = frame(page, 'Lighting');
  await lighting.focus();
  await expect(lighting).toBeFocused();
  const frameAt = (await lighting.boundingBox())!;
  const noteAt = (await first.boundingBox())!;
  await page.keyboard.press('ArrowRight');
  await expect(liveRegion(page)).toContainText('Moved theme Lighting right');
  await expect.poll(async () => (await lighting.boundingBox())!.x).toBeGreaterThan(frameAt.x);
  const small = (await lighting.boundingBox())!.x - frameAt.x;
  await page.keyboard.press('Shift+ArrowDown');
  await expect(liveRegion(page)).toContainText('Moved theme Lighting down');
  await expect.poll(async () => (await lighting.boundingBox())!.y - frameAt.y).toBeGreaterThan(small * 3);
  await expect.poll(async () => (await first.boundingBox())!.y).toBeGreaterThan(noteAt.y);
  await expect(lighting).toBeFocused();
  await page.keyboard.press('ControlOrMeta+z');
  await expect.poll(async () => (await lighting.boundingBox())!.y).toBeLessThan(frameAt.y + small * 2);
  // Enter on the frame selects its notes.
  await lighting.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('selection-count')).toHaveText('3 notes selected');

  // Dot votes in the theme panel, and the ranking follows them.
  await page.getByLabel('Dot votes for Lighting').fill('3');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('ranking').locator('li').first()).toContainText('3 votes');

  // The outline: the board's twin.
  await press(page.getByRole('button', { name: 'Outline', exact: true }));
  const tree = page.getByRole('treegrid', { name: 'Themes and their notes' });
  await expect(tree).toBeVisible();
  await expectAccessible(page, 'outline');
  await expect(tree.getByRole('row', { name: /^Lighting/ })).toContainText('3 notes');

  await page.reload();
  await press(page.getByRole('button', { name: 'Board', exact: true }));
  await expect(stickies(page)).toHaveCount(NOTES.length);
  for (const i of [0, 1, 3]) await expect(sticky(page, NOTES[i]!)).toHaveAccessibleName(/theme Lighting/);
});

test('the board takes the window: panels and the map fold away, the map never covers the board', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 850 });
  await sessionWithNotes(page, 'Board size');
  await openBoard(page, SESSION);
  const viewport = page.getByRole('group', { name: 'Board canvas' });
  const tall = (await viewport.boundingBox())!;
  expect(tall.height).toBeGreaterThan(600);
  const map = page.locator('.minimap');
  await expect(map).toBeVisible();
  const mapBox = (await map.boundingBox())!;
  // The map sits beside the board, not over it.
  expect(mapBox.x >= tall.x + tall.width || mapBox.y >= tall.y + tall.height).toBe(true);
  await press(page.getByRole('button', { name: 'Hide map' }));
  await expect(map).toBeHidden();
  await expect(page.getByRole('button', { name: 'Show map' })).toHaveAttribute('aria-expanded', 'false');

  await press(page.getByRole('button', { name: 'Hide panels' }));
  await expect(page.getByRole('complementary', { name: /Selection, themes/ })).toBeHidden();
  const wide = (await viewport.boundingBox())!;
  expect(wide.width).toBeGreaterThan(1300);
  await expectAccessible(page, 'board without panels');
  await shoot(page, 'board-wide', { fullPage: false, prepare: settle });

  await page.setViewportSize({ width: 1024, height: 700 });
  await expect.poll(async () => (await viewport.boundingBox())!.height).toBeGreaterThan(430);
  await press(page.getByRole('button', { name: 'Show panels' }));
  await expect(page.getByRole('complementary', { name: /Selection, themes/ })).toBeVisible();
  await expectAccessible(page, 'board at 1024×700');
});

test('zoomed out, stickies show their first words and frames their titles and counts', async ({ page }) => {
  await sessionWithNotes(page, 'Board overview');
  await openBoard(page, SESSION);
  await sticky(page, NOTES[0]!).click();
  await sticky(page, NOTES[1]!).click({ modifiers: ['Shift'] });
  await page.keyboard.press('t');
  await page.keyboard.type('Lighting');
  await page.keyboard.press('Enter');
  await expect(frame(page, 'Lighting')).toHaveAccessibleName('Frame of theme Lighting, 2 notes');
  // Far out: below half size.
  await page.getByRole('group', { name: 'Board canvas' }).focus();
  for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect
    .poll(() => page.evaluate(() => document.querySelector<HTMLElement>('.board-layer')!.style.transform))
    .toMatch(/scale\(0\.[0-4]/);
  await page.waitForTimeout(600);
  // Each sticky's first words are drawn (ink inside its box), not a blank block.
  for (const text of [NOTES[2]!, NOTES[5]!]) {
    const box = (await sticky(page, text).boundingBox())!;
    expect(box.width).toBeLessThan(90);
    expect(await inkIn(page, box), `first words drawn on “${text}”`).toBeGreaterThan(15);
  }
  // The frame's title keeps a readable size on screen, with its name and count drawn in it.
  const title = (await frame(page, 'Lighting').boundingBox())!;
  expect(title.height).toBeGreaterThanOrEqual(36);
  expect(title.width).toBeGreaterThanOrEqual(160);
  expect(await inkIn(page, title)).toBeGreaterThan(60);
  await expectAccessible(page, 'board zoomed out');
  await shoot(page, 'board-overview', { fullPage: false, prepare: settle });
});

test('new notes on the board: N at the focus, a double click on empty board, with capture’s speaker, kind and flags', async ({
  page,
}) => {
  await createProjectByKeyboard(page, 'Board new notes');
  await createSessionByKeyboard(page, SESSION, 'Seniors');
  await capture(page, []);
  // Capture set to speaker P2, the first kind and sensitive: a note typed on the board starts the same.
  await page.keyboard.press('Alt+2');
  await page.keyboard.press('Alt+KeyK');
  await expect(page.getByRole('menu', { name: 'Choose a kind' })).toBeVisible();
  await page.keyboard.press('Digit1');
  await expect(page.getByRole('menu', { name: 'Choose a kind' })).toBeHidden();
  await page.keyboard.type(NOTES[0]!);
  await page.keyboard.press('Enter');
  await expect(page.locator('#note-feed > li')).toHaveCount(1);
  // Sensitive is set for the next note (capture clears it after each one).
  await page.keyboard.press('Alt+s');
  await openBoard(page, SESSION);

  await sticky(page, NOTES[0]!).focus();
  await page.keyboard.press('n');
  const form = page.getByRole('dialog', { name: /^New note/ });
  await expect(form.getByRole('textbox', { name: 'New note' })).toBeFocused();
  await expect(form.getByLabel('Speaker')).toHaveValue(/.+/);
  await expect(form.getByLabel('Speaker').locator('option:checked')).toHaveText('P2');
  await expect(form.getByLabel('Kind').locator('option:checked')).not.toHaveText('No kind');
  await expect(form.getByRole('checkbox', { name: 'Sensitive' })).toBeChecked();
  await expectAccessible(page, 'new note on the board');
  await shoot(page, 'board-new-note', { fullPage: false, prepare: settle });
  await page.keyboard.type('Typed on the board beside the first');
  await page.keyboard.press('Enter');
  await expect(form).toBeHidden();
  const typed = sticky(page, 'Typed on the board beside the first');
  await expect(typed).toBeFocused();
  await expect(typed).toHaveAccessibleName(/speaker P2/);
  await expect(liveRegion(page)).toContainText('Note added');
  // Beside the focused note, not on it.
  const one = (await sticky(page, NOTES[0]!).boundingBox())!;
  const two = (await typed.boundingBox())!;
  expect(two.x >= one.x + one.width || two.y >= one.y + one.height).toBe(true);

  // A double click on empty board opens the form there; Escape leaves without adding.
  const spot = await emptySpot(page);
  await page.mouse.dblclick(spot.x, spot.y);
  await expect(form).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();
  await expect(stickies(page)).toHaveCount(2);
  const anchor = (await sticky(page, NOTES[0]!).boundingBox())!;
  await page.mouse.dblclick(spot.x, spot.y);
  await page.keyboard.type('Double-clicked note');
  await page.keyboard.press('Enter');
  await expect(sticky(page, 'Double-clicked note')).toBeFocused();
  // Where it was double-clicked (the board may have scrolled to show the whole note: the first note tells by how much).
  const moved = (await sticky(page, NOTES[0]!).boundingBox())!;
  const clicked = (await sticky(page, 'Double-clicked note').boundingBox())!;
  expect(Math.abs(clicked.x - (spot.x + moved.x - anchor.x))).toBeLessThan(8);
  expect(Math.abs(clicked.y - (spot.y + moved.y - anchor.y))).toBeLessThan(8);

  // One undoable step each.
  await page.keyboard.press('ControlOrMeta+z');
  await expect(sticky(page, 'Double-clicked note')).toHaveCount(0);
});

test('each session has its own region on the whole-project board; Tidy lays notes out without overlap, undoably', async ({
  page,
}) => {
  await createProjectByKeyboard(page, 'Board regions');
  const projectUrl = page.url();
  await createSessionByKeyboard(page, SESSION, 'Seniors');
  await capture(page, NOTES.slice(0, 5));
  await page.goto(projectUrl);
  await createSessionByKeyboard(page, 'Youth at the Rec Centre', 'Youth');
  await capture(page, ['Youth want a skate park', 'Bus pass costs too much', 'Library hours too short']);

  // A note placed on one session's board, and notes arriving in the other: on the whole-project board, nothing overlaps.
  await openBoard(page, SESSION);
  await drag(page, await center(sticky(page, NOTES[0]!)), await emptySpot(page));
  await expect(liveRegion(page)).toContainText('Moved note');
  await press(page.getByRole('navigation', { name: 'Boards' }).getByRole('link', { name: 'Whole project' }));
  await fit(page);
  await expect(stickies(page)).toHaveCount(8);
  const boxes = async () => Promise.all((await stickies(page).all()).map(async (s) => (await s.boundingBox())!));
  const overlapping = (list: { x: number; y: number; width: number; height: number }[]) =>
    list.some((a, i) =>
      list.some(
        (b, j) => j > i && a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height,
      ),
    );
  expect(overlapping(await boxes())).toBe(false);
  const youth = (await sticky(page, 'Youth want a skate park').boundingBox())!;
  for (const text of NOTES.slice(1, 5)) expect((await sticky(page, text).boundingBox())!.x).toBeLessThan(youth.x);

  // Tidy by theme, from the toolbar's menu: one command, announced, undone by Ctrl+Z.
  await sticky(page, NOTES[1]!).click();
  await sticky(page, 'Bus pass costs too much').click({ modifiers: ['Shift'] });
  await page.keyboard.press('t');
  await page.keyboard.type('Transport');
  await page.keyboard.press('Enter');
  await expect(frame(page, 'Transport')).toBeAttached();
  await page.getByRole('button', { name: 'Tidy…' }).click();
  await expectAccessible(page, 'tidy menu');
  await page.getByRole('menuitem', { name: 'Tidy by theme' }).click();
  await expect(liveRegion(page)).toContainText('Tidy by theme: 8 notes and 1 frame laid out');
  await fit(page);
  expect(overlapping(await boxes())).toBe(false);
  const tidied = (await sticky(page, 'Youth want a skate park').boundingBox())!;
  await page.keyboard.press('ControlOrMeta+z');
  await expect(liveRegion(page)).toContainText('Undid: Tidy by theme');
  await fit(page);
  await expect
    .poll(async () => (await sticky(page, 'Youth want a skate park').boundingBox())!.x)
    .not.toBeCloseTo(tidied.x, 0);

  // Tidy by session from the board's context menu, opened from the keyboard (Shift+F10 on the canvas).
  await page.getByRole('group', { name: 'Board canvas' }).focus();
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu', { name: 'Board actions' });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: /Zoom to fit/ }).locator('kbd')).toHaveAttribute('data-keys', '0');
  await menu.getByRole('menuitem', { name: 'Tidy by session' }).click();
  await expect(liveRegion(page)).toContainText('Tidy by session');
  await fit(page);
  expect(overlapping(await boxes())).toBe(false);

  // A note typed on the whole-project board goes to the session chosen in its form, with that session's group.
  await page.getByRole('group', { name: 'Board canvas' }).focus();
  await page.keyboard.press('n');
  const form = page.getByRole('dialog', { name: /^New note/ });
  await form.getByLabel('Session').selectOption({ label: 'Youth at the Rec Centre' });
  await expect(form.getByRole('textbox', { name: 'New note' })).toBeFocused();
  await page.keyboard.type('Typed for the youth session');
  await page.keyboard.press('Enter');
  await expect(form).toBeHidden();
  await expect(sticky(page, 'Typed for the youth session')).toHaveAccessibleName(/, Youth$/);

  // Tidy by stakeholder group, from the keyboard through the toolbar's menu.
  await page.getByRole('button', { name: 'Tidy…' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menu', { name: 'Tidy' })).toBeVisible();
  await page.getByRole('menuitem', { name: 'Tidy by stakeholder group' }).press('Enter');
  await expect(liveRegion(page)).toContainText('Tidy by stakeholder group:');
  await fit(page);
  expect(overlapping(await boxes())).toBe(false);
  await shoot(page, 'board-regions', { fullPage: false, prepare: settle });
});

test('menus and the shortcuts dialog come from the same actions as the keys', async ({ page }) => {
  await sessionWithNotes(page, 'Board menus');
  await openBoard(page, SESSION);
  // Right-click a note: its menu lists what its keys do, with the keys.
  await sticky(page, NOTES[2]!).click({ button: 'right' });
  const menu = page.getByRole('menu', { name: 'Note actions' });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: /Move to theme/ }).locator('kbd')).toHaveAttribute('data-keys', 'M');
  await expectAccessible(page, 'note menu');
  await menu.getByRole('menuitem', { name: /Create theme/ }).click();
  const create = page.getByRole('dialog', { name: 'Create theme' });
  await expect(create).toBeVisible();
  await page.keyboard.press('Escape');

  await sticky(page, NOTES[2]!).focus();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Board shortcuts' });
  await expect(help).toBeVisible();
  for (const heading of ['On a note', 'On a theme’s frame', 'Anywhere on the board'])
    await expect(help.getByRole('heading', { name: heading, exact: true })).toBeVisible();
  await expect(help.getByRole('row', { name: /^N Type a new note at the pointer/ })).toBeVisible();
  await expect(help.getByRole('row', { name: /Move the frame with its notes/ })).toBeVisible();
  await expectAccessible(page, 'board shortcuts');
  await page.keyboard.press('Escape');
});

test('suggested clusters: compute, preview, rename and accept one', async ({ page }) => {
  await sessionWithNotes(page, 'Board suggestions');
  await openBoard(page, SESSION);
  await press(page.getByRole('button', { name: 'Suggest themes' }));
  const suggestions = page.getByTestId('suggestion');
  await expect(suggestions.first()).toBeVisible({ timeout: 30_000 });
  const first = suggestions.first();
  await press(first.getByRole('button', { name: 'Preview' }));
  await expect(first.getByRole('button', { name: 'Preview' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.sticky.is-dimmed').first()).toBeAttached();
  await expectAccessible(page, 'board with suggestions');
  // Renaming and accepting are one step: type the name over the suggested one, Enter.
  const name = first.getByRole('textbox');
  await expect(first.getByRole('button', { name: /^Accept/ })).toBeEnabled();
  await name.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Suggested: transport');
  await page.keyboard.press('Enter');
  await expect(liveRegion(page)).toContainText('Theme Suggested: transport created with');
  await expect(frame(page, 'Suggested: transport')).toBeAttached();
  await expect(page.locator('.theme-row', { hasText: 'Suggested: transport' })).toContainText('suggested');
  expect(
    await notesList(page)
      .getByRole('option', { name: /theme Suggested: transport/ })
      .count(),
  ).toBeGreaterThanOrEqual(2);
});

test('search and filters highlight matches; the whole-project board shows every session', async ({ page }) => {
  await sessionWithNotes(page, 'Board search');
  await openBoard(page, SESSION);
  await page.keyboard.press('/');
  await expect(page.getByLabel('Search notes')).toBeFocused();
  await page.keyboard.type('LIGHTING');
  await expect(page.getByTestId('filter-count')).toHaveText('3 of 8 match');
  await expect(page.locator('.sticky.is-match')).toHaveCount(3);
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

test('the shipped app has no benchmark or test hooks, even when asked for them', async ({ page }) => {
  await page.goto('/?bench');
  await expect(page.getByRole('button', { name: 'New project' })).toBeVisible();
  const hooks = await page.evaluate(() => Object.keys(window).filter((key) => key.startsWith('__fieldnotes')));
  expect(hooks).toEqual([]);
});

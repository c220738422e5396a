/** Shared steps for the browser end-to-end tests: keyboard-only helpers and the axe check. */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { parseLocale } from '../../shared/i18n/locales';
import { plural } from '../../shared/i18n/plural';
import { translator } from '../../shared/i18n/translate';

/** Focus an element and press a key on it: keyboard use, without the mouse. */
export async function press(locator: Locator, key = 'Enter'): Promise<void> {
  await locator.focus();
  await locator.press(key);
}

/** Fill a field by focusing it and typing, as a person at a keyboard would. */
export async function typeInto(locator: Locator, text: string): Promise<void> {
  await locator.focus();
  await locator.press('ControlOrMeta+a');
  await locator.pressSequentially(text);
}

/** axe-core on the current screen: no serious or critical violation. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const summary = bad.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
  expect(summary, `accessibility violations on ${what}`).toEqual([]);
}

export async function createProjectByKeyboard(page: Page, name: string): Promise<void> {
  await page.goto('/');
  await press(page.getByRole('button', { name: 'New project' }));
  const dialog = page.getByRole('dialog', { name: 'New project' });
  await expect(dialog).toBeVisible();
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `Sessions of ${name}` })).toBeVisible();
}

export async function createSessionByKeyboard(page: Page, title: string, group: string): Promise<void> {
  await typeInto(page.getByLabel('Title'), title);
  await page.getByLabel('Stakeholder group').focus();
  await page.getByLabel('Stakeholder group').selectOption({ label: group });
  await press(page.getByRole('button', { name: 'Create session' }));
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

export async function openCaptureByKeyboard(page: Page): Promise<Locator> {
  await press(page.getByRole('link', { name: 'Open capture' }));
  // The session screen has fields named "Note…" too: wait for the capture screen before looking for the composer.
  await expect(page.getByRole('heading', { level: 1, name: /^Capture notes/ })).toBeVisible();
  const composer = page.getByRole('textbox', { name: /^Note/ });
  await expect(composer).toBeFocused();
  return composer;
}

/** Type notes into the focused capture composer, Enter after each; waits until the feed lists every one. */
export async function typeNotes(page: Page, notes: readonly string[]): Promise<void> {
  for (const text of notes) {
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
  }
  if (notes.length) await expect(feedItems(page)).toHaveCount(notes.length);
}

/** From any screen of the project: "Board", then that session's board, its heading shown. */
export async function openSessionBoard(page: Page, session: string): Promise<void> {
  await press(page.getByRole('link', { name: 'Board', exact: true }));
  await press(page.getByRole('navigation', { name: 'Boards' }).getByRole('link', { name: session }));
  await expect(page.getByRole('heading', { level: 1, name: `Board: ${session}` })).toBeVisible();
}

export interface SessionBoardSeed {
  project: string;
  session: string;
  group: string;
  notes: readonly string[];
}

/**
 * The setup of most board tests, by keyboard: a new project with one session, its notes typed in capture, then
 * that session's board open with every note on it, zoomed to fit so each note can be clicked.
 */
export async function sessionBoardWithNotes(page: Page, seed: SessionBoardSeed): Promise<void> {
  await createProjectByKeyboard(page, seed.project);
  await createSessionByKeyboard(page, seed.session, seed.group);
  await openCaptureByKeyboard(page);
  await typeNotes(page, seed.notes);
  await openSessionBoard(page, seed.session);
  await expect(page.getByRole('listbox', { name: 'Notes on the board' }).getByRole('option')).toHaveCount(
    seed.notes.length,
  );
  await page.getByRole('button', { name: 'Zoom to fit' }).click();
}

/** Rows as CSV text (cells quoted only where they must be), with the separator spreadsheets use in the locale. */
export function csvOf(rows: readonly (readonly string[])[], separator = ','): string {
  const quoteIfNeeded = (cell: string) =>
    cell.includes(separator) || /["\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
  return rows.map((row) => row.map(quoteIfNeeded).join(separator)).join('\r\n');
}

/** "Import notes…" on the project's sessions screen, by keyboard: the import dialog, open and waiting for a file. */
export async function openNotesImport(page: Page): Promise<Locator> {
  await press(page.getByRole('button', { name: 'Import notes…' }));
  const dialog = page.getByRole('dialog', { name: 'Import notes' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Import every note of the file the dialog has read ("Import 8 notes"), and wait for the dialog to close. */
export async function finishNotesImport(dialog: Locator, noteCount: number): Promise<void> {
  await press(
    dialog.getByRole('button', { name: plural(noteCount, { one: 'Import # note', other: 'Import # notes' }) }),
  );
  await expect(dialog).toBeHidden();
}

/**
 * A new project, made by keyboard, with the notes of one file imported through the import dialog (which makes
 * their sessions, groups and speakers); the project's id.
 */
export async function projectWithNotes(
  page: Page,
  projectName: string,
  file: { name: string; buffer: Buffer },
  noteCount: number,
): Promise<string> {
  await createProjectByKeyboard(page, projectName);
  const projectId = projectIdOf(page);
  const dialog = await openNotesImport(page);
  await chooseImportFile(page, file);
  await finishNotesImport(dialog, noteCount);
  return projectId;
}

/** The text of a Word file's body, one paragraph a line, with XML entities read. */
export function docxText(bytes: Buffer): string {
  const xml = new TextDecoder().decode(unzipSync(new Uint8Array(bytes))['word/document.xml']);
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}

export function feedItems(page: Page): Locator {
  return page.locator('#note-feed > li');
}

/** Pick a file in the app's file chooser (the platform's hidden file input). */
export async function chooseImportFile(page: Page, file: { name: string; buffer: Buffer } | string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /^Choose (another )?file/ }).click();
  const picked = await chooser;
  await picked.setFiles(
    typeof file === 'string' ? file : { name: file.name, mimeType: 'application/octet-stream', buffer: file.buffer },
  );
}

export function projectIdOf(page: Page): string {
  return /#\/p\/([^/]+)/.exec(page.url())![1]!;
}

export interface ThemeSeed {
  name: string;
  /** The title of the session whose board the theme is on; none: the whole project's board (notes of any session). */
  session?: string;
  votes: number;
  /** Notes whose text holds any of these words go into the theme. */
  words: string[];
  description?: string;
}

/**
 * Themes made on each session's board as a facilitator would: select the notes (click, Shift+click), T, name, then
 * the dot votes counted in the room. The board has no field for a theme's description (it is written on the
 * findings screen); a seed that needs one is written into the stored theme, then the page reloads to read it.
 */
export async function addThemes(page: Page, projectId: string, themes: ThemeSeed[]): Promise<void> {
  await page.goto(`/#/p/${projectId}/board`);
  // The board's words in the app's language (the page's <html lang>), from the catalogue the app reads.
  const { t } = translator(parseLocale((await page.locator('html').getAttribute('lang')) ?? 'en') ?? 'en');
  const wholeProject = t('board.allSessions', { project: '' }).trim();
  for (const theme of themes) {
    const boards = page.getByRole('navigation', { name: t('board.boards') });
    await press(boards.getByRole('link', { name: theme.session ?? t('board.wholeProject') }));
    await expect(
      page.getByRole('heading', {
        level: 1,
        name: theme.session
          ? t('board.heading', { title: theme.session })
          : new RegExp(`${escapeRegExp(wholeProject)}$`),
      }),
    ).toBeVisible();
    await page.getByRole('button', { name: t('board.action.fit') }).click();
    const notes = page.getByRole('listbox', { name: t('board.notesOnBoard') });
    // Every note whose text holds one of the words: the first clicked, the others added with Shift+click.
    const ids = new Set<string>();
    for (const words of theme.words)
      for (const option of await notes.getByRole('option', { name: words }).all())
        ids.add((await option.getAttribute('data-note-id'))!);
    for (const [i, id] of [...ids].entries())
      await notes.locator(`[data-note-id="${id}"]`).click({ modifiers: i ? ['Shift'] : [] });
    await expect(page.getByTestId('selection-count')).toHaveText(t('board.selectedCount', { count: ids.size }));
    await page.keyboard.press('t');
    const dialog = page.getByRole('dialog', { name: t('board.createTheme') });
    await dialog.getByLabel(t('board.themeName')).fill(theme.name);
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await page.getByLabel(t('board.dotVotesFor', { theme: theme.name })).fill(String(theme.votes));
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('ranking')).toContainText(theme.name);
  }
  const described = themes.filter((theme) => theme.description);
  if (!described.length) return;
  await page.evaluate(
    (seeds) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('fieldnotes');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('themes', 'readwrite');
          const store = tx.objectStore('themes');
          const all = store.getAll();
          all.onsuccess = () => {
            for (const row of all.result as { name: string; description?: string }[]) {
              const seed = seeds.find((s) => s.name === row.name);
              if (seed) store.put({ ...row, description: seed.description });
            }
          };
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    described.map(({ name, description }) => ({ name, description: description! })),
  );
  await page.reload();
}

/** Press a button that downloads a file; the file saved in `dir`, with its name and bytes. */
export async function download(
  page: Page,
  buttonName: RegExp,
  dir: string,
): Promise<{ name: string; path: string; bytes: Buffer }> {
  const started = page.waitForEvent('download');
  await press(page.getByRole('button', { name: buttonName }));
  const file = await started;
  const target = join(dir, file.suggestedFilename());
  await file.saveAs(target);
  return { name: file.suggestedFilename(), path: target, bytes: readFileSync(target) };
}

export interface ShotOptions {
  /** The whole scrollable page (default), or only the window. */
  fullPage?: boolean;
  /** Runs at each size before the shot (e.g. zoom the board to fit the new window). */
  prepare?: (page: Page) => Promise<void>;
}

/**
 * Screenshots for a person to look at, never compared: at the two window sizes every screen is checked at
 * (1366×850 and 1024×700), written only when SHOTS names a folder (`SHOTS=/tmp/shots/x npx playwright test …`).
 * The window goes back to its size afterwards, so the test goes on as before.
 */
export async function shoot(page: Page, name: string, { fullPage = true, prepare }: ShotOptions = {}): Promise<void> {
  const dir = process.env.SHOTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  const size = page.viewportSize();
  for (const [width, height] of [
    [1366, 850],
    [1024, 700],
  ] as const) {
    await page.setViewportSize({ width, height });
    if (prepare) await prepare(page);
    // The board paints its stickies' words a moment after a resize or zoom (plain boxes until then): shoot what a
    // person sees once it has settled. Only when SHOTS asks for pictures, so the suite pays nothing.
    await page.waitForTimeout(1000);
    await page.screenshot({ path: join(dir, `${name}-${width}x${height}.png`), fullPage });
  }
  if (size) await page.setViewportSize(size);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

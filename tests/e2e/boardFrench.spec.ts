/**
 * The board in Canadian French, as a francophone facilitator meets it: the language switched in the header while
 * the board is open, then its toolbar, panels, frames, notes' names, the outline and the keyboard help in French,
 * what a key and Ctrl+Z announce in French, the notes and theme names exactly as typed; axe clean in French.
 * SHOTS=/some/folder saves the board in English and in French at 1366×850 and 1024×700.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, press, sessionBoardWithNotes, shoot } from './support';

const NOTES = ['The bus stop has no light at night', 'Buses are late every evening', 'The park path is dark'];
test.setTimeout(180_000);

const stickies = (page: Page, name: string) => page.getByRole('listbox', { name });

/** Screenshots at both sizes, the board zoomed to fit each (the button is named in the language shown). */
const shootBoard = (page: Page, name: string, fit: string) =>
  shoot(page, name, { fullPage: false, prepare: (p) => p.getByRole('button', { name: fit, exact: true }).click() });

async function themeOf(page: Page, text: string, name: string): Promise<void> {
  await stickies(page, 'Notes on the board').getByRole('option', { name: text }).focus();
  await page.keyboard.press('t');
  const dialog = page.getByRole('dialog', { name: 'Create theme' });
  await dialog.getByRole('textbox').fill(name);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
}

test('the board in French: its words in French, the notes and themes as typed', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 850 });
  await sessionBoardWithNotes(page, {
    project: 'Quartier sûr',
    session: 'Evening walk',
    group: 'Seniors',
    notes: NOTES,
  });
  await themeOf(page, NOTES[0]!, 'Transit');
  await themeOf(page, NOTES[2]!, 'Éclairage');
  // Link the first note to Éclairage as well, by keyboard.
  await stickies(page, 'Notes on the board').getByRole('option', { name: NOTES[0]! }).focus();
  await page.keyboard.press('k');
  await page.keyboard.type('Écl');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Link note to theme' })).toBeHidden();
  await shootBoard(page, 'board-en', 'Zoom to fit');

  // The language, switched in the header while the board is open.
  await press(page.getByRole('button', { name: /Language/ }));
  await press(page.getByRole('option', { name: 'Français (Canada)' }));
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA');
  await expect(page.getByRole('heading', { level: 1, name: 'Tableau : Evening walk' })).toBeVisible();

  const toolbar = page.getByRole('toolbar', { name: 'Affichage du tableau' });
  for (const name of ['Nouvelle note', 'Plan', 'Par groupe', 'Ajuster à l’écran', 'Outil main', 'Raccourcis (?)'])
    await expect(toolbar.getByRole('button', { name, exact: true })).toBeVisible();
  await expect(page.getByRole('search', { name: 'Rechercher et filtrer les notes' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Sélection' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Thèmes (2)' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Thèmes suggérés' })).toBeVisible();

  // Frames and notes say where they are in French; the notes and theme names stay as typed.
  await expect(page.getByRole('button', { name: /^Cadre du thème Éclairage/ })).toHaveAccessibleName(
    'Cadre du thème Éclairage, 2 notes, dont 1 liée depuis un autre thème',
  );
  const notes = stickies(page, 'Notes du tableau');
  await expect(notes.getByRole('option', { name: NOTES[0]! })).toHaveAccessibleName(
    /^The bus stop has no light at night — thème Transit, aussi dans Éclairage/,
  );

  // A key on a note announces in French; the note's menu is in French.
  await notes.getByRole('option', { name: NOTES[1]! }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('selection-count')).toHaveText('1 note sélectionnée');
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu', { name: 'Actions sur la note' });
  await expect(menu.getByRole('menuitem', { name: /^Déplacer vers un thème…/ })).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: /^Lier à un thème…/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expectAccessible(page, 'board, in French');
  await shootBoard(page, 'board-fr', 'Ajuster à l’écran');

  // The keyboard help, from the same actions, in French.
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Raccourcis du tableau' });
  await expect(help.getByRole('heading', { name: 'Sur une note' })).toBeVisible();
  await expect(help).toContainText('Sélectionner ou désélectionner la note active');
  await expect(help).toContainText('Entrée ou Espace');
  await expectAccessible(page, 'board shortcuts, in French');
  await press(help.getByRole('button', { name: 'Fermer' }));

  // The outline in French, the linked note marked there.
  await press(toolbar.getByRole('button', { name: 'Plan', exact: true }));
  const tree = page.getByRole('treegrid', { name: 'Les thèmes et leurs notes' });
  await expect(tree.getByRole('row', { name: /^Éclairage/ })).toContainText('dont 1 liée depuis un autre thème');
  await expect(tree.getByRole('row', { name: 'Aucun thème' })).toContainText('1 note');
  await expectAccessible(page, 'outline, in French');

  // Ctrl+Z says what it undid in French, though the link was made while the app spoke English.
  await page.keyboard.press('ControlOrMeta+z');
  await expect(page.getByTestId('live-region')).toHaveText(
    'Annulé\u00a0: Lier la note au thème «\u00a0Éclairage\u00a0»',
  );
  await expect(tree.getByRole('row', { name: /^Éclairage/ })).not.toContainText('liée depuis un autre thème');
});

/**
 * A note in several themes on the board, in Chromium: linked to a second theme by keyboard (K) and by mouse (the
 * note's context menu), it stays in its own frame and its name says where else it counts; the frame of the theme it
 * is linked to counts it (and says how many are linked), and the outline lists it there too, marked "also in",
 * where Enter selects it and shows it on the board; on the findings screen it is listed under each of its themes (a
 * finding's evidence, the editor's quote choices), marked "also in …". axe stays clean.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectAccessible, press, sessionBoardWithNotes, shoot } from './support';

const NOTES = ['The bus stop has no light at night', 'Buses are late every evening', 'The park path is dark'];
test.setTimeout(180_000);

const sticky = (page: Page, text: string) =>
  page.getByRole('listbox', { name: 'Notes on the board' }).getByRole('option', { name: text });

async function themeOf(page: Page, text: string, name: string): Promise<void> {
  await sticky(page, text).focus();
  await page.keyboard.press('t');
  const dialog = page.getByRole('dialog', { name: 'Create theme' });
  await dialog.getByRole('textbox').fill(name);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
}

const zoomToFit = (page: Page) => page.getByRole('button', { name: 'Zoom to fit' }).click();

test('a note is linked to a second theme by keyboard and by mouse', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 850 });
  await sessionBoardWithNotes(page, {
    project: 'Linked themes',
    session: 'Evening walk',
    group: 'Seniors',
    notes: NOTES,
  });
  await themeOf(page, NOTES[0]!, 'Transit');
  await themeOf(page, NOTES[2]!, 'Lighting');

  // Keyboard: K on the focused note, pick the theme, Enter.
  await sticky(page, NOTES[0]!).focus();
  await page.keyboard.press('k');
  const link = page.getByRole('dialog', { name: 'Link note to theme' });
  await expect(link).toBeVisible();
  await expectAccessible(page, 'link to theme dialog');
  await page.keyboard.type('Light');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(link).toBeHidden();
  await expect(sticky(page, NOTES[0]!)).toHaveAccessibleName(/theme Transit, also in Lighting/);

  // Mouse: the note's context menu.
  await themeOf(page, NOTES[1]!, 'Late buses');
  await sticky(page, NOTES[1]!).click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Link to theme…' }).click();
  // The picker is the same combobox: the theme is typed and chosen.
  await expect(page.getByRole('dialog', { name: 'Link note to theme' })).toBeVisible();
  await page.keyboard.type('Light');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(sticky(page, NOTES[1]!)).toHaveAccessibleName(/also in Lighting/);
  await expectAccessible(page, 'board with linked notes');
  await shoot(page, 'board-linked', { fullPage: false, prepare: zoomToFit });

  // The frame of Lighting counts its own note and the two linked to it; Tab reaches it from the notes.
  await sticky(page, NOTES[2]!).focus();
  const lighting = page.getByRole('button', { name: /^Frame of theme Lighting/ });
  await tabUntil(page, lighting);
  await expect(lighting).toHaveAccessibleName('Frame of theme Lighting, 3 notes, 2 linked from other themes');
  await expect(page.getByRole('button', { name: /^Frame of theme Transit/ })).toHaveAccessibleName(
    'Frame of theme Transit, 1 note',
  );

  // The outline lists the linked notes under Lighting as well, after its own; Enter on one shows it on the board.
  await press(page.getByRole('button', { name: 'Outline', exact: true }));
  const tree = page.getByRole('treegrid', { name: 'Themes and their notes' });
  const lightingRow = tree.getByRole('row', { name: /^Lighting/ });
  await expect(lightingRow).toContainText('3 notes, 2 linked from other themes');
  await lightingRow.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await expect(tree.getByRole('row', { name: NOTES[2]! })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const linkedRow = tree.getByRole('row', { name: `Also in Lighting: ${NOTES[0]!}` });
  await expect(linkedRow).toBeFocused();
  await expect(linkedRow).toContainText('also in');
  await expect(linkedRow).toContainText('its home: Transit');
  await page.keyboard.press('ArrowDown');
  await expect(tree.getByRole('row', { name: `Also in Lighting: ${NOTES[1]!}` })).toBeFocused();
  await expectAccessible(page, 'outline with linked notes');
  await shoot(page, 'outline-linked', { fullPage: false });
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(sticky(page, NOTES[0]!)).toBeFocused();
  await expect(page.getByTestId('selection-count')).toHaveText('1 note selected');

  // Findings, by keyboard: a linked note is listed under each of its themes and says where else it counts.
  await press(page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: 'Findings' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Findings of Linked themes' })).toBeVisible();
  // Lighting's draft rests on its own note and the two linked to it.
  await expect(page.getByRole('listitem').filter({ hasText: /^Lighting/ })).toContainText('3 notes');
  await press(page.getByRole('button', { name: 'Add draft finding for Lighting' }));
  const card = page.getByRole('article', { name: 'Lighting' });
  await press(card.getByText('Evidence: 3 notes'));
  const evidence = card.locator('.evidence li');
  await expect(evidence.filter({ hasText: NOTES[0]! })).toContainText('(also in Transit)');
  await expect(evidence.filter({ hasText: NOTES[1]! })).toContainText('(also in Late buses)');
  await expect(evidence.filter({ hasText: NOTES[2]! })).not.toContainText('also in');
  await expectAccessible(page, 'findings with linked notes');

  // The finding editor offers the linked note as a quote under Transit, saying it is also in Lighting.
  await press(page.getByRole('button', { name: 'New finding' }));
  const editor = page.getByRole('dialog', { name: 'New finding' });
  await press(editor.getByRole('checkbox', { name: 'Transit', exact: true }), 'Space');
  await expect(editor.getByRole('group', { name: /^Quotes \(1 note of these themes\)/ })).toBeVisible();
  await expect(editor.getByRole('checkbox', { name: `${NOTES[0]} (also in Lighting)` })).toBeEnabled();
  // Both themes chosen: the note is listed once, with nowhere else to name.
  await press(editor.getByRole('checkbox', { name: 'Lighting', exact: true }), 'Space');
  await expect(editor.getByRole('checkbox', { name: NOTES[0]!, exact: true })).toHaveCount(1);
  await expectAccessible(page, 'finding editor with a linked note');
  await shoot(page, 'finding-editor-linked');
  await page.keyboard.press('Escape');
  await expect(editor).toBeHidden();
});

/** Presses Tab until `target` has focus (a few presses at most), as a keyboard user would. */
async function tabUntil(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 12; i += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

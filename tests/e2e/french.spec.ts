/**
 * The app in Canadian French, as a francophone facilitator meets it: the language chosen in the header (and kept
 * on reload), a session planned and captured by keyboard in French (notes, kinds, delete and undo, the shortcut
 * help), then the findings report exported in French, with the notes exactly as typed. axe on each screen, in
 * French, with the page's language said on <html>.
 * SHOTS=/some/folder saves screenshots of each screen at 1366×850 and 1024×700 for a look by eye.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { addThemes, download, expectAccessible, feedItems, press, projectIdOf, shoot, typeInto } from './support';

const PROJECT = 'Sécurité à Riverside';
const SESSION = 'Jeunes – Centre récréatif';
const NOTES = [
  'Les sentiers du parc sont très sombres l’hiver, même à 17 h',
  'Il faudrait un local ouvert le vendredi soir pour les jeunes',
  'Note à supprimer puis à rétablir',
];

async function chooseFrench(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Projects' })).toBeVisible();
  await press(page.getByRole('button', { name: /Language/ }));
  await press(page.getByRole('option', { name: 'Français (Canada)' }));
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA');
  await expect(page.getByRole('heading', { level: 1, name: 'Projets' })).toBeVisible();
}

test('capture and export in French: labels, announcements and the report in French, notes as typed', async ({
  page,
}) => {
  test.slow();
  await chooseFrench(page);
  // The choice is the device's: a reload keeps it.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Projets' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA');
  await expectAccessible(page, 'projects, in French');

  await press(page.getByRole('button', { name: 'Nouveau projet' }));
  await expect(page.getByRole('dialog', { name: 'Nouveau projet' })).toBeVisible();
  await page.keyboard.type(PROJECT);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `Séances de ${PROJECT}` })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Projet' }).getByRole('link', { name: 'Constats' })).toBeVisible();
  await expectAccessible(page, 'sessions, in French');
  await shoot(page, 'sessions');

  // Setup in French: the guide, groups and kinds; the project's own words (questions, group names) as written.
  await press(page.getByRole('navigation', { name: 'Projet' }).getByRole('link', { name: 'Configuration' }));
  await expect(page.getByRole('heading', { level: 1, name: `Configuration de ${PROJECT}` })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Guide de discussion' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Supprimer la question 1' })).toBeVisible();
  await expect(page.getByLabel('Nouveau groupe d’intérêt')).toBeVisible();
  await expectAccessible(page, 'setup, in French');
  await press(page.getByRole('navigation', { name: 'Projet' }).getByRole('link', { name: 'Séances' }));
  await expect(page.getByRole('heading', { level: 1, name: `Séances de ${PROJECT}` })).toBeVisible();

  await typeInto(page.getByLabel('Titre'), SESSION);
  await page.getByLabel('Groupe d’intérêt').selectOption({ label: 'Youth' });
  await press(page.getByRole('button', { name: 'Créer la séance' }));
  await expect(page.getByRole('heading', { level: 1, name: SESSION })).toBeVisible();
  await expect(page.getByText('Prévue', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Consignation du consentement' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ajouter P1 … P4' })).toBeVisible();
  await expectAccessible(page, 'session, in French');

  await press(page.getByRole('link', { name: 'Ouvrir la saisie' }));
  await expect(page.getByRole('heading', { level: 1, name: /^Saisie des notes\s: / })).toBeAttached();
  const composer = page.getByRole('textbox', { name: /^Note/ });
  await expect(composer).toBeFocused();
  const nextNote = page.getByRole('group', { name: 'Prochaine note' }).or(page.getByLabel('Prochaine note'));
  await expect(nextNote).toContainText('Qui parle');
  await expect(nextNote).toContainText('Ne pas citer');

  // A kind, by keyboard, from the French kind picker; kind names are the project's own words.
  await page.keyboard.press('Alt+KeyK');
  await expect(page.getByRole('menu', { name: 'Choisir un type' })).toBeVisible();
  await expect(page.getByRole('menuitemradio', { name: 'Aucun type' })).toBeVisible();
  await page.keyboard.press('Digit1');
  await expect(page.getByTestId('current-kind')).toHaveText('Issue or priority');
  for (const text of NOTES) {
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
  }
  await expect(feedItems(page)).toHaveCount(3);
  await expect(page.getByTestId('live-region')).toHaveText('Note ajoutée');
  await expect(feedItems(page).first()).toContainText(NOTES[2]!);

  // Delete the newest and bring it back: the notice in French, then Ctrl+Z.
  await page.keyboard.press('ArrowUp');
  await expect(feedItems(page).first()).toBeFocused();
  await page.keyboard.press('Delete');
  await expect(feedItems(page)).toHaveCount(2);
  const notice = page.getByRole('region', { name: 'Notifications' });
  await expect(notice).toContainText('Note supprimée');
  await expect(notice.getByRole('button', { name: 'Annuler' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(composer).toBeFocused();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(feedItems(page)).toHaveCount(3);
  await expect(feedItems(page).first()).toContainText(NOTES[2]!);
  await expectAccessible(page, 'capture, in French');
  await shoot(page, 'capture');

  await page.keyboard.press('ControlOrMeta+Slash');
  const help = page.getByRole('dialog', { name: 'Raccourcis clavier' });
  await expect(help).toBeVisible();
  await expect(help.getByRole('heading', { name: 'Dans la zone de note' })).toBeVisible();
  await expect(help).toContainText('Maj+Entrée');
  await expect(help).toContainText('Ajouter la note');
  await expectAccessible(page, 'shortcut help, in French');
  await shoot(page, 'capture-shortcuts');
  await page.keyboard.press('Escape');
  await expect(composer).toBeFocused();

  // A theme on the board, so the report has quotes to carry.
  const projectId = projectIdOf(page);
  await addThemes(page, projectId, [
    { name: 'Éclairage des sentiers', session: SESSION, votes: 5, words: ['sentiers', 'local'] },
  ]);

  await page.goto(`/#/p/${projectId}/findings`);
  await expect(page.getByRole('heading', { level: 1, name: `Constats de ${PROJECT}` })).toBeVisible();
  await press(page.getByRole('tab', { name: 'Exportation' }));
  await expect(page.getByRole('heading', { name: '5. Enregistrer' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Enregistrer\s: Classeur/ })).toBeDisabled();
  await press(page.getByRole('button', { name: 'Rechercher les renseignements personnels' }));
  await expect(page.getByText(/^Recherche terminée/)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('button', { name: /Langue des rapports/ })).toContainText('Français (Canada)');
  await expectAccessible(page, 'export, in French');
  await shoot(page, 'export');

  const dir = mkdtempSync(join(tmpdir(), 'fieldnotes-e2e-'));
  const html = await download(page, /entendu.*page imprimable/, dir);
  await expect(page.getByRole('status').filter({ hasText: html.name })).toHaveText(`Enregistré\u00a0: ${html.name}.`);
  const report = html.bytes.toString('utf8');
  expect(report).toContain('<html lang="fr-CA">');
  expect(report).toContain(`Ce que nous avons entendu\u00a0: ${PROJECT}`);
  for (const heading of ['Sommaire', 'Notre démarche d’écoute', 'Priorités', 'À propos de ce rapport'])
    expect(report).toContain(heading);
  expect(report).not.toContain('How we listened');
  expect(report).toContain('Éclairage des sentiers');
  // The notes leave exactly as they were typed.
  expect(report).toContain(`“${NOTES[0]}”`);
  rmSync(dir, { recursive: true, force: true });

  // Back to English: the same screen in English, <html lang> with it.
  await press(page.getByRole('banner').getByRole('button', { name: /Langue/ }));
  await press(page.getByRole('option', { name: 'English' }));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: `Findings of ${PROJECT}` })).toBeVisible();
});

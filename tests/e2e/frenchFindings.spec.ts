/**
 * The findings screen and the council workshop in Canadian French, as a francophone facilitator meets them after
 * choosing the language in the header: the level choice, the coverage matrix and its gaps, the master-theme
 * mapping, draft findings and a finding card, the export's scope, flag and match review steps, and the workshop's
 * toolbar, slides, vote panel, announcements and shortcut help. Notes and theme names stay as typed. axe on the
 * coverage panel, the export steps, a theme slide and the shortcut help.
 * SHOTS=/some/folder saves screenshots of each screen in English and in French at 1366×850 and 1024×700.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  addThemes,
  chooseImportFile,
  createProjectByKeyboard,
  expectAccessible,
  press,
  projectIdOf,
  shoot,
} from './support';

const PROJECT = 'Voix du port';
const YOUTH = 'Jeunes au parc';
const SENIORS = 'Aînés au centre';
const PHONE = '613-555-0199';

const ROWS = [
  ['Note', 'Session', 'Group', 'Speaker', 'Kind'],
  ['Le passage sous le pont est très sombre le soir', YOUTH, 'Youth', 'P1', 'Issue or priority'],
  ['Mettre des lumières dans le passage', YOUTH, 'Youth', 'P2', 'Idea for action'],
  ['Le local des jeunes n’ouvre que le mardi', YOUTH, 'Youth', 'P1', 'Issue or priority'],
  [`Appelez le club de marche au ${PHONE} pour le local`, SENIORS, 'Seniors', 'P1', 'Local asset'],
  ['L’arrêt d’autobus de la rue Elm est sombre', SENIORS, 'Seniors', 'P2', 'Risk factor'],
];

const csv = (rows: string[][]) => rows.map((r) => r.join(',')).join('\r\n');

async function chooseLanguage(page: Page, current: RegExp, option: string, lang: string): Promise<void> {
  await press(page.getByRole('banner').getByRole('button', { name: current }));
  await press(page.getByRole('option', { name: option }));
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

async function openTab(page: Page, name: string): Promise<void> {
  const tab = page.getByRole('tab', { name });
  await press(tab);
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

test.use({ viewport: { width: 1366, height: 850 } });

/** The project both tests start from, made in English: notes imported, two themes on the youth board. */
async function projectWithThemes(page: Page): Promise<string> {
  await createProjectByKeyboard(page, PROJECT);
  const projectId = projectIdOf(page);
  await press(page.getByRole('button', { name: 'Import notes…' }));
  const dialog = page.getByRole('dialog', { name: 'Import notes' });
  await chooseImportFile(page, { name: 'port.csv', buffer: Buffer.from(csv(ROWS), 'utf8') });
  await press(dialog.getByRole('button', { name: 'Import 5 notes' }));
  await expect(dialog).toBeHidden();
  await addThemes(page, projectId, [
    { name: 'Passages sombres', session: YOUTH, votes: 4, words: ['passage', 'sombre'] },
    { name: 'Lieux pour les jeunes', session: YOUTH, votes: 1, words: ['local des jeunes'] },
  ]);
  return projectId;
}

test('findings panels and the export steps in French, axe clean', async ({ page }) => {
  test.setTimeout(240_000);
  const projectId = await projectWithThemes(page);

  // The same screens in English first, for the screenshots side by side.
  await page.goto(`/#/p/${projectId}/findings`);
  await expect(page.getByRole('heading', { level: 1, name: `Findings of ${PROJECT}` })).toBeVisible();
  await openTab(page, 'Coverage');
  await expect(page.getByRole('heading', { name: 'Coverage: who was heard on what' })).toBeVisible();
  await shoot(page, 'coverage-en');
  await openTab(page, 'Export');
  await expect(page.getByRole('group', { name: 'Sessions to include' })).toBeVisible();
  await shoot(page, 'export-en');

  await chooseLanguage(page, /Language/, 'Français (Canada)', 'fr-CA');
  await expect(page.getByRole('heading', { level: 1, name: `Constats de ${PROJECT}` })).toBeVisible();
  await expect(page.getByRole('radiogroup', { name: 'Rapport sur' })).toBeVisible();
  await expect(page.getByRole('radio', { name: /^Thèmes des séances \(2 thèmes\)/ })).toBeChecked();

  // Coverage: the matrix, its caption and the gaps in French; group and theme names as typed.
  await openTab(page, 'Couverture');
  await expect(
    page.getByRole('heading', { level: 2, name: /^Couverture\s: qui a été entendu sur quoi$/ }),
  ).toBeVisible();
  const matrix = page.getByRole('region', { name: 'Matrice de couverture' });
  await expect(matrix.getByRole('columnheader', { name: 'Thème' })).toBeVisible();
  await expect(matrix.getByRole('columnheader', { name: /Youth\s*1 séance/ })).toBeVisible();
  await expect(matrix.getByRole('row', { name: /Passages sombres/ })).toContainText('pas entendu');
  await expect(page.getByRole('heading', { name: 'Lacunes' })).toBeVisible();
  await expect(page.getByText(/^Seniors n’a jamais abordé «\sLieux pour les jeunes\s»\.$/)).toBeVisible();
  await expectAccessible(page, 'coverage, in French');
  await shoot(page, 'coverage-fr');

  // Master themes: the mapping panel and its log.
  await openTab(page, 'Thèmes principaux');
  await expect(page.getByRole('heading', { level: 2, name: 'Thèmes principaux' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Thèmes des séances' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Sélectionner Passages sombres' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Journal des associations' })).toBeVisible();
  await shoot(page, 'mapping-fr');

  // Findings: a draft accepted by keyboard, its card in French, the notes as typed.
  await openTab(page, 'Constats');
  await expect(page.getByRole('heading', { name: 'Constats selon le cadre' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Ébauches tirées des thèmes sans constat/ })).toBeVisible();
  await press(page.getByRole('button', { name: 'Ajouter l’ébauche de constat pour Passages sombres' }));
  await expect(page.getByTestId('live-region')).toHaveText('1 constat ajouté');
  const card = page.getByRole('article', { name: 'Passages sombres' });
  await expect(card.getByRole('button', { name: 'Modifier le constat : Passages sombres' })).toBeVisible();
  await expect(card).toContainText('Aucune réponse consignée pour l’instant.');
  await press(card.getByText(/^Données probantes\s: 2 notes$/));
  await expect(card.locator('.evidence li').filter({ hasText: ROWS[1]![0]! })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Citation principale' })).toBeVisible();
  await shoot(page, 'findings-fr');

  // Export: scope, flags and the review of what the scan found, in French.
  await openTab(page, 'Exportation');
  await expect(page.getByRole('group', { name: 'Séances à inclure' })).toContainText('(1 sur 1)');
  await expect(page.getByRole('group', { name: 'Notes marquées' })).toBeVisible();
  await expect(page.getByLabel('Notes marquées «\u00a0ne pas citer\u00a0»')).toHaveValue('keep');
  await expect(page.getByRole('option', { name: 'Les compter, retenir le texte' }).first()).toBeAttached();
  await press(page.getByRole('button', { name: 'Rechercher les renseignements personnels' }));
  await expect(page.getByText(/^Recherche terminée/)).toBeVisible({ timeout: 60_000 });
  const phone = page.getByRole('checkbox', { name: `Supprimer le numéro de téléphone «\u00a0${PHONE}\u00a0»` });
  await expect(phone).toBeChecked();
  await expect(page.getByText('1 correspondance sera supprimée, 0 gardée.')).toBeVisible();
  await expect(page.getByText(/^Note de la séance Aînés au centre\s:/)).toBeVisible();
  await expect(page.getByLabel('Supprimer aussi ce mot ou cette expression partout')).toBeVisible();
  await expectAccessible(page, 'export steps, in French');
  await shoot(page, 'export-fr');
});

test('the council workshop in French: toolbar, slides, votes, announcements and shortcut help, axe clean', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const projectId = await projectWithThemes(page);
  await page.goto(`/#/p/${projectId}/findings`);
  await chooseLanguage(page, /Language/, 'Français (Canada)', 'fr-CA');
  // Theme names and notes as typed; the workshop's own words in French.
  await press(page.getByRole('link', { name: 'Présenter au conseil (mode atelier)' }));
  await expect(page.getByRole('heading', { level: 1, name: /^Atelier du conseil/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Suivante →' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Notes de présentation' })).toBeVisible();
  const slide = page.locator('.ws-slide');
  await expect(slide.getByRole('heading', { level: 2 })).toHaveText(PROJECT);
  await expect(slide).toContainText('Atelier du conseil\u00a0: ce que nous avons entendu');
  await page.keyboard.press('ArrowRight');
  await expect(slide.getByRole('heading', { level: 2 })).toHaveText('Passages sombres');
  await expect(page.getByTestId('live-region')).toHaveText(/^Diapositive 2 sur \d\s: Passages sombres$/);
  await expect(slide).toContainText('Priorité 1 sur 2 · 4 votes');
  await expect(slide.getByRole('heading', { level: 3, name: 'Entendu auprès de' })).toBeVisible();
  await page.keyboard.press('+');
  const votes = page.getByRole('group', { name: 'Votes pour Passages sombres' });
  await expect(votes).toContainText(/Votes à cet atelier\s: 1/);
  await expect(page.getByTestId('live-region')).toHaveText('1 vote pour Passages sombres à cet atelier');
  await expect(votes).toContainText('Ctrl+Z annule un vote.');
  await expectAccessible(page, 'workshop theme slide, in French');
  await shoot(page, 'workshop-fr');
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Raccourcis de l’atelier' });
  await expect(help).toBeVisible();
  await expect(help.getByRole('heading', { name: 'Se déplacer dans les diapositives' })).toBeVisible();
  await expect(help).toContainText('Ajouter une pastille à ce thème');
  await expectAccessible(page, 'workshop shortcuts, in French');
  await shoot(page, 'workshop-help-fr');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  // Back to English: the workshop and its deck speak English again.
  await chooseLanguage(page, /Langue/, 'English', 'en');
  await expect(page.getByRole('heading', { level: 1, name: /^Council workshop/ })).toBeVisible();
  await expect(slide).toContainText('Council workshop: what we heard');
  await shoot(page, 'workshop-en');
});

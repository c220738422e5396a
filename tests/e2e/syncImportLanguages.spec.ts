/**
 * The Sync screen (its folder, status and bundle sections, and the "Import bundle" dialog) and the note import's
 * review (encoding choice, column mapping, preview, what will be imported) in French, and the same in English:
 * each language's own words, axe clean. The notes of the file are imported exactly as written.
 * SHOTS=/some/folder saves screenshots of each screen at 1366×850 and 1024×700 for a look by eye.
 */
import { expect, test, type Page } from '@playwright/test';
import { encodeLegacy } from '../../shared/csv/testing/legacyBytes';
import { csvOf, expectAccessible, press, shoot } from './support';

const NOTES = ['Les sentiers du parc sont très sombres l’hiver', 'Il faudrait un local ouvert le vendredi soir'];
const SESSION = 'Jeunes – Centre récréatif';

/** A French survey as Excel on Windows saves it in Quebec: semicolons, Windows-1252, French headers and oui/non. */
const FRENCH_FILE = encodeLegacy(
  csvOf(
    [
      ['Texte', 'Séance', 'Sensible'],
      [NOTES[0]!, SESSION, 'non'],
      [NOTES[1]!, SESSION, 'oui'],
    ],
    ';',
  ),
  'windows-1252',
);

interface Words {
  language: string;
  projects: string;
  newProject: string;
  sessionsOf: (project: string) => string;
  syncLink: string;
  projectNav: string;
  syncOf: (project: string) => string;
  sections: string[];
  syncNow: string;
  importBundle: string;
  bundleDialog: string;
  chooseFile: RegExp;
  cancel: string;
  sessionsLink: string;
  importNotes: string;
  encoding: RegExp;
  textColumn: string;
  preview: RegExp;
  summary: RegExp;
  importTwo: string;
  imported: RegExp;
}

const WORDS: Record<'en' | 'fr-CA', Words> = {
  'fr-CA': {
    language: 'Français (Canada)',
    projects: 'Projets',
    newProject: 'Nouveau projet',
    sessionsOf: (project) => `Séances de ${project}`,
    projectNav: 'Projet',
    syncLink: 'Synchronisation',
    syncOf: (project) => `Synchronisation de ${project}`,
    sections: ['Dossier partagé', 'Cet appareil', 'État', 'Exporter un paquet', 'Importer un paquet'],
    syncNow: 'Synchroniser maintenant',
    importBundle: 'Importer un paquet…',
    bundleDialog: 'Importer un paquet',
    chooseFile: /^Choisir un fichier/,
    cancel: 'Annuler',
    sessionsLink: 'Séances',
    importNotes: 'Importer des notes…',
    encoding: /^Encodage du texte\s: Windows-1252 \(détecté\)$/u,
    textColumn: 'Texte de la note (obligatoire)',
    preview: /^Aperçu\s: les 2 premières sur 2 lignes$/u,
    summary: /^2 notes prêtes, 1 nouvelle séance\./u,
    importTwo: 'Importer 2 notes',
    imported: /^2 notes importées dans 1 nouvelle séance\.$/u,
  },
  en: {
    language: 'English',
    projects: 'Projects',
    newProject: 'New project',
    sessionsOf: (project) => `Sessions of ${project}`,
    projectNav: 'Project',
    syncLink: 'Sync',
    syncOf: (project) => `Sync of ${project}`,
    sections: ['Shared folder', 'This device', 'Status', 'Export a bundle', 'Import a bundle'],
    syncNow: 'Sync now',
    importBundle: 'Import bundle…',
    bundleDialog: 'Import bundle',
    chooseFile: /^Choose file/,
    cancel: 'Cancel',
    sessionsLink: 'Sessions',
    importNotes: 'Import notes…',
    encoding: /^Text encoding: Windows-1252 \(detected\)$/u,
    textColumn: 'Note text (required)',
    preview: /^Preview: the first 2 of 2 rows$/u,
    summary: /^2 notes ready, 1 new session\./u,
    importTwo: 'Import 2 notes',
    imported: /^Imported 2 notes into 1 new session\.$/u,
  },
};

async function chooseLanguage(page: Page, locale: 'en' | 'fr-CA'): Promise<Words> {
  const words = WORDS[locale];
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Projects' })).toBeVisible();
  if (locale !== 'en') {
    await press(page.getByRole('button', { name: /Language/ }));
    await press(page.getByRole('option', { name: words.language }));
  }
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  await expect(page.getByRole('heading', { level: 1, name: words.projects })).toBeVisible();
  return words;
}

for (const locale of ['fr-CA', 'en'] as const) {
  test(`the sync screen and the note import's review, in ${locale}`, async ({ page }) => {
    test.slow();
    const words = await chooseLanguage(page, locale);
    const project = `Sécurité à Riverside (${locale})`;
    await press(page.getByRole('button', { name: words.newProject }));
    await page.keyboard.type(project);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: words.sessionsOf(project) })).toBeVisible();

    // The Sync screen: every section in the language, the project's name as typed.
    const nav = page.getByRole('navigation', { name: words.projectNav });
    await press(nav.getByRole('link', { name: words.syncLink, exact: true }));
    await expect(page.getByRole('heading', { level: 1, name: words.syncOf(project) })).toBeVisible();
    for (const section of words.sections) {
      await expect(page.getByRole('heading', { level: 2, name: section })).toBeVisible();
    }
    await expect(page.getByRole('button', { name: words.syncNow })).toBeDisabled();
    await expectAccessible(page, `sync screen, ${locale}`);
    await shoot(page, `sync-${locale}`);

    await press(page.getByRole('button', { name: words.importBundle }));
    const bundle = page.getByRole('dialog', { name: words.bundleDialog });
    await expect(bundle.getByRole('button', { name: words.chooseFile })).toBeVisible();
    await expectAccessible(page, `import bundle dialog, ${locale}`);
    await shoot(page, `sync-import-bundle-${locale}`);
    await press(bundle.getByRole('button', { name: words.cancel }));
    await expect(bundle).toBeHidden();

    // The note import's review: encoding, columns, preview and what will be imported, in the language.
    await press(nav.getByRole('link', { name: words.sessionsLink, exact: true }));
    await press(page.getByRole('button', { name: words.importNotes }));
    const dialog = page.getByRole('dialog', { name: words.importNotes.replace('…', '') });
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: words.chooseFile }).click();
    await (await chooser).setFiles({ name: 'sondage.csv', mimeType: 'text/csv', buffer: Buffer.from(FRENCH_FILE) });
    await expect(dialog.getByRole('radiogroup')).toHaveAccessibleName(words.encoding);
    // The French headers and oui/non are understood whatever the app's language.
    await expect(dialog.getByLabel(words.textColumn)).toHaveValue('0');
    const preview = dialog.getByRole('table', { name: words.preview });
    await expect(preview).toContainText(NOTES[0]!);
    await expect(dialog.getByText(words.summary)).toBeVisible();
    await expectAccessible(page, `note import review, ${locale}`);
    await shoot(page, `import-review-${locale}`);
    await dialog.getByRole('button', { name: words.importTwo }).scrollIntoViewIfNeeded();
    await shoot(page, `import-review-preview-${locale}`);

    await press(dialog.getByRole('button', { name: words.importTwo }));
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('live-region')).toHaveText(words.imported);
    await expect(page.getByRole('row', { name: new RegExp(SESSION) })).toBeVisible();
  });
}

/**
 * The foundation's promise, end to end in real Chromium: a facilitator sets up a project from the template,
 * adds a question, plans a session and captures 30 notes over 3 questions with speakers and kinds using only
 * the keyboard; after a reload every note is there with its tags.
 */
import { expect, test } from '@playwright/test';
import {
  createProjectByKeyboard,
  createSessionByKeyboard,
  expectAccessible,
  feedItems,
  openCaptureByKeyboard,
  press,
  typeInto,
} from './support';

const KINDS = ['Issue or priority', 'Local asset', 'Risk factor', 'Idea for action', 'Measure of progress'];

test('capture a whole session by keyboard, reload, and find every note with its tags', async ({ page }) => {
  // Thirty notes typed key by key: long on a busy two-core machine.
  test.setTimeout(240_000);
  await createProjectByKeyboard(page, 'Safety Plan 2026');
  await expectAccessible(page, 'sessions (empty)');

  // Add a question to the guide in Setup.
  await press(page.getByRole('link', { name: 'Setup', exact: true }).first());
  await expect(page.getByRole('heading', { level: 1, name: /^Setup of/ })).toBeVisible();
  await expectAccessible(page, 'setup');
  await typeInto(page.getByLabel('New question'), 'What would make the downtown feel safer at night?');
  await page.keyboard.press('Enter');
  await expect(page.getByText('What would make the downtown feel safer at night?')).toBeVisible();
  await expect(page.locator('.question-item')).toHaveCount(6);

  await press(page.getByRole('link', { name: 'Sessions', exact: true }));
  await createSessionByKeyboard(page, 'Seniors – Central Library', 'Seniors');
  await expectAccessible(page, 'session');

  const composer = await openCaptureByKeyboard(page);
  await expectAccessible(page, 'capture');
  await expect(page.getByTestId('current-question')).toHaveText(/safe and healthy community/);

  const expected: { text: string; question: number; speaker: string; kind: string }[] = [];
  for (let question = 1; question <= 3; question++) {
    for (let i = 1; i <= 10; i++) {
      const speaker = ((i - 1) % 4) + 1;
      await page.keyboard.press(`Alt+Digit${speaker}`);
      await expect(page.getByTestId('current-speaker')).toHaveText(`P${speaker}`);
      // Alt+K opens the kind picker; the kind's digit chooses it at once and focus returns to the note box.
      const kindIndex = (i + question) % KINDS.length;
      const kind = KINDS[kindIndex]!;
      await page.keyboard.press('Alt+KeyK');
      await expect(page.getByRole('menu', { name: 'Choose a kind' })).toBeVisible();
      await page.keyboard.press(`Digit${kindIndex + 1}`);
      await expect(page.getByTestId('current-kind')).toHaveText(kind);
      const text = `Q${question} note ${i}: lighting on Main St and transit stops`;
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
      await expect(composer).toHaveValue('');
      await expect(composer).toBeFocused();
      expected.push({ text, question, speaker: `P${speaker}`, kind });
    }
    await expect(feedItems(page)).toHaveCount(question * 10);
    if (question < 3) await page.keyboard.press('Alt+ArrowDown');
  }
  await expect(page.getByTestId('current-question')).toHaveText(/already helps people feel safe/);

  await page.reload();
  const composerAfter = page.getByRole('textbox', { name: /^Note/ });
  await expect(composerAfter).toBeVisible();
  await expect(feedItems(page)).toHaveCount(30);
  // The capture position survives the reload too.
  await expect(page.getByTestId('current-question')).toHaveText(/already helps people feel safe/);
  for (const note of expected) {
    const item = feedItems(page).filter({ hasText: note.text });
    await expect(item).toHaveCount(1);
    await expect(item).toHaveAttribute(
      'aria-label',
      `${note.text} — Question ${note.question}, speaker ${note.speaker}, ${note.kind}`,
    );
  }
});

test('feed: edit in place, delete and undo, all by keyboard; the shortcut overlay lists the keys', async ({ page }) => {
  await createProjectByKeyboard(page, 'Feed checks');
  await createSessionByKeyboard(page, 'Youth – Rec Centre', 'Youth');
  const composer = await openCaptureByKeyboard(page);
  await page.keyboard.type('first note');
  await page.keyboard.press('Enter');
  await page.keyboard.type('second note with a typo');
  await page.keyboard.press('Enter');

  // ↑ from the empty note box goes to the newest note; Enter edits it in place.
  await page.keyboard.press('ArrowUp');
  const newest = feedItems(page).first();
  await expect(newest).toBeFocused();
  await page.keyboard.press('Enter');
  const editor = page.getByRole('textbox', { name: 'Edit note' });
  await expect(editor).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('second note, corrected');
  await page.keyboard.press('Enter');
  await expect(newest).toContainText('second note, corrected');
  await expect(newest).toBeFocused();

  // Alt+S on a focused note flags that note.
  await page.keyboard.press('Alt+KeyS');
  await expect(newest).toContainText('Sensitive');

  // Delete removes it; Ctrl+Z brings it back.
  await page.keyboard.press('Delete');
  await expect(feedItems(page)).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(composer).toBeFocused();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(feedItems(page)).toHaveCount(2);
  await expect(feedItems(page).first()).toContainText('second note, corrected');

  await page.keyboard.press('ControlOrMeta+Slash');
  const overlay = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(overlay).toBeVisible();
  await expect(overlay).toContainText('Alt+K');
  await expectAccessible(page, 'shortcuts overlay');
  await page.keyboard.press('Escape');
  await expect(overlay).toBeHidden();
  await expect(composer).toBeFocused();
});

test('bad input: empty notes are not added, a 20,000-character paste is kept whole, scripts round-trip', async ({
  page,
}) => {
  await createProjectByKeyboard(page, 'Input checks');
  await createSessionByKeyboard(page, 'Faith groups', 'Faith groups');
  const composer = await openCaptureByKeyboard(page);

  await page.keyboard.press('Enter');
  await page.keyboard.type('   ');
  await page.keyboard.press('Enter');
  await expect(feedItems(page)).toHaveCount(0);
  await expect(page.getByText('No notes yet.')).toBeVisible();

  const long = `${'Long testimony. '.repeat(1250).trimEnd()}!`;
  expect(long.length).toBe(20_000);
  await composer.focus();
  await page.keyboard.insertText(long);
  await page.keyboard.press('Enter');
  await expect(feedItems(page)).toHaveCount(1);

  const samples = [
    'Café crème à l’école — naïve façade',
    'Safe streets 👍🏽🚶‍♀️ near the park 🌳',
    'الأمان في الحي مهم جدًا',
    'שכונה בטוחה יותר',
  ];
  for (const sample of samples) {
    await page.keyboard.insertText(sample);
    await page.keyboard.press('Enter');
  }
  await expect(feedItems(page)).toHaveCount(5);

  await page.reload();
  await expect(feedItems(page)).toHaveCount(5);
  for (const sample of samples) {
    await expect(page.locator('.feed-text', { hasText: sample })).toHaveText(sample);
  }
  await expect(page.getByRole('button', { name: 'Show all 20,000 characters' })).toBeVisible();
  const stored = await page.evaluate(async () => {
    const open = indexedDB.open('fieldnotes');
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const all: { text: string }[] = await new Promise((resolve) => {
      const request = db.transaction('notes').objectStore('notes').getAll();
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    return all.map((note) => note.text.length);
  });
  expect(stored).toContain(20_000);
});

test('projects: rename, archive and restore; every screen passes axe', async ({ page }) => {
  await createProjectByKeyboard(page, 'Old name');
  await press(page.getByRole('link', { name: 'All projects' }));
  await expectAccessible(page, 'projects');
  await press(page.getByRole('button', { name: 'Rename project name' }));
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('New name');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: 'New name', exact: true })).toBeVisible();
  await press(page.getByRole('button', { name: 'Archive New name' }));
  await expect(page.getByRole('link', { name: 'New name', exact: true })).toHaveCount(0);
  await press(page.getByRole('button', { name: /Show archived projects/ }));
  await press(page.getByRole('button', { name: 'Restore New name' }));
  await press(page.getByRole('button', { name: 'Show active projects' }));
  await expect(page.getByRole('link', { name: 'New name', exact: true })).toBeVisible();
  await press(page.getByRole('button', { name: 'New project' }));
  await expectAccessible(page, 'new project dialog');
});

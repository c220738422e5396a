/** Shared steps for the browser end-to-end tests: keyboard-only helpers and the axe check. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

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

export function feedItems(page: Page): Locator {
  return page.locator('#note-feed > li');
}

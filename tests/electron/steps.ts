/** The one capture both desktop-tier specs walk through: a project from the template, a session, one note. */
import { expect, type Page } from '@playwright/test';

export async function captureOneNote(page: Page, note: string): Promise<void> {
  await page.getByRole('button', { name: /new project/i }).click();
  await expect(page.getByRole('dialog', { name: /new project/i })).toBeVisible();
  await page.keyboard.type('Desktop check');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /Desktop check/ })).toBeVisible();

  await page.getByLabel('Title').fill('Youth – Rec Centre');
  await page.getByLabel('Stakeholder group').selectOption({ label: 'Youth' });
  await page.getByRole('button', { name: /create session/i }).click();
  await page.getByRole('link', { name: /open capture/i }).click();

  const composer = page.getByRole('textbox', { name: /^Note/ });
  await expect(composer).toBeFocused();
  await composer.pressSequentially(note);
  await composer.press('Enter');
  await expect(composer).toHaveValue('');
  await expect(page.getByRole('listitem').filter({ hasText: note })).toHaveCount(1);
}

/**
 * The findings screen in jsdom on a real (fake-indexeddb) database: a draft becomes a finding, the editor will not
 * let a do-not-quote note be ticked as a quote, and the export panel's scan (on the main thread here: jsdom has no
 * Worker) finishes with its matches listed, each to be removed unless kept.
 */
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { newId } from '../../shared/domain/ids';
import { DataProvider } from '../app/DataContext';
import { addNote } from '../data/commands/notes';
import { freshRunner, projectWithSession } from '../data/testing';
import { FindingsScreen } from './FindingsScreen';

// react-aria's tabs escape ids with CSS.escape, which jsdom lacks.
globalThis.CSS ??= { escape: (value: string) => value.replace(/[^\w-]/g, (c) => `\\${c}`) } as typeof CSS;

async function setUp() {
  const { db, runner } = freshRunner();
  const { project, session } = await projectWithSession(runner);
  const open = await addNote(runner, {
    sessionId: session.id,
    text: 'Nobody clears the snow on the ramp to the clinic',
  });
  const secret = await addNote(runner, {
    sessionId: session.id,
    text: 'My daughter fell there and the clinic covered it up',
    flags: { doNotQuote: true },
  });
  const pii = await addNote(runner, { sessionId: session.id, text: 'Write to snow@example.org about the ramp' });
  await runner.run({ id: 'commands.createTheme', values: { name: 'test' } }, async (ctx) => {
    const theme = await ctx.insert('themes', {
      id: newId(),
      projectId: project.id,
      sessionId: session.id,
      name: 'Winter access',
      color: '#1D4ED8',
    });
    for (const note of [open, secret, pii]) await ctx.update('notes', note.id, { themeId: theme.id });
  });
  const user = userEvent.setup();
  render(
    <DataProvider value={{ db, runner }}>
      <FindingsScreen projectId={project.id} />
    </DataProvider>,
  );
  await screen.findByRole('heading', { level: 1, name: 'Findings of Test project' });
  return { db, user };
}

describe('FindingsScreen', () => {
  it('turns a draft into a finding, and never offers a do-not-quote note as a quote', async () => {
    const { db, user } = await setUp();
    await user.click(await screen.findByRole('button', { name: 'Add draft finding for Winter access' }));
    await waitFor(async () => expect(await db.findings.count()).toBe(1));
    const card = await screen.findByRole('article', { name: /^Winter access/ });
    const quotes = [...card.querySelectorAll('blockquote')].map((q) => q.textContent);
    expect(quotes).toContain('“Nobody clears the snow on the ramp to the clinic”');
    expect(quotes.join()).not.toContain('My daughter fell');

    await user.click(within(card).getByRole('button', { name: /^Edit finding/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit finding' });
    const blocked = within(dialog).getByRole('checkbox', {
      name: /My daughter fell there.*cannot be quoted \(do not quote\)/,
    });
    expect(blocked).toHaveProperty('disabled', true);
    expect(within(dialog).getByRole('checkbox', { name: /Nobody clears the snow/ })).toHaveProperty('disabled', false);
  });

  it('scans what would leave and lists each match to be removed unless kept', async () => {
    const { user } = await setUp();
    await user.click(screen.getByRole('tab', { name: 'Export' }));
    const save = await screen.findByRole('button', { name: /Save Workbook/ });
    expect(save).toHaveProperty('disabled', true);
    await user.click(screen.getByRole('checkbox', { name: /Also look for person names/ }));
    await user.click(screen.getByRole('button', { name: 'Scan for personal information' }));
    await screen.findByText(/Scan finished: 1 possible piece of personal information found/);
    const match = screen.getByRole('checkbox', { name: 'Remove e-mail address “snow@example.org”' });
    expect(match).toHaveProperty('checked', true);
    expect(screen.getByText('Pieces of text removed').nextElementSibling?.textContent).toBe('1');
    await user.click(match);
    await waitFor(() => expect(screen.getByText('Pieces of text removed').nextElementSibling?.textContent).toBe('0'));
    expect(screen.getByRole('button', { name: /Save Workbook/ })).toHaveProperty('disabled', false);
  });
});

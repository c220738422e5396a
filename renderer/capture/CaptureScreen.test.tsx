/**
 * The capture screen in jsdom on a real (fake-indexeddb) database: typing and Enter saves a note with the
 * current speaker and kind, the box clears and keeps focus, and an over-long note is refused with the reason
 * while its text stays in the box.
 */
import { describe, expect, it } from 'vitest';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DataProvider } from '../app/DataContext';
import { freshRunner, projectWithSession } from '../data/testing';
import { CaptureScreen } from './CaptureScreen';
import { LiveRegion } from '../app/Notices';

async function setUp() {
  const { db, runner } = freshRunner();
  const { project, session } = await projectWithSession(runner);
  const user = userEvent.setup();
  render(
    <DataProvider value={{ db, runner }}>
      <CaptureScreen projectId={project.id} sessionId={session.id} />
      <LiveRegion />
    </DataProvider>,
  );
  const box = await screen.findByRole('textbox', { name: /^Note/ });
  return { db, runner, session, user, box };
}

describe('CaptureScreen', () => {
  it('adds a note on Enter with the chosen speaker and kind, and keeps focus in the box', async () => {
    const { db, user, box } = await setUp();
    await act(async () => box.focus());
    await user.keyboard('{Alt>}2{/Alt}');
    await waitFor(() => expect(screen.getByTestId('current-speaker').textContent).toBe('P2'));
    await user.keyboard('{Alt>}k{/Alt}');
    await waitFor(() => expect(screen.getByTestId('current-kind').textContent).toBe('Issue or priority'));
    await user.type(box, 'Not enough lighting at the bus loop{Shift>}{Enter}{/Shift}after 9 pm{Enter}');
    await waitFor(async () => expect(await db.notes.count()).toBe(1));
    const [note] = await db.notes.toArray();
    const speaker = await db.participants.get(note!.participantId!);
    expect(speaker?.code).toBe('P2');
    expect(note).toMatchObject({ text: 'Not enough lighting at the bus loop\nafter 9 pm', kind: 'issue' });
    expect(box).toHaveProperty('value', '');
    expect(document.activeElement).toBe(box);
    await waitFor(() => expect(screen.getByTestId('live-region').textContent).toBe('Note added'));
  });

  it('refuses an over-long note with the reason and keeps the text', async () => {
    const { db, user, box } = await setUp();
    await act(async () => box.focus());
    await user.click(box);
    await user.paste('x'.repeat(50_001));
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', expect.stringMatching(/at most 50,000/));
    expect((box as HTMLTextAreaElement).value).toHaveLength(50_001);
    expect(await db.notes.count()).toBe(0);
  });
});

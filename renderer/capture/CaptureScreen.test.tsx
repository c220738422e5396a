/**
 * The capture screen in jsdom on a real (fake-indexeddb) database: typing and Enter saves a note with the
 * current speaker and kind, the box clears and keeps focus; an over-long note is refused with the reason while
 * its text stays; the draft outlives the screen; a note whose save fails stays in the feed as “not saved”.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DataProvider } from '../app/DataContext';
import { freshRunner, projectWithSession } from '../data/testing';
import { CaptureScreen } from './CaptureScreen';
import { LiveRegion } from '../app/Notices';
import { listUnsaved, readDraft } from './localCapture';
import { useOutbox } from './outbox';
import { withdrawConsent } from '../data/commands/sessions';

async function setUp() {
  const { db, runner } = freshRunner();
  const { project, session } = await projectWithSession(runner);
  const user = userEvent.setup();
  const screenOf = () => (
    <DataProvider value={{ db, runner }}>
      <CaptureScreen projectId={project.id} sessionId={session.id} />
      <LiveRegion />
    </DataProvider>
  );
  const view = render(screenOf());
  const box = await screen.findByRole('textbox', { name: /^Note/ });
  return { db, runner, session, user, box, view, screenOf };
}

beforeEach(() => localStorage.clear());
afterEach(() => useOutbox.setState({ notes: [] }));

describe('CaptureScreen', () => {
  it('adds a note on Enter with the chosen speaker and kind (picked by digit), and keeps focus in the box', async () => {
    const { db, user, box, session } = await setUp();
    await act(async () => box.focus());
    await user.keyboard('{Alt>}2{/Alt}');
    await waitFor(() => expect(screen.getByTestId('current-speaker').textContent).toBe('P2'));
    await user.keyboard('{Alt>}k{/Alt}');
    const picker = await screen.findByRole('menu', { name: 'Choose a kind' });
    expect(
      within(picker)
        .getAllByRole('menuitemradio')
        .map((item) => item.textContent),
    ).toEqual([
      '0No kind',
      '1Issue or priority',
      '2Local asset',
      '3Risk factor',
      '4Idea for action',
      '5Measure of progress',
    ]);
    await user.keyboard('3');
    await waitFor(() => expect(screen.getByTestId('current-kind').textContent).toBe('Risk factor'));
    expect(screen.queryByRole('menu')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(box));
    await user.type(box, 'Not enough lighting at the bus loop{Shift>}{Enter}{/Shift}after 9 pm{Enter}');
    await waitFor(async () => expect(await db.notes.count()).toBe(1));
    const [note] = await db.notes.toArray();
    const speaker = await db.participants.get(note!.participantId!);
    expect(speaker?.code).toBe('P2');
    expect(note).toMatchObject({ text: 'Not enough lighting at the bus loop\nafter 9 pm', kind: 'risk' });
    expect(box).toHaveProperty('value', '');
    expect(document.activeElement).toBe(box);
    await waitFor(() => expect(screen.getByTestId('live-region').textContent).toBe('Note added'));
    // The first note started the session; nothing is left on the device once it is saved.
    expect((await db.sessions.get(session.id))!.status).toBe('running');
    await waitFor(() => expect(listUnsaved(session.id)).toEqual([]));
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

  it('keeps the draft when the screen goes away, and gives it back with the caret where it was', async () => {
    const { user, box, view, session, screenOf } = await setUp();
    await user.click(box);
    await user.keyboard('half a thought about the');
    await user.keyboard('{ArrowLeft>19/}');
    view.unmount();
    expect(readDraft(session.id)).toEqual({ text: 'half a thought about the', selectionStart: 5, selectionEnd: 5 });
    render(screenOf());
    const again = (await screen.findByRole('textbox', { name: /^Note/ })) as HTMLTextAreaElement;
    expect(again.value).toBe('half a thought about the');
    expect(again.selectionStart).toBe(5);
    expect(screen.getByText('Your unsent note is back in the note box.')).toBeTruthy();
  });

  it('shows a note whose save failed as not saved, with the reason, and keeps it on the device', async () => {
    const { db, user, box, session } = await setUp();
    db.close(); // as when another window upgrades the database
    await user.click(box);
    await user.keyboard('words that must not be lost{Enter}');
    const item = await screen.findByRole('listitem', { name: /words that must not be lost — not saved/ });
    expect(item.textContent).toContain('Not saved: Fieldnotes was updated or opened in another window');
    expect(box).toHaveProperty('value', '');
    expect(within(item).getByRole('button', { name: 'Retry' })).toBeTruthy();
    expect(within(item).getByRole('button', { name: 'Copy text' })).toBeTruthy();
    expect(listUnsaved(session.id).map((n) => [n.text, n.error?.slice(0, 40)])).toEqual([
      ['words that must not be lost', 'Fieldnotes was updated or opened in anot'],
    ]);
    await db.open();
    expect(await db.notes.count()).toBe(0);
  });

  it('forgets a not-saved note once its speaker withdraws consent: erased words are kept nowhere', async () => {
    const { db, runner, user, box, session } = await setUp();
    await act(async () => box.focus());
    await user.keyboard('{Alt>}2{/Alt}');
    await waitFor(() => expect(screen.getByTestId('current-speaker').textContent).toBe('P2'));
    db.close();
    await user.keyboard('my cousin Teodor sells it{Enter}');
    await screen.findByRole('listitem', { name: /Teodor sells it — not saved/ });
    expect(listUnsaved(session.id)).toHaveLength(1);
    await db.open();
    const [speaker] = await db.participants.toArray();
    await act(async () => void (await withdrawConsent(runner, speaker!.id)));
    await waitFor(() => expect(screen.queryByRole('listitem', { name: /Teodor/ })).toBeNull());
    expect(listUnsaved(session.id)).toEqual([]);
    expect(JSON.stringify(localStorage)).not.toContain('Teodor');
  });
});

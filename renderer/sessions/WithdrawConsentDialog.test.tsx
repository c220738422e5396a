/**
 * Withdrawing consent in jsdom on a real (fake-indexeddb) store: the dialog says it cannot be undone and what
 * erasure cannot reach, the button works only once the participant's code is typed, Enter then erases, and undo
 * brings nothing back.
 */
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DataProvider } from '../app/DataContext';
import { LiveRegion } from '../app/Notices';
import { addNote } from '../data/commands/notes';
import { addParticipant } from '../data/commands/sessions';
import { freshRunner, projectWithSession } from '../data/testing';
import { ParticipantsSection } from './ParticipantsSection';
import { storedHistory } from '../data/history/history.testkit';

describe('withdrawing consent', () => {
  it('asks for the code, erases the notes for ever, and says what it cannot reach', async () => {
    const { db, runner } = freshRunner();
    const { project, session } = await projectWithSession(runner);
    const p1 = await addParticipant(runner, session.id);
    await addNote(runner, { sessionId: session.id, text: 'words of P1', participantId: p1.id });
    await addNote(runner, { sessionId: session.id, text: 'more from P1', participantId: p1.id });
    const user = userEvent.setup();
    render(
      <DataProvider value={{ db, runner }}>
        <ParticipantsSection project={project} session={session} />
        <LiveRegion />
      </DataProvider>,
    );
    await user.click(await screen.findByRole('button', { name: 'Withdraw consent of P1' }, { timeout: 10_000 }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Withdraw P1’s consent?' });
    await waitFor(() => expect(dialog.textContent).toMatch(/erases the 2 notes attributed to P1/));
    expect(dialog.textContent).toMatch(/This cannot be undone/);
    expect(dialog.textContent).toMatch(/a bundle or an export already given to someone/);
    expect(dialog.textContent).toMatch(/version history/);
    const confirm = screen.getByRole('button', { name: 'Withdraw and erase P1’s notes' });
    const field = screen.getByRole('textbox', { name: /Type P1 to confirm/ });
    expect(document.activeElement).toBe(field);
    expect(confirm).toHaveProperty('disabled', true);
    await user.keyboard('P{Enter}');
    expect(await db.erasures.count()).toBe(0);
    await user.keyboard('1{Enter}');
    await waitFor(() =>
      expect(screen.getByTestId('live-region').textContent).toBe('P1 withdrawn; 2 notes erased for ever'),
    );
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await waitFor(() =>
      expect(screen.getByRole('row', { name: /P1/ }).textContent).toMatch(/Withdrawn \(notes erased\)/),
    );
    while ((await runner.undo()) !== null);
    const dump = JSON.stringify([await db.notes.toArray(), await storedHistory(db).toArray()]);
    expect(dump).not.toMatch(/words of P1|more from P1/);
  });
});

/**
 * The community approval form on a real (fake-indexeddb) store, by keyboard alone: it opens on what was
 * recorded (not blank), a correction typed and submitted with Enter replaces the approval, and undo brings the
 * earlier approval back into the form.
 */
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLiveQuery } from 'dexie-react-hooks';
import { DataProvider, useData } from '../app/DataContext';
import { recordCommunityApproval } from '../data/commands/community';
import { refreshCommunityTallies } from '../data/commands/communityTally';
import { createTheme } from '../data/commands/board';
import { addQuestion } from '../data/commands/guide';
import { addNote } from '../data/commands/notes';
import { addParticipant } from '../data/commands/sessions';
import { getProject, getSession } from '../data/queries';
import { sessionApprovedFor } from './community.testkit';
import { CommunitySection } from './CommunitySection';

function LiveSection({ sessionId, projectId }: { sessionId: string; projectId: string }) {
  const { db } = useData();
  const session = useLiveQuery(() => getSession(db, sessionId), [db, sessionId]);
  return session ? <CommunitySection session={session} projectId={projectId} /> : null;
}

describe('community approval form', () => {
  it('opens on the recorded approval, takes a correction by keyboard, and follows undo', async () => {
    const { db, runner, project, session } = await sessionApprovedFor(
      { quotes: true, counts: true, themes: false },
      'Council vote',
    );
    const user = userEvent.setup();
    render(
      <DataProvider value={{ db, runner }}>
        <LiveSection sessionId={session.id} projectId={project.id} />
      </DataProvider>,
    );
    const form = await screen.findByRole('form', { name: 'Record approval' }, { timeout: 10_000 });
    const by = within(form).getByRole('textbox', { name: 'Approved by' });
    expect(by).toHaveProperty('value', 'Youth council');
    expect(within(form).getByLabelText('Approved on')).toHaveProperty('value', '2026-11-20');
    const box = (name: RegExp) => within(form).getByRole('checkbox', { name });
    expect([box(/^Quotes/), box(/^Counts/), box(/^Themes/)].map((b) => (b as HTMLInputElement).checked)).toEqual([
      true,
      true,
      false,
    ]);

    // Keyboard only: Tab from "Approved by" through the date to the boxes, Space ticks Themes, Enter submits.
    by.focus();
    await user.keyboard('{Control>}a{/Control}Youth council executive');
    await user.tab();
    expect(document.activeElement).toBe(within(form).getByLabelText('Approved on'));
    await user.tab();
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(box(/^Themes/));
    await user.keyboard(' ');
    await user.tab();
    expect(document.activeElement).toBe(within(form).getByRole('button', { name: 'Record approval' }));
    await user.keyboard('{Enter}');
    await waitFor(async () =>
      expect((await getSession(db, session.id))?.communityApproval).toMatchObject({
        approvedBy: 'Youth council executive',
        scope: { quotes: true, counts: true, themes: true },
      }),
    );

    await runner.undo();
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Approved by' })).toHaveProperty('value', 'Youth council'),
    );
    expect((screen.getByRole('checkbox', { name: /^Themes/ }) as HTMLInputElement).checked).toBe(false);
  });

  it('shows the counts a counts-only session shares, and no longer once the approval allows its words', async () => {
    const { db, runner, project, session } = await sessionApprovedFor({ quotes: false, counts: true, themes: false });
    const speaker = await addParticipant(runner, session.id);
    await addNote(runner, { sessionId: session.id, text: 'The rink closes early', participantId: speaker.id });
    await addNote(runner, { sessionId: session.id, text: 'No bus after nine', participantId: speaker.id });
    await refreshCommunityTallies(runner, project.id);
    render(
      <DataProvider value={{ db, runner }}>
        <LiveSection sessionId={session.id} projectId={project.id} />
      </DataProvider>,
    );
    expect(
      await screen.findByText(/^Counts shared by the community: 2 notes, 1 speaker \(as of .+\)\.$/, undefined, {
        timeout: 10_000,
      }),
    ).toBeTruthy();
    await recordCommunityApproval(runner, session.id, {
      approvedBy: 'Youth council',
      approvedOn: '2026-11-21',
      scope: { quotes: true, counts: true, themes: false },
    });
    await waitFor(() => expect(screen.queryByText(/^Counts shared by the community/)).toBeNull());
  });
});

describe('what a community’s counts hold', () => {
  it('lists notes per question, kind and theme, named from this computer, folded away until opened', async () => {
    const { db, runner, project, session } = await sessionApprovedFor({ quotes: false, counts: true, themes: true });
    const question = await addQuestion(runner, project.id, { text: 'What keeps you away from the park at night?' });
    const kind = (await getProject(db, project.id))!.kinds[0]!;
    const first = await addNote(runner, {
      sessionId: session.id,
      text: 'The rink closes early',
      questionId: question.id,
    });
    await addNote(runner, { sessionId: session.id, text: 'No bus after nine', questionId: question.id, kind: kind.id });
    await addNote(runner, { sessionId: session.id, text: 'Lights out on the path' });
    await createTheme(runner, {
      projectId: project.id,
      sessionId: session.id,
      name: 'Getting there',
      noteIds: [first.id],
    });
    await refreshCommunityTallies(runner, project.id);
    const user = userEvent.setup();
    render(
      <DataProvider value={{ db, runner }}>
        <LiveSection sessionId={session.id} projectId={project.id} />
      </DataProvider>,
    );
    const summary = await screen.findByText('What the counts hold', undefined, { timeout: 10_000 });
    const details = summary.closest('details')!;
    expect(details.open).toBe(false);
    // A native disclosure: the browser opens it by Enter or Space (the end-to-end test presses them); jsdom by click.
    await user.click(summary);
    await waitFor(() => expect(details.open).toBe(true));
    const rowsOf = (caption: string) =>
      within(screen.getByRole('table', { name: caption }))
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.textContent);
    expect(rowsOf('Notes per question')).toEqual(['No question1', 'What keeps you away from the park at night?2']);
    expect(rowsOf('Notes per kind')).toEqual(['No kind2', `${kind.name}1`]);
    expect(rowsOf('Notes per theme')).toEqual(['Getting there1']);
    // Nothing of the notes' words: the rows are names and numbers only.
    expect(details.textContent).not.toMatch(/rink|bus|path/);
  });
});

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
import { addNote } from '../data/commands/notes';
import { addParticipant } from '../data/commands/sessions';
import { getSession } from '../data/queries';
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

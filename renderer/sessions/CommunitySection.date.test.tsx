/**
 * The recorded approval's date as the app's language writes dates, never as the YYYY-MM-DD the date input keeps.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { DataProvider } from '../app/DataContext';
import { getSession } from '../data/queries';
import { sessionApprovedFor } from './community.testkit';
import { setUiLocale } from '../ui/i18n';
import { CommunitySection } from './CommunitySection';

afterEach(() => setUiLocale('en'));

async function approvedSession() {
  const { db, runner, project, session } = await sessionApprovedFor({ quotes: true, counts: true, themes: false });
  return { db, runner, projectId: project.id, session: (await getSession(db, session.id))! };
}

describe('the recorded approval’s date', () => {
  it('reads as a French date in French and an English one in English', async () => {
    const { db, runner, projectId, session } = await approvedSession();
    setUiLocale('fr-CA');
    const french = render(
      <DataProvider value={{ db, runner }}>
        <CommunitySection session={session} projectId={projectId} />
      </DataProvider>,
    );
    expect(screen.getByText(/^Approuvée par Youth council le 20 novembre 2026 /)).toBeTruthy();
    french.unmount();

    setUiLocale('en');
    render(
      <DataProvider value={{ db, runner }}>
        <CommunitySection session={session} projectId={projectId} />
      </DataProvider>,
    );
    expect(screen.getByText(/^Approved by Youth council on November 20, 2026 for /)).toBeTruthy();
  });
});

/**
 * The Sync screen in jsdom on a real (fake-indexeddb) database. jsdom has no File System Access, so this is
 * the "browser without folder sync" case: the screen says so plainly and offers bundles. A sync stopped by
 * the mass-deletion guard shows what it would remove and asks in an alert dialog.
 */
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DataProvider } from '../app/DataContext';
import { freshRunner, projectWithSession } from '../data/testing';
import { formatTimestamp } from '../../shared/clock/hlc';
import { wireChange } from '../../shared/sync/segment';
import { applyRemoteChanges } from '../data/sync/applyChanges';
import { SyncRoute } from './SyncRoute';
import { storedHistory } from '../data/history/history.testkit';

// react-aria's modal reads a <meta> with CSS.escape, which jsdom lacks.
const css = globalThis as { CSS?: { escape?: (value: string) => string } };
css.CSS ??= {};
css.CSS.escape ??= (value: string) => value.replace(/[^\w-]/g, (c) => `\\${c}`);

async function setUp(state: Record<string, unknown> = {}) {
  const { db, runner } = freshRunner();
  const { project } = await projectWithSession(runner);
  await db.meta.put({ key: `sync:project:${project.id}`, value: { projectId: project.id, ...state } });
  render(
    <DataProvider value={{ db, runner }}>
      <SyncRoute projectId={project.id} />
    </DataProvider>,
  );
  await screen.findByRole('heading', { level: 1, name: 'Sync of Test project' });
  return { db, project };
}

describe('SyncRoute', () => {
  it('says plainly when this browser cannot use a folder, and offers bundles', async () => {
    await setUp();
    expect(screen.getByText(/Folder sync needs Chrome or Edge, or the Fieldnotes desktop app\./)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sync now' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Export bundle…' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Import bundle…' })).toBeTruthy();
  });

  it('asks before a sync removes most of a project, saying how many', async () => {
    const user = userEvent.setup();
    await setUp({
      folderLabel: 'Shared',
      awaitingConfirmation: [{ projectId: 'x', projectName: 'Test project', live: 20, deleting: 15 }],
    });
    await user.click(await screen.findByRole('button', { name: 'Review the removal…' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Remove 15 items?' });
    expect(within(dialog).getByText(/This would remove 15 of the 20 items in “Test project”/)).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Remove 15 items' })).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Keep them for now' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('keeps the device name others will see', async () => {
    const user = userEvent.setup();
    const { db } = await setUp();
    await user.type(screen.getByRole('textbox', { name: 'Device name' }), '  Maria’s   laptop ');
    await user.click(screen.getByRole('button', { name: 'Save name' }));
    await expect.poll(async () => (await db.meta.get('sync:device-name'))?.value).toBe('Maria’s laptop');
  });

  it('lists changes held for their future date, and accepts or rejects them', async () => {
    const user = userEvent.setup();
    const { db, project } = await setUp();
    const own = (await storedHistory(db)
      .filter((c) => c.rowId === project.id)
      .first())!;
    const future = (name: string, counter: number) => ({
      ...wireChange(own),
      hlc: formatTimestamp({ millis: Date.parse('2031-06-01T10:00:00Z'), counter, deviceId: 'ABCDEF0123456789' }),
      deviceId: 'ABCDEF0123456789',
      fields: { name },
    });
    await applyRemoteChanges(db, [future('Renamed in 2031', 0), future('Renamed again', 1)], { published: 1 });

    expect(await screen.findByText(/Held: 2 changes from/)).toBeTruthy();
    expect(screen.getByText(/dated June 1, 2031|dated 1 June 2031/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Reject…' }));
    const dialog = await screen.findByRole('alertdialog', { name: /Reject 2 changes from the device ending 6789/ });
    await user.click(within(dialog).getByRole('button', { name: 'Keep them waiting' }));
    await user.click(screen.getByRole('button', { name: 'Accept' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sync of Renamed again' })).toBeTruthy();
    expect(screen.queryByText(/Held: /)).toBeNull();

    await applyRemoteChanges(db, [future('Third name', 2)], { published: 1 });
    await user.click(await screen.findByRole('button', { name: 'Reject…' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Reject them' }));
    await expect.poll(() => screen.queryByText(/Held: /)).toBeNull();
    expect(screen.getByRole('heading', { level: 1, name: 'Sync of Renamed again' })).toBeTruthy();
  });
});

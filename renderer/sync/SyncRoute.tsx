/**
 * The Sync screen: the shared folder (choose, change, forget), this device's name, the status in plain words
 * with "Sync now", the devices whose files still hold erased words (and purging a retired one), the
 * mass-deletion question, changes held for their future dates, "Compact my history", the conflict log, and bundles (export and import), which work
 * in every browser.
 */
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { describeMassDeletion } from '../../shared/sync/guard';
import { plural } from '../../shared/i18n/plural';
import { useData } from '../app/DataContext';
import { announce, notifyError } from '../app/announce';
import { describeError } from '../data/errors';
import { getProject, listSessions } from '../data/queries';
import {
  getSyncStatus,
  loadDeviceName,
  loadSyncState,
  MAX_DEVICE_NAME,
  saveDeviceName,
  setSyncFolderLabel,
  type ProjectSyncState,
} from '../data/sync';
import { getPlatform, type FolderSyncPlatform } from '../platform';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ProjectNotFound } from '../ui/NotFound';
import { ConflictLog } from './ConflictLog';
import { ExportBundleSection } from './ExportBundleSection';
import { ImportBundleDialog } from './ImportBundleDialog';
import { ErasedWordsList } from './ErasedWordsList';
import { HeldChangesList } from './HeldChangesList';
import { runProjectSync, syncNow, useSyncRun } from './syncRuntime';

export function SyncRoute({ projectId }: { projectId: string }) {
  const { db } = useData();
  const folder = getPlatform().sync;
  const data = useLiveQuery(
    async () => ({
      project: await getProject(db, projectId),
      sessions: await listSessions(db, projectId),
      state: await loadSyncState(db, projectId),
      deviceName: await loadDeviceName(db),
    }),
    [db, projectId],
  );
  if (!data) return null;
  if (!data.project) return <ProjectNotFound />;
  return (
    <section className="screen sync-screen">
      <h1>Sync of {data.project.name}</h1>
      <FolderSection projectId={projectId} folder={folder} label={data.state.folderLabel} />
      <DeviceNameSection name={data.deviceName} />
      <StatusSection projectId={projectId} folder={folder} state={data.state} />
      <ExportBundleSection projectId={projectId} sessions={data.sessions} />
      <section aria-labelledby="import-bundle-heading" className="setup-section">
        <h2 id="import-bundle-heading">Import a bundle</h2>
        <p className="muted">
          Bring in sessions, a whole project or a project kit that someone sent you. You see what it adds before
          anything changes.
        </p>
        <ImportBundleDialog fromProjectId={projectId} />
      </section>
    </section>
  );
}

function FolderSection({
  projectId,
  folder,
  label,
}: {
  projectId: string;
  folder: FolderSyncPlatform;
  label: string | null;
}) {
  const { db } = useData();
  const choose = async () => {
    try {
      const chosen = await folder.choose(db, projectId);
      if (!chosen) return;
      await setSyncFolderLabel(db, projectId, chosen);
      announce(`Syncing through ${chosen}`);
    } catch (error) {
      notifyError(`The folder could not be used: ${describeError(error)}`);
    }
  };
  const forget = async () => {
    try {
      await folder.forget(db, projectId);
      await setSyncFolderLabel(db, projectId, null);
      announce('This project no longer syncs through a folder');
    } catch (error) {
      notifyError(describeError(error));
    }
  };
  return (
    <section aria-labelledby="sync-folder-heading" className="setup-section">
      <h2 id="sync-folder-heading">Shared folder</h2>
      {folder.kind === 'unsupported' ? (
        <p>
          This browser cannot sync through a folder. Folder sync needs Chrome or Edge, or the Fieldnotes desktop app.
          Bundles (below) work everywhere: export one here and import it on the other device.
        </p>
      ) : label ? (
        <>
          <p>
            This project syncs through <strong className="sync-folder-label">{label}</strong>. Every device that uses
            the same folder (through OneDrive, SharePoint, Dropbox or a USB stick) stays in step.
          </p>
          <div className="button-row">
            <button type="button" onClick={() => void choose()}>
              Change folder…
            </button>
            <button type="button" onClick={() => void forget()}>
              Stop syncing through this folder
            </button>
          </div>
        </>
      ) : (
        <>
          <p>
            No shared folder chosen. Choose a folder that your file-sync service (OneDrive, SharePoint, Dropbox) shares
            with the other facilitators, or a USB stick you pass around. Nothing is sent anywhere else.
          </p>
          <button type="button" className="primary-button" onClick={() => void choose()}>
            Choose folder…
          </button>
        </>
      )}
    </section>
  );
}

function DeviceNameSection({ name }: { name: string }) {
  const { db } = useData();
  const [draft, setDraft] = useState<string | null>(null);
  const value = draft ?? name;
  return (
    <section aria-labelledby="device-name-heading" className="setup-section">
      <h2 id="device-name-heading">This device</h2>
      <form
        className="inline-form"
        onSubmit={async (event) => {
          event.preventDefault();
          try {
            const saved = await saveDeviceName(db, value);
            setDraft(null);
            announce(saved ? `This device is now called ${saved}` : 'Device name cleared');
          } catch (error) {
            notifyError(describeError(error));
          }
        }}
      >
        <label className="field grow">
          <span>Device name</span>
          <input
            type="text"
            value={value}
            maxLength={MAX_DEVICE_NAME}
            placeholder="For example: Maria’s laptop"
            aria-describedby="device-name-note"
            onChange={(e) => setDraft(e.target.value)}
          />
        </label>
        <button type="submit">Save name</button>
      </form>
      <p id="device-name-note" className="muted">
        Other devices see this name in their sync status and in bundles you export.
      </p>
    </section>
  );
}

function StatusSection({
  projectId,
  folder,
  state,
}: {
  projectId: string;
  folder: FolderSyncPlatform;
  state: ProjectSyncState;
}) {
  const { db, runner } = useData();
  const run = useSyncRun(projectId);
  const [confirmOpen, setConfirmOpen] = useState(false);
  const status = useLiveQuery(
    () => getSyncStatus(db, projectId, { folderSupported: folder.kind !== 'unsupported' }),
    [db, projectId, folder.kind, run.running],
  );
  const context = { runner, folder };
  const canSync = folder.kind !== 'unsupported' && Boolean(state.folderLabel);
  const awaiting = state.awaitingConfirmation;

  const syncNowPressed = async () => {
    const report = await syncNow(context, projectId);
    // How it went is read out by the progress line (a status region); only the question needs more.
    if (report?.status === 'needs-confirmation') setConfirmOpen(true);
  };

  return (
    <section aria-labelledby="sync-status-heading" className="setup-section">
      <h2 id="sync-status-heading">Status</h2>
      {status && (
        <>
          <p className={`sync-headline sync-tone-${status.tone}`}>{status.headline}</p>
          <ul className="plain-list sync-facts">
            <li>{status.lastSync}</li>
            <li>{status.waiting}</li>
          </ul>
          <h3>Devices seen</h3>
          {status.devices.length ? (
            <ul className="plain-list">
              {status.devices.map((device) => (
                <li key={device.deviceId}>
                  <strong>{device.name}</strong> — last wrote {device.lastWrote}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">No other devices yet.</p>
          )}
          <ErasedWordsList projectId={projectId} devices={status.holdingErased} canPurge={canSync && !run.running} />
          <HeldChangesList projectId={projectId} devices={state.devices} />
          <h3>Problems found</h3>
          {status.problems.length ? (
            <ul className="sync-problems">
              {status.problems.map((problem) => (
                <li key={problem.text} className={`sync-problem sync-problem-${problem.severity}`}>
                  {problem.text}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">None.</p>
          )}
        </>
      )}
      {awaiting.length > 0 && (
        <div className="notice notice-error sync-awaiting">
          <p>{awaiting.map(describeMassDeletion).join(' ')}</p>
          <button type="button" onClick={() => setConfirmOpen(true)}>
            Review the removal…
          </button>
        </div>
      )}
      <div className="button-row">
        <button
          type="button"
          className="primary-button"
          disabled={!canSync || run.running}
          onClick={() => void syncNowPressed()}
        >
          {run.running ? 'Syncing…' : 'Sync now'}
        </button>
        <button
          type="button"
          disabled={!canSync || run.running}
          onClick={() => void runProjectSync(context, projectId, { ask: true, compact: true })}
          aria-describedby="compact-note"
        >
          Compact my history
        </button>
      </div>
      <p className="sync-progress" role="status">
        {run.progress}
      </p>
      <p id="compact-note" className="muted">
        Sync runs by itself every minute while Fieldnotes is open, and when the folder changes. “Compact my history”
        replaces this device’s many small sync files with one, so other devices read them faster. Nothing is lost.
      </p>
      <ConflictLog projectId={projectId} />
      <MassDeletionDialog
        isOpen={confirmOpen && awaiting.length > 0}
        awaiting={awaiting}
        onClose={() => setConfirmOpen(false)}
        onConfirm={async () => {
          setConfirmOpen(false);
          const report = await runProjectSync(context, projectId, { ask: true, allowMassDeletion: true });
          if (report?.status === 'synced') announce('Sync finished; the items were removed');
        }}
      />
    </section>
  );
}

function MassDeletionDialog({
  isOpen,
  awaiting,
  onClose,
  onConfirm,
}: {
  isOpen: boolean;
  awaiting: ProjectSyncState['awaitingConfirmation'];
  onClose(): void;
  onConfirm(): void;
}) {
  const total = awaiting.reduce((sum, count) => sum + count.deleting, 0);
  const items = plural(total, { one: '# item', other: '# items' });
  return (
    <ConfirmDialog
      isOpen={isOpen}
      title={`Remove ${items}?`}
      cancelLabel={plural(total, { one: 'Keep it for now', other: 'Keep them for now' })}
      confirmLabel={`Remove ${items}`}
      onClose={onClose}
      onConfirm={onConfirm}
    >
      {awaiting.map((count) => (
        <p key={count.projectId}>{describeMassDeletion(count)}</p>
      ))}
      <p>
        Another device removed them. If you did not expect this, keep them: nothing is removed until you say so, and you
        can ask the other facilitators what happened.
      </p>
    </ConfirmDialog>
  );
}

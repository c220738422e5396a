/**
 * The Sync screen: the shared folder (choose, change, forget), this device's name, the status in plain words
 * with "Sync now", the devices whose files still hold erased words (and purging a retired one), the
 * mass-deletion question, changes held for their future dates, "Compact my history", the conflict log, and bundles (export and import), which work
 * in every browser.
 */
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { describeMassDeletion } from '../../shared/sync/guard';
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
import { useRichMessage } from '../ui/richMessage';
import { useT, uiTranslator } from '../ui/i18n';
import { ProjectNotFound } from '../ui/NotFound';
import { ConflictLog } from './ConflictLog';
import { ExportBundleSection } from './ExportBundleSection';
import { ImportBundleDialog } from './ImportBundleDialog';
import { ErasedWordsList } from './ErasedWordsList';
import { HeldChangesList } from './HeldChangesList';
import { runProjectSync, syncNow, useSyncRun } from './syncRuntime';

export function SyncRoute({ projectId }: { projectId: string }) {
  const { db } = useData();
  const { t } = useT();
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
      <h1>{t('sync.title', { project: data.project.name })}</h1>
      <FolderSection projectId={projectId} folder={folder} label={data.state.folderLabel} />
      <DeviceNameSection name={data.deviceName} />
      <StatusSection projectId={projectId} folder={folder} state={data.state} />
      <ExportBundleSection projectId={projectId} sessions={data.sessions} />
      <section aria-labelledby="import-bundle-heading" className="setup-section">
        <h2 id="import-bundle-heading">{t('sync.import.heading')}</h2>
        <p className="muted">{t('sync.import.intro')}</p>
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
  const { t } = useT();
  const rich = useRichMessage();
  const choose = async () => {
    try {
      const chosen = await folder.choose(db, projectId);
      if (!chosen) return;
      await setSyncFolderLabel(db, projectId, chosen);
      announce(t('sync.folder.chosen', { label: chosen }));
    } catch (error) {
      notifyError(t('sync.folder.cannotUse', { reason: describeError(error, uiTranslator()) }));
    }
  };
  const forget = async () => {
    try {
      await folder.forget(db, projectId);
      await setSyncFolderLabel(db, projectId, null);
      announce(t('sync.folder.forgotten'));
    } catch (error) {
      notifyError(describeError(error, uiTranslator()));
    }
  };
  return (
    <section aria-labelledby="sync-folder-heading" className="setup-section">
      <h2 id="sync-folder-heading">{t('sync.folder.heading')}</h2>
      {folder.kind === 'unsupported' ? (
        <p>{t('sync.folder.unsupported')}</p>
      ) : label ? (
        <>
          <p>{rich('sync.folder.syncsThrough', { label: <strong className="sync-folder-label">{label}</strong> })}</p>
          <div className="button-row">
            <button type="button" onClick={() => void choose()}>
              {t('sync.folder.change')}
            </button>
            <button type="button" onClick={() => void forget()}>
              {t('sync.folder.stop')}
            </button>
          </div>
        </>
      ) : (
        <>
          <p>{t('sync.folder.none')}</p>
          <button type="button" className="primary-button" onClick={() => void choose()}>
            {t('sync.folder.choose')}
          </button>
        </>
      )}
    </section>
  );
}

function DeviceNameSection({ name }: { name: string }) {
  const { db } = useData();
  const { t } = useT();
  const [draft, setDraft] = useState<string | null>(null);
  const value = draft ?? name;
  return (
    <section aria-labelledby="device-name-heading" className="setup-section">
      <h2 id="device-name-heading">{t('sync.device.heading')}</h2>
      <form
        className="inline-form"
        onSubmit={async (event) => {
          event.preventDefault();
          try {
            const saved = await saveDeviceName(db, value);
            setDraft(null);
            announce(saved ? t('sync.device.renamed', { name: saved }) : t('sync.device.cleared'));
          } catch (error) {
            notifyError(describeError(error, uiTranslator()));
          }
        }}
      >
        <label className="field grow">
          <span>{t('sync.device.name')}</span>
          <input
            type="text"
            value={value}
            maxLength={MAX_DEVICE_NAME}
            placeholder={t('sync.device.placeholder')}
            aria-describedby="device-name-note"
            onChange={(e) => setDraft(e.target.value)}
          />
        </label>
        <button type="submit">{t('sync.device.save')}</button>
      </form>
      <p id="device-name-note" className="muted">
        {t('sync.device.note')}
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
  const translator = useT();
  const { t } = translator;
  const rich = useRichMessage();
  const run = useSyncRun(projectId);
  const [confirmOpen, setConfirmOpen] = useState(false);
  const status = useLiveQuery(
    () => getSyncStatus(db, projectId, { folderSupported: folder.kind !== 'unsupported', translator }),
    [db, projectId, folder.kind, run.running, translator],
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
      <h2 id="sync-status-heading">{t('sync.status.heading')}</h2>
      {status && (
        <>
          <p className={`sync-headline sync-tone-${status.tone}`}>{status.headline}</p>
          <ul className="plain-list sync-facts">
            <li>{status.lastSync}</li>
            <li>{status.waiting}</li>
          </ul>
          <h3>{t('sync.status.devicesSeen')}</h3>
          {status.devices.length ? (
            <ul className="plain-list">
              {status.devices.map((device) => (
                <li key={device.deviceId}>
                  {rich('sync.status.deviceLine', { name: <strong>{device.name}</strong>, ago: device.lastWrote })}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('sync.status.noOtherDevices')}</p>
          )}
          <ErasedWordsList projectId={projectId} devices={status.holdingErased} canPurge={canSync && !run.running} />
          <HeldChangesList projectId={projectId} devices={state.devices} />
          <h3>{t('sync.status.problems')}</h3>
          {status.problems.length ? (
            <ul className="sync-problems">
              {status.problems.map((problem) => (
                <li key={problem.text} className={`sync-problem sync-problem-${problem.severity}`}>
                  {problem.text}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('sync.status.noProblems')}</p>
          )}
        </>
      )}
      {awaiting.length > 0 && (
        <div className="notice notice-error sync-awaiting">
          <p>{awaiting.map((count) => describeMassDeletion(count, translator)).join(' ')}</p>
          <button type="button" onClick={() => setConfirmOpen(true)}>
            {t('sync.status.reviewRemoval')}
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
          {run.running ? t('sync.status.syncing') : t('sync.status.syncNow')}
        </button>
        <button
          type="button"
          disabled={!canSync || run.running}
          onClick={() => void runProjectSync(context, projectId, { ask: true, compact: true })}
          aria-describedby="compact-note"
        >
          {t('sync.status.compact')}
        </button>
      </div>
      <p className="sync-progress" role="status">
        {run.progress}
      </p>
      <p id="compact-note" className="muted">
        {t('sync.status.note')}
      </p>
      <ConflictLog projectId={projectId} />
      <MassDeletionDialog
        isOpen={confirmOpen && awaiting.length > 0}
        awaiting={awaiting}
        onClose={() => setConfirmOpen(false)}
        onConfirm={async () => {
          setConfirmOpen(false);
          const report = await runProjectSync(context, projectId, { ask: true, allowMassDeletion: true });
          if (report?.status === 'synced') announce(t('sync.status.removedAfterConfirm'));
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
  const translator = useT();
  const { t } = translator;
  const total = awaiting.reduce((sum, count) => sum + count.deleting, 0);
  return (
    <ConfirmDialog
      isOpen={isOpen}
      title={t('sync.removal.title', { count: total })}
      cancelLabel={t('sync.removal.keep', { count: total })}
      confirmLabel={t('sync.removal.confirm', { count: total })}
      onClose={onClose}
      onConfirm={onConfirm}
    >
      {awaiting.map((count) => (
        <p key={count.projectId}>{describeMassDeletion(count, translator)}</p>
      ))}
      <p>{t('sync.removal.why')}</p>
    </ConfirmDialog>
  );
}

/**
 * After an erasure, the devices whose files in the shared folder still hold erased words, by name and when they
 * were last seen, until they have rewritten them (each device does so at its next sync). A device that will
 * never sync again (lost, retired) can be purged here: its files are rewritten without the erased words and
 * everything else it wrote is kept. Only a person's explicit, typed request does that.
 */
import { useState } from 'react';
import type { DeviceHoldingErased } from '../../shared/sync/status';
import { plural } from '../../shared/i18n/plural';
import { useData } from '../app/DataContext';
import { announce } from '../app/announce';
import { getPlatform } from '../platform';
import { TypedConfirmDialog } from '../ui/TypedConfirmDialog';
import { purgeRetiredDevice } from './syncRuntime';

export function ErasedWordsList({
  projectId,
  devices,
  canPurge,
}: {
  projectId: string;
  devices: DeviceHoldingErased[];
  canPurge: boolean;
}) {
  const { runner } = useData();
  const [purging, setPurging] = useState<DeviceHoldingErased | null>(null);
  if (!devices.length) return null;
  const files = (n: number) => plural(n, { one: '# file', other: '# files' });
  return (
    <section className="sync-erased" aria-labelledby="sync-erased-heading">
      <h3 id="sync-erased-heading">Erased words still in the shared folder</h3>
      <p>
        These devices’ sync files still hold words that were erased. Each device rewrites its own files the next time it
        syncs; until then, the words are in the folder.
      </p>
      <ul className="plain-list">
        {devices.map((device) => (
          <li key={device.deviceId}>
            <span>
              <strong>{device.name}</strong> — {files(device.files)}, last seen {device.lastSeen}
              {device.own ? '; rewritten at this computer’s next sync' : ''}
            </span>
            {!device.own && (
              <button
                type="button"
                className="small-button danger"
                disabled={!canPurge}
                onClick={() => setPurging(device)}
              >
                Purge {device.name}’s files…
              </button>
            )}
          </li>
        ))}
      </ul>
      <TypedConfirmDialog
        isOpen={purging !== null}
        title={`Purge ${purging?.name ?? ''}’s files?`}
        word="purge"
        confirmLabel="Purge its files"
        onClose={() => setPurging(null)}
        onConfirm={async () =>
          announce(await purgeRetiredDevice({ runner, folder: getPlatform().sync }, projectId, purging!))
        }
      >
        <p>
          Only for a device that will <strong>never sync again</strong> (lost, retired or wiped). Fieldnotes rewrites
          its files in the shared folder without the erased words, and keeps everything else it wrote.
        </p>
        <p>
          A device that is still in use rewrites its own files at its next sync: do not purge it. If it does sync again
          after a purge, it will report files in its folder that it did not write.
        </p>
      </TypedConfirmDialog>
    </section>
  );
}

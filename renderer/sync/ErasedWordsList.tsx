/**
 * After an erasure, the devices whose files in the shared folder still hold erased words, by name and when they
 * were last seen, until they have rewritten them (each device does so at its next sync). A device that will
 * never sync again (lost, retired) can be purged here: its files are rewritten without the erased words and
 * everything else it wrote is kept. Only a person's explicit, typed request does that.
 */
import { useState } from 'react';
import type { DeviceHoldingErased } from '../../shared/sync/status';
import { useData } from '../app/DataContext';
import { announce } from '../app/announce';
import { getPlatform } from '../platform';
import { useRichMessage } from '../ui/richMessage';
import { useT } from '../ui/i18n';
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
  const { t } = useT();
  const rich = useRichMessage();
  const [purging, setPurging] = useState<DeviceHoldingErased | null>(null);
  if (!devices.length) return null;
  return (
    <section className="sync-erased" aria-labelledby="sync-erased-heading">
      <h3 id="sync-erased-heading">{t('sync.erased.heading')}</h3>
      <p>{t('sync.erased.intro')}</p>
      <ul className="plain-list">
        {devices.map((device) => (
          <li key={device.deviceId}>
            <span>
              {rich('sync.erased.device', {
                name: <strong>{device.name}</strong>,
                files: device.files,
                ago: device.lastSeen,
              })}
              {device.own ? t('sync.erased.own') : ''}
            </span>
            {!device.own && (
              <button
                type="button"
                className="small-button danger"
                disabled={!canPurge}
                onClick={() => setPurging(device)}
              >
                {t('sync.erased.purge', { name: device.name })}
              </button>
            )}
          </li>
        ))}
      </ul>
      <TypedConfirmDialog
        isOpen={purging !== null}
        title={t('sync.purge.title', { name: purging?.name ?? '' })}
        word={t('sync.purge.word')}
        confirmLabel={t('sync.purge.confirm')}
        onClose={() => setPurging(null)}
        onConfirm={async () =>
          announce(await purgeRetiredDevice({ runner, folder: getPlatform().sync }, projectId, purging!))
        }
      >
        <p>{t('sync.purge.onlyRetired')}</p>
        <p>{t('sync.purge.stillInUse')}</p>
      </TypedConfirmDialog>
    </section>
  );
}

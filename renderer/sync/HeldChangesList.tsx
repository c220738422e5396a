/**
 * Changes held because their date is more than a day ahead of this computer (a laptop with a wrong clock would
 * otherwise win every edit for ever). Per device: how many and when they are dated, with Accept (merge them now)
 * and Reject (drop them for good; the same changes are never taken again).
 */
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Button } from 'react-aria-components';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import type { DeviceSeen } from '../../shared/sync/folderProtocol';
import { deviceLabel } from '../../shared/sync/status';
import type { Translator } from '../../shared/i18n/translate';
import { useData } from '../app/DataContext';
import { announce, notifyError } from '../app/announce';
import { describeError } from '../data/errors';
import { acceptHeld, listHeld, rejectHeld, type HeldGroup } from '../data/sync';
import { useRichMessage } from '../ui/richMessage';
import { useT, uiTranslator } from '../ui/i18n';

/** The days the held changes are dated, in the app's language (dates as stamped, in UTC). */
function dated(group: HeldGroup, { t, date }: Translator): string {
  const day = (iso: string) => date(iso, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
  const from = day(group.earliest);
  const to = day(group.latest);
  return from === to ? from : t('sync.held.range', { from, to });
}

export function HeldChangesList({ projectId, devices }: { projectId: string; devices: Record<string, DeviceSeen> }) {
  const { db, runner } = useData();
  const translator = useT();
  const { t } = translator;
  const rich = useRichMessage();
  const groups = useLiveQuery(() => listHeld(db, projectId), [db, projectId]);
  const [rejecting, setRejecting] = useState<HeldGroup | null>(null);
  if (!groups?.length) return null;
  const nameOf = (group: HeldGroup) => deviceLabel(devices[group.deviceId], group.deviceId, translator);

  const accept = async (group: HeldGroup) => {
    try {
      const outcome = await acceptHeld(runner, projectId, group.deviceId);
      if (outcome.status === 'needs-confirmation') {
        notifyError(t('sync.held.stillWaiting', { device: nameOf(group) }));
      } else {
        const device = nameOf(group);
        announce(
          outcome.leftOut
            ? t('sync.held.acceptedLeftOut', { count: outcome.stored, device, left: outcome.leftOut })
            : t('sync.held.accepted', { count: outcome.stored, device }),
        );
      }
    } catch (error) {
      notifyError(t('sync.held.cannotAccept', { reason: describeError(error, uiTranslator()) }));
    }
  };
  const reject = async (group: HeldGroup) => {
    setRejecting(null);
    try {
      const dropped = await rejectHeld(db, projectId, group.deviceId);
      announce(t('sync.held.rejected', { count: dropped, device: nameOf(group) }));
    } catch (error) {
      notifyError(t('sync.held.cannotReject', { reason: describeError(error, uiTranslator()) }));
    }
  };

  return (
    <section className="sync-held" aria-labelledby="sync-held-heading">
      <h3 id="sync-held-heading">{t('sync.held.heading')}</h3>
      <p>{t('sync.held.intro')}</p>
      <ul className="plain-list">
        {groups.map((group) => (
          <li key={group.deviceId} className="sync-held-item">
            <span>
              {rich('sync.held.line', {
                count: group.count,
                device: <strong>{nameOf(group)}</strong>,
                dates: dated(group, translator),
              })}
            </span>
            <span className="button-row">
              <Button className="small-button" onPress={() => void accept(group)}>
                {t('sync.held.accept')}
              </Button>
              <Button className="small-button danger" onPress={() => setRejecting(group)}>
                {t('sync.held.reject')}
              </Button>
            </span>
          </li>
        ))}
      </ul>
      <ConfirmDialog
        isOpen={rejecting !== null}
        title={t('sync.held.rejectTitle', { count: rejecting?.count ?? 0, device: rejecting ? nameOf(rejecting) : '' })}
        cancelLabel={t('sync.held.keepWaiting')}
        confirmLabel={t('sync.held.rejectConfirm')}
        onClose={() => setRejecting(null)}
        onConfirm={() => void reject(rejecting!)}
      >
        <p>{t('sync.held.rejectWhy')}</p>
      </ConfirmDialog>
    </section>
  );
}

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
import { plural } from '../../shared/i18n/plural';
import { useData } from '../app/DataContext';
import { announce, notifyError } from '../app/announce';
import { describeError } from '../data/errors';
import { acceptHeld, listHeld, rejectHeld, type HeldGroup } from '../data/sync';

const day = (iso: string) =>
  new Date(iso).toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

function dated(group: HeldGroup): string {
  const from = day(group.earliest);
  const to = day(group.latest);
  return from === to ? from : `${from} to ${to}`;
}

const changes = (n: number) => plural(n, { one: '# change', other: '# changes' });

export function HeldChangesList({ projectId, devices }: { projectId: string; devices: Record<string, DeviceSeen> }) {
  const { db, runner } = useData();
  const groups = useLiveQuery(() => listHeld(db, projectId), [db, projectId]);
  const [rejecting, setRejecting] = useState<HeldGroup | null>(null);
  if (!groups?.length) return null;
  const nameOf = (group: HeldGroup) => deviceLabel(devices[group.deviceId], group.deviceId);

  const accept = async (group: HeldGroup) => {
    try {
      const outcome = await acceptHeld(runner, projectId, group.deviceId);
      if (outcome.status === 'needs-confirmation') {
        notifyError(
          `The changes from ${nameOf(group)} would remove most of the project, so they still wait. Ask the person using that device what happened.`,
        );
      } else {
        const left = outcome.leftOut ? `; ${changes(outcome.leftOut)} to erased or known items left out` : '';
        announce(`Accepted ${changes(outcome.stored)} from ${nameOf(group)}${left}`);
      }
    } catch (error) {
      notifyError(`The changes could not be accepted: ${describeError(error)}`);
    }
  };
  const reject = async (group: HeldGroup) => {
    setRejecting(null);
    try {
      const dropped = await rejectHeld(db, projectId, group.deviceId);
      announce(`Rejected ${changes(dropped)} from ${nameOf(group)}`);
    } catch (error) {
      notifyError(`The changes could not be rejected: ${describeError(error)}`);
    }
  };

  return (
    <section className="sync-held" aria-labelledby="sync-held-heading">
      <h3 id="sync-held-heading">Changes dated in the future</h3>
      <p>
        These changes carry a date more than a day ahead of this computer, so they are held, not applied: a device with
        a wrong clock would otherwise win every later edit. Accept them if the work is wanted; ask the person to correct
        the date and time on that device either way.
      </p>
      <ul className="plain-list">
        {groups.map((group) => (
          <li key={group.deviceId} className="sync-held-item">
            <span>
              Held: {changes(group.count)} from <strong>{nameOf(group)}</strong> dated {dated(group)}
            </span>
            <span className="button-row">
              <Button className="small-button" onPress={() => void accept(group)}>
                Accept
              </Button>
              <Button className="small-button danger" onPress={() => setRejecting(group)}>
                Reject…
              </Button>
            </span>
          </li>
        ))}
      </ul>
      <ConfirmDialog
        isOpen={rejecting !== null}
        title={`Reject ${changes(rejecting?.count ?? 0)} from ${rejecting ? nameOf(rejecting) : ''}?`}
        cancelLabel="Keep them waiting"
        confirmLabel="Reject them"
        onClose={() => setRejecting(null)}
        onConfirm={() => void reject(rejecting!)}
      >
        <p>
          They are dropped for good: if the same changes arrive again, through the folder or a bundle, they are left
          out. Nothing else from that device is affected.
        </p>
      </ConfirmDialog>
    </section>
  );
}

/**
 * The sync status in words a facilitator understands: when it last worked, which devices
 * it has heard from, what is still waiting to go out, and what, if anything, needs a person.
 * Pure: the renderer passes what it stored after the last sync and the time now.
 */
import { plural } from '../i18n/plural';
import type { DeviceSeen } from './folderProtocol';
import { describeMassDeletion, type ProjectDeletions } from './guard';
import { describeProblem, severityOf, type SyncProblem } from './problems';

export interface SyncStatusInput {
  /** off: no folder chosen; unsupported: this browser cannot use a folder (bundles still work). */
  mode: 'off' | 'unsupported' | 'on';
  ownDeviceId: string;
  lastSyncAt: string | null;
  /** Set when the last attempt failed outright (the folder vanished, the disk was full). */
  lastError?: string | null;
  /** This device's changes not yet written to the folder. */
  waiting: number;
  devices: DeviceSeen[];
  problems: SyncProblem[];
  /** Syncs stopped by the mass-deletion guard, waiting for a person to confirm. */
  awaitingConfirmation: ProjectDeletions[];
  /** Devices whose files in the folder still hold values an erasure removed, with how many such files. */
  holdingErased?: { deviceId: string; files: number }[];
  now: number;
}

/** A device whose sync files still hold erased words: until it rewrites them (or is purged), they are there. */
export interface DeviceHoldingErased {
  deviceId: string;
  name: string;
  own: boolean;
  /** When it last wrote to the folder, in words ("3 days ago"). */
  lastSeen: string;
  files: number;
}

export type SyncTone = 'ok' | 'attention' | 'problem' | 'off';

export interface SyncStatusSummary {
  tone: SyncTone;
  headline: string;
  lastSync: string;
  waiting: string;
  devices: { deviceId: string; name: string; lastWrote: string }[];
  problems: { severity: 'info' | 'warning' | 'error'; text: string }[];
  holdingErased: DeviceHoldingErased[];
}

export function describeAgo(iso: string | null, now: number): string {
  if (!iso) return 'never';
  const ms = now - Date.parse(iso);
  if (!Number.isFinite(ms)) return 'at an unknown time';
  if (ms < 60_000) return 'just now';
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return plural(minutes, { one: '# minute ago', other: '# minutes ago' });
  const hours = Math.round(minutes / 60);
  if (hours < 24) return plural(hours, { one: '# hour ago', other: '# hours ago' });
  return plural(Math.round(hours / 24), { one: 'yesterday', other: '# days ago' });
}

export function deviceLabel(device: Pick<DeviceSeen, 'deviceId' | 'name'> | undefined, deviceId?: string): string {
  if (device?.name) return device.name;
  const id = device?.deviceId ?? deviceId;
  return id ? `the device ending ${id.slice(-4)}` : 'a device';
}

/** Problems whose amount is a number of changes: repeated ones add up. */
const COUNTED = new Set<SyncProblem['kind']>([
  'invalid-changes',
  'forged-changes',
  'other-project',
  'stamp-conflict',
  'held-future',
]);

/** Merge repeated problems (fifty files not yet copied from one laptop are one sentence). */
export function groupProblems(problems: readonly SyncProblem[]): SyncProblem[] {
  const groups = new Map<string, SyncProblem>();
  for (const problem of problems) {
    const key = `${problem.kind}|${problem.deviceId ?? ''}|${problem.own ? 1 : 0}`;
    const existing = groups.get(key);
    if (!existing) {
      groups.set(key, { ...problem, amount: problem.amount ?? 1 });
    } else if (problem.kind === 'not-yet' || problem.kind === 'conflicted-copy') {
      existing.amount = (existing.amount ?? 1) + 1;
    } else if (COUNTED.has(problem.kind)) {
      existing.amount = (existing.amount ?? 0) + (problem.amount ?? 0);
    } else if (problem.kind === 'clock-ahead') {
      existing.amount = Math.max(existing.amount ?? 0, problem.amount ?? 0);
    }
  }
  return [...groups.values()];
}

export function summariseSyncStatus(input: SyncStatusInput): SyncStatusSummary {
  const others = input.devices.filter((device) => device.deviceId !== input.ownDeviceId);
  const byId = new Map(input.devices.map((device) => [device.deviceId, device]));
  const who = (deviceId: string | undefined) =>
    deviceId === input.ownDeviceId ? 'this computer' : deviceLabel(byId.get(deviceId ?? ''), deviceId);
  const problems = [
    ...input.awaitingConfirmation.map((count) => ({ severity: 'error' as const, text: describeMassDeletion(count) })),
    ...(input.lastError ? [{ severity: 'error' as const, text: input.lastError }] : []),
    ...groupProblems(input.problems).map((problem) => ({
      severity: severityOf(problem.kind),
      text: describeProblem(problem, who),
    })),
  ];
  const lastSync = input.lastSyncAt ? `Last synced ${describeAgo(input.lastSyncAt, input.now)}.` : 'Not synced yet.';
  const waiting =
    input.waiting === 0
      ? 'All your changes are in the shared folder.'
      : plural(input.waiting, {
          one: '# change waiting to go to the shared folder.',
          other: '# changes waiting to go to the shared folder.',
        });
  const devices = others.map((device) => ({
    deviceId: device.deviceId,
    name: deviceLabel(device),
    lastWrote: describeAgo(device.lastWriteAt, input.now),
  }));
  const holdingErased = (input.holdingErased ?? [])
    .filter((entry) => entry.files > 0)
    .map(({ deviceId, files }) => {
      const own = deviceId === input.ownDeviceId;
      const device = byId.get(deviceId);
      return {
        deviceId,
        own,
        name: own ? 'This computer' : deviceLabel(device, deviceId),
        lastSeen: describeAgo(device?.lastWriteAt ?? null, input.now),
        files,
      };
    })
    .sort((a, b) => Number(b.own) - Number(a.own) || a.name.localeCompare(b.name));
  if (input.mode !== 'on') {
    const headline =
      input.mode === 'unsupported'
        ? 'This browser cannot use a shared folder. Use bundles (Export and Import) to exchange work, or open Fieldnotes in Chrome or Edge.'
        : 'No shared folder chosen. Choose one on the Sync screen to sync with other devices, or use bundles.';
    return { tone: 'off', headline, lastSync, waiting, devices, problems, holdingErased };
  }
  // Erased words still in the folder are not a fault of sync, but they are not "in step" either.
  const worst = problems.some((p) => p.severity === 'error')
    ? 'problem'
    : problems.some((p) => p.severity === 'warning') || holdingErased.length
      ? 'attention'
      : 'ok';
  const headline =
    worst === 'problem'
      ? 'Sync needs your attention.'
      : worst === 'attention'
        ? `${lastSync} Some things need a look.`
        : `${lastSync} ${others.length ? `In step with ${plural(others.length, { one: '# other device', other: '# other devices' })}.` : 'No other devices yet.'}`;
  return { tone: worst, headline, lastSync, waiting, devices, problems, holdingErased };
}

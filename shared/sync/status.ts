/**
 * The sync status in words a facilitator understands: when it last worked, which devices
 * it has heard from, what is still waiting to go out, and what, if anything, needs a person.
 * Pure: the renderer passes what it stored after the last sync and the time now.
 */
import { translator, type Translator } from '../i18n/translate';
import type { DeviceSeen } from './folderProtocol';
import { describeMassDeletion, type ProjectDeletions } from './guard';
import { describeProblem, severityOf, type SyncProblem } from './problems';

export interface SyncStatusInput {
  /** off: no folder chosen; unsupported: this browser cannot use a folder (bundles still work). */
  mode: 'off' | 'unsupported' | 'on';
  ownDeviceId: string;
  lastSyncAt: string | null;
  /**
   * Why the last attempt failed outright (the folder vanished, the disk was full): the reason alone, as the error
   * gave it; the sentence around it is in the status's language.
   */
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

/** The words below are in the translator's language; English unless one is given (the command line's default). */
export function describeAgo(iso: string | null, now: number, { t }: Translator = translator()): string {
  if (!iso) return t('syncStatus.ago.never');
  const ms = now - Date.parse(iso);
  if (!Number.isFinite(ms)) return t('syncStatus.ago.unknown');
  if (ms < 60_000) return t('syncStatus.ago.justNow');
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return t('syncStatus.ago.minutes', { count: minutes });
  const hours = Math.round(minutes / 60);
  if (hours < 24) return t('syncStatus.ago.hours', { count: hours });
  return t('syncStatus.ago.days', { count: Math.round(hours / 24) });
}

export function deviceLabel(
  device: Pick<DeviceSeen, 'deviceId' | 'name'> | undefined,
  deviceId?: string,
  { t }: Translator = translator(),
): string {
  if (device?.name) return device.name;
  const id = device?.deviceId ?? deviceId;
  return id ? t('syncStatus.device.ending', { id: id.slice(-4) }) : t('syncStatus.device.unknown');
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

/** The status in the translator's language (English unless one is given). Device names are as their owners typed them. */
export function summariseSyncStatus(input: SyncStatusInput, tr: Translator = translator()): SyncStatusSummary {
  const { t } = tr;
  const others = input.devices.filter((device) => device.deviceId !== input.ownDeviceId);
  const byId = new Map(input.devices.map((device) => [device.deviceId, device]));
  const who = (deviceId: string | undefined) =>
    deviceId === input.ownDeviceId
      ? t('syncStatus.device.thisComputer')
      : deviceId
        ? deviceLabel(byId.get(deviceId), deviceId, tr)
        : null;
  const problems = [
    ...input.awaitingConfirmation.map((count) => ({
      severity: 'error' as const,
      text: describeMassDeletion(count, tr),
    })),
    ...(input.lastError
      ? [{ severity: 'error' as const, text: t('syncRun.stopped', { reason: input.lastError }) }]
      : []),
    ...groupProblems(input.problems).map((problem) => ({
      severity: severityOf(problem.kind),
      text: describeProblem(problem, who, tr),
    })),
  ];
  const lastSync = input.lastSyncAt
    ? t('syncStatus.lastSynced', { ago: describeAgo(input.lastSyncAt, input.now, tr) })
    : t('syncStatus.notSynced');
  const waiting = input.waiting === 0 ? t('syncStatus.allSent') : t('syncStatus.waiting', { count: input.waiting });
  const devices = others.map((device) => ({
    deviceId: device.deviceId,
    name: deviceLabel(device, undefined, tr),
    lastWrote: describeAgo(device.lastWriteAt, input.now, tr),
  }));
  const holdingErased = (input.holdingErased ?? [])
    .filter((entry) => entry.files > 0)
    .map(({ deviceId, files }) => {
      const own = deviceId === input.ownDeviceId;
      const device = byId.get(deviceId);
      return {
        deviceId,
        own,
        name: own ? t('syncStatus.device.thisComputerStart') : deviceLabel(device, deviceId, tr),
        lastSeen: describeAgo(device?.lastWriteAt ?? null, input.now, tr),
        files,
      };
    })
    .sort((a, b) => Number(b.own) - Number(a.own) || a.name.localeCompare(b.name, tr.locale));
  if (input.mode !== 'on') {
    const headline = input.mode === 'unsupported' ? t('syncStatus.headline.unsupported') : t('syncStatus.headline.off');
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
      ? t('syncStatus.headline.problem')
      : worst === 'attention'
        ? t('syncStatus.headline.attention', { lastSync })
        : others.length
          ? t('syncStatus.headline.inStep', { lastSync, count: others.length })
          : t('syncStatus.headline.alone', { lastSync });
  return { tone: worst, headline, lastSync, waiting, devices, problems, holdingErased };
}

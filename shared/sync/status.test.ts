import { describe, expect, it } from 'vitest';
import { isMassDeletion } from './guard';
import { translator } from '../i18n/translate';
import { groupProblems, summariseSyncStatus, type SyncStatusInput } from './status';

const now = Date.parse('2026-03-02T12:00:00Z');
const base: SyncStatusInput = {
  mode: 'on',
  ownDeviceId: '0123456789ABCDEF',
  lastSyncAt: '2026-03-02T11:57:00Z',
  waiting: 0,
  devices: [
    { deviceId: '0123456789ABCDEF', name: 'This laptop', lastSeq: 3, lastWriteAt: '2026-03-02T11:57:00Z', segments: 3 },
    {
      deviceId: 'FEDCBA9876543210',
      name: 'Maria’s laptop',
      lastSeq: 9,
      lastWriteAt: '2026-03-02T10:00:00Z',
      segments: 9,
    },
    { deviceId: 'AAAAAAAAAAAAAAAA', name: '', lastSeq: 1, lastWriteAt: '2026-03-01T09:00:00Z', segments: 1 },
  ],
  problems: [],
  awaitingConfirmation: [],
  now,
};

describe('summariseSyncStatus', () => {
  it('says when, who and what is waiting in plain words', () => {
    const summary = summariseSyncStatus({ ...base, waiting: 12 });
    expect(summary.tone).toBe('ok');
    expect(summary.headline).toBe('Last synced 3 minutes ago. In step with 2 other devices.');
    expect(summary.waiting).toBe('12 changes waiting to go to the shared folder.');
    expect(summary.devices).toEqual([
      { deviceId: 'FEDCBA9876543210', name: 'Maria’s laptop', lastWrote: '2 hours ago' },
      { deviceId: 'AAAAAAAAAAAAAAAA', name: 'the device ending AAAA', lastWrote: 'yesterday' },
    ]);
  });

  it('groups repeated problems and names the device', () => {
    const problems = [
      { kind: 'not-yet' as const, deviceId: 'FEDCBA9876543210', path: 'FEDCBA9876543210/seg-1' },
      { kind: 'not-yet' as const, deviceId: 'FEDCBA9876543210', path: 'FEDCBA9876543210/seg-2' },
      { kind: 'clock-ahead' as const, deviceId: 'AAAAAAAAAAAAAAAA', amount: 3 * 86_400_000 },
    ];
    expect(groupProblems(problems)).toHaveLength(2);
    const summary = summariseSyncStatus({ ...base, problems });
    expect(summary.tone).toBe('attention');
    expect(summary.problems.map((p) => p.text)).toEqual([
      '2 files from Maria’s laptop have not finished copying yet. They will be read on a later sync; nothing is lost.',
      expect.stringContaining('The clock on the device ending AAAA is 3 days ahead.'),
    ]);
  });

  it('puts a stopped mass deletion and a duplicate identity first as problems', () => {
    const summary = summariseSyncStatus({
      ...base,
      problems: [{ kind: 'duplicate-device', deviceId: base.ownDeviceId, own: true }],
      awaitingConfirmation: [{ projectId: 'p', projectName: 'Safety plan', live: 40, deleting: 30 }],
    });
    expect(summary.tone).toBe('problem');
    expect(summary.problems[0]!.text).toMatch(/remove 30 of the 40 items in “Safety plan”/);
    expect(summary.problems[1]!.text).toMatch(/Another computer is saving as this one/);
  });

  it('lists the devices whose files still hold erased words, this computer first, and asks for a look', () => {
    const summary = summariseSyncStatus({
      ...base,
      holdingErased: [
        { deviceId: 'FEDCBA9876543210', files: 2 },
        { deviceId: 'AAAAAAAAAAAAAAAA', files: 0 },
        { deviceId: '0123456789ABCDEF', files: 1 },
      ],
    });
    expect(summary.holdingErased).toEqual([
      { deviceId: '0123456789ABCDEF', own: true, name: 'This computer', lastSeen: '3 minutes ago', files: 1 },
      { deviceId: 'FEDCBA9876543210', own: false, name: 'Maria’s laptop', lastSeen: '2 hours ago', files: 2 },
    ]);
    expect(summary.tone).toBe('attention');
    expect(summariseSyncStatus(base).holdingErased).toEqual([]);
  });

  it('explains when no folder can be used', () => {
    expect(summariseSyncStatus({ ...base, mode: 'unsupported' }).headline).toMatch(
      /cannot use a shared folder.*bundles/,
    );
    expect(summariseSyncStatus({ ...base, mode: 'off', lastSyncAt: null }).lastSync).toBe('Not synced yet.');
  });
});

describe('isMassDeletion', () => {
  it('asks above half, not for a handful', () => {
    expect(isMassDeletion({ projectId: 'p', projectName: '', live: 20, deleting: 11 })).toBe(true);
    expect(isMassDeletion({ projectId: 'p', projectName: '', live: 20, deleting: 10 })).toBe(false);
    expect(isMassDeletion({ projectId: 'p', projectName: '', live: 4, deleting: 4 })).toBe(false);
  });
});

describe('the status in French', () => {
  const fr = translator('fr-CA');

  it('says when, who, what waits and each problem in French, device names as typed', () => {
    const summary = summariseSyncStatus(
      {
        ...base,
        waiting: 1,
        problems: [{ kind: 'other-project', deviceId: 'FEDCBA9876543210', amount: 2 }],
        awaitingConfirmation: [{ projectId: 'p', projectName: 'Sécurité', live: 20, deleting: 15 }],
      },
      fr,
    );
    expect(summary.lastSync).toBe('Dernière synchronisation\u00a0: il y a 3 minutes.');
    expect(summary.waiting).toBe('1 modification attend d’aller dans le dossier partagé.');
    expect(summary.devices.map((d) => [d.name, d.lastWrote])).toEqual([
      ['Maria’s laptop', 'il y a 2 heures'],
      ['l’appareil dont l’identifiant finit par AAAA', 'hier'],
    ]);
    expect(summary.problems.map((p) => p.text)).toEqual([
      'Cela retirerait 15 des 20 éléments de «\u00a0Sécurité\u00a0». Rien n’a encore été retiré. Continuez seulement si vous vous y attendiez.',
      '2 modifications de Maria’s laptop visent un élément d’un autre projet et ont été refusées.',
    ]);
    expect(summary.headline).toBe('La synchronisation demande votre attention.');
  });

  it('says a run that stopped outright in French, around the reason the error gave', () => {
    const stopped = { ...base, lastError: 'the disk is full' };
    expect(summariseSyncStatus(stopped, fr).problems).toEqual([
      {
        severity: 'error',
        text: 'La synchronisation s’est arrêtée\u00a0: the disk is full. Votre travail est en sûreté sur cet ordinateur.',
      },
    ]);
    expect(summariseSyncStatus(stopped).problems[0]?.text).toBe(
      'Sync stopped: the disk is full. Your work is safe on this computer.',
    );
  });

  it('keeps the English words when no language is given (the command line prints them)', () => {
    expect(summariseSyncStatus(base).lastSync).toBe('Last synced 3 minutes ago.');
    expect(summariseSyncStatus(base, fr).headline).toMatch(/À jour avec 2\sautres appareils\.$/u);
  });
});

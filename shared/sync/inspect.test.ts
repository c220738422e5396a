import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/translate';
import { inspectChanges } from './inspect';

const device = { deviceId: 'FEDCBA9876543210', name: '', lastSeq: 1, lastWriteAt: null, segments: 1 };

describe('what `fieldnotes inspect` says of a project’s problems', () => {
  it('words them in the translator’s language, naming an unnamed device by the end of its id', () => {
    const input = {
      projectId: 'p',
      changes: [],
      devices: [device],
      problems: [{ kind: 'other-project' as const, deviceId: device.deviceId, amount: 2 }],
      now: Date.parse('2026-03-02T12:00:00Z'),
    };
    expect(inspectChanges({ ...input, translator: translator('fr-CA') }).problems.map((p) => p.text)).toEqual([
      '2 modifications de l’appareil dont l’identifiant finit par 3210 visent un élément d’un autre projet et ont été refusées.',
    ]);
    expect(inspectChanges(input).problems.map((p) => p.text)).toEqual([
      '2 changes from the device ending 3210 name an item of another project and were refused.',
    ]);
  });

  it('says “d’un appareil” in French for a problem no device is named for', () => {
    const inspected = inspectChanges({
      projectId: 'p',
      changes: [],
      problems: [{ kind: 'invalid-changes' }],
      now: 0,
      translator: translator('fr-CA'),
    });
    expect(inspected.problems[0]?.text).toBe(
      'Certaines modifications d’un appareil étaient inutilisables et ont été ignorées.',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { describeAgo } from './status';
import { describeDuration, describeProblem, FOLDER_MISSING, type SyncProblem } from './problems';
import { describeError, fileErrorValue } from './describeError';
import { whyOfFailure } from '../files/fileWriteWhy';
import { translator } from '../i18n/translate';

const who = () => 'Maria’s laptop';
const say = (problem: SyncProblem) => describeProblem(problem, who);

describe('counted words in sync messages', () => {
  it('says one change in the singular and several in the plural, verbs included', () => {
    expect(say({ kind: 'held-future', amount: 1 })).toMatch(
      /^1 change from Maria’s laptop is dated in the future.* is held/,
    );
    expect(say({ kind: 'held-future', amount: 3 })).toMatch(
      /^3 changes from Maria’s laptop are dated in the future.* are held/,
    );
    expect(say({ kind: 'other-project', amount: 1 })).toBe(
      '1 change from Maria’s laptop names an item of another project and was refused.',
    );
    expect(say({ kind: 'other-project', amount: 2 })).toBe(
      '2 changes from Maria’s laptop name an item of another project and were refused.',
    );
    expect(say({ kind: 'stamp-conflict', amount: 1 })).toMatch(
      /^1 change from Maria’s laptop reuses the stamp .* was refused/,
    );
    expect(say({ kind: 'forged-changes', amount: 1 })).toMatch(
      /^1 change in the files of Maria’s laptop is signed as another device and was refused/,
    );
    expect(say({ kind: 'erased-values', amount: 1 })).toMatch(
      /^1 change in the files of Maria’s laptop still holds words that were erased; it is left out\. Maria’s laptop rewrites/,
    );
    expect(say({ kind: 'erased-values', amount: 4 })).toMatch(
      /^4 changes .* still hold words that were erased; they are left out\./,
    );
  });

  it('words a reason kept as a reference in the reader’s language: a refused change, a compaction left undone', () => {
    const fr = translator('fr-CA');
    const reason = {
      id: 'changeChecks.record',
      values: {
        table: 'notes',
        id: '"n-1"',
        hasId: 'yes',
        issue: {
          id: 'schemaIssues.at',
          values: { field: 'rowId', problem: { id: 'schemaIssues.format', values: { format: 'uuid' } } },
        },
      },
    } as const;
    expect(describeProblem({ kind: 'invalid-changes', amount: 1, reason }, who, fr)).toBe(
      '1 modification de Maria’s laptop était inutilisable et a été ignorée (la première\u00a0: ' +
        'l’enregistrement "n-1" de la table notes\u00a0: le champ «\u00a0rowId\u00a0» n’est pas un UUID).',
    );
    const tidy = { id: 'syncFiles.skipped', values: { what: 'nothingToTidy' } } as const;
    expect(describeProblem({ kind: 'compaction-skipped', reason: tidy, own: true }, who, fr)).toContain(
      '(rien à ranger)',
    );
  });

  it('says "some changes" when the count of unusable changes is not known', () => {
    expect(say({ kind: 'invalid-changes', amount: 1, detail: 'bad id' })).toBe(
      '1 change from Maria’s laptop could not be used and was skipped (first: bad id).',
    );
    expect(say({ kind: 'invalid-changes' })).toBe(
      'Some changes from Maria’s laptop could not be used and were skipped.',
    );
    expect(say({ kind: 'mass-deletion', amount: 1 })).toMatch(/removes 1 item of this project/);
    expect(say({ kind: 'mass-deletion' })).toMatch(/removes many items of this project/);
  });

  it('counts minutes, hours and days in the singular and the plural', () => {
    expect(describeDuration(60_000)).toBe('1 minute');
    expect(describeDuration(45 * 60_000)).toBe('45 minutes');
    expect(describeDuration(3_600_000 * 2)).toBe('2 hours');
    expect(describeDuration(86_400_000 * 3)).toBe('3 days');
    const now = Date.parse('2026-03-14T12:00:00Z');
    expect(describeAgo('2026-03-14T11:59:00Z', now)).toBe('1 minute ago');
    expect(describeAgo('2026-03-14T11:00:00Z', now)).toBe('1 hour ago');
    expect(describeAgo('2026-03-13T12:00:00Z', now)).toBe('yesterday');
    expect(describeAgo('2026-03-11T12:00:00Z', now)).toBe('3 days ago');
  });
});

describe('a device nothing names, in French', () => {
  const fr = translator('fr-CA');

  it('elides “de un appareil” into “d’un appareil”, and keeps “de” before a name', () => {
    expect(describeProblem({ kind: 'not-yet', path: 'x/seg.ndjson' }, () => null, fr)).toBe(
      'Un fichier d’un appareil n’a pas fini d’être copié (seg.ndjson). Il sera lu à une prochaine synchronisation\u202f; rien n’est perdu.',
    );
    expect(describeProblem({ kind: 'clock-ahead', amount: 3 * 3_600_000 }, () => null, fr)).toMatch(
      /^L’horloge d’un appareil avance de /,
    );
    expect(describeProblem({ kind: 'other-project', amount: 2 }, () => 'Maria’s laptop', fr)).toBe(
      '2 modifications de Maria’s laptop visent un élément d’un autre projet et ont été refusées.',
    );
  });

  it('gives the last held change’s day as the language writes dates', () => {
    const held = { kind: 'held-future' as const, amount: 2, detail: '2026-03-05T09:00:00.000Z' };
    expect(describeProblem(held, () => 'Maria’s laptop', fr)).toMatch(/dans le futur \(jusqu’au 5 mars 2026\)/);
    expect(describeProblem(held, () => 'Maria’s laptop')).toMatch(/in the future \(up to March 5, 2026\)/);
  });

  it('says “a device” in English, as before', () => {
    expect(describeProblem({ kind: 'not-yet' }, () => null)).toMatch(/^A file from a device has not finished copying/);
  });
});

describe('a shared folder that is gone', () => {
  it('is said in the reader’s language, from the code the folder side gives', () => {
    const gone: SyncProblem = { kind: 'folder-unavailable', detail: FOLDER_MISSING };
    expect(describeProblem(gone, who)).toContain('(the folder is missing)');
    const french = describeProblem(gone, who, translator('fr-CA'));
    expect(french).toContain('(le dossier est introuvable)');
    expect(french).not.toContain(FOLDER_MISSING);
    const unwritten: SyncProblem = { kind: 'write-failed', detail: FOLDER_MISSING, own: true };
    expect(describeProblem(unwritten, who, translator('fr-CA'))).toContain('(le dossier est introuvable)');
  });

  it('says why a write failed in the reader’s language when the file system’s code explains it', () => {
    const denied = Object.assign(new Error("EACCES: permission denied, open '/mnt/share/p/v1'"), { code: 'EACCES' });
    const why = whyOfFailure(denied)!;
    const unwritten: SyncProblem = { kind: 'write-failed', detail: describeError(denied), why, own: true };
    expect(describeProblem(unwritten, who)).toContain('(permission denied)');
    const french = describeProblem(unwritten, who, translator('fr-CA'));
    expect(french).toContain('(permission refusée)');
    expect(french).not.toMatch(/EACCES|denied/);
    // A browser's folder says it by name; a failure nothing explains is shown as it came.
    expect(whyOfFailure(new DOMException('quota', 'QuotaExceededError'))).toEqual({ kind: 'disk-full' });
    expect(whyOfFailure(Object.assign(new Error('gone'), { code: 'ENOENT' }))).toBeUndefined();
    expect(fileErrorValue(new Error('odd'))).toBe('odd');
    expect(fileErrorValue(denied)).toEqual({ fileWhy: { kind: 'permission' } });
  });
});

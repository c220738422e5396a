import { describe, expect, it } from 'vitest';
import { translator } from '../../../shared/i18n/translate';
import { stoppedReason } from './status';

describe('a stopped run stored before its sentence was worded when shown', () => {
  it('keeps only the reason of the whole English sentence, so it is not said twice', () => {
    expect(stoppedReason('Sync stopped: the folder vanished. Your work is safe on this computer.')).toBe(
      'the folder vanished',
    );
    expect(stoppedReason('the folder vanished')).toBe('the folder vanished');
    expect(stoppedReason(null)).toBeNull();
  });
});

describe('a stopped run stored as a message reference', () => {
  it('is worded in the language of the moment it is shown, an exception’s text only as the detail', () => {
    const stored = { id: 'dataErrors.unexpected', values: { detail: 'EIO: i/o error' } } as const;
    expect(stoppedReason(stored, translator('en'))).toBe('an unexpected error (technical detail: EIO: i/o error)');
    expect(stoppedReason(stored, translator('fr-CA'))).toBe(
      'une erreur inattendue (détail technique\u00a0: EIO: i/o error)',
    );
  });
});

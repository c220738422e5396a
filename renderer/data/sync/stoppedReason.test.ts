import { describe, expect, it } from 'vitest';
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

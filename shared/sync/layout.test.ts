import { describe, expect, it } from 'vitest';
import { classifyEntryName, isConflictedDirName, parseSegmentName, segmentName } from './layout';

describe('segment names', () => {
  it('round-trips sequence and hash, zero-padded so names sort', () => {
    const name = segmentName(12, 'ab'.repeat(32));
    expect(name).toBe('seg-00000012-abababababababab.ndjson');
    expect(parseSegmentName(name)).toEqual({ seq: 12, hash: 'abababababababab' });
    expect(segmentName(2, '0'.repeat(64)) < segmentName(10, '0'.repeat(64))).toBe(true);
  });

  it('reads only exact names', () => {
    for (const name of [
      'seg-12-abababababababab.ndjson',
      'seg-00000012-ABABABABABABABAB.ndjson',
      'seg-00000012-abab.ndjson',
      'seg-00000012-abababababababab.json',
    ]) {
      expect(parseSegmentName(name)).toBeNull();
    }
  });

  it.each([
    ['seg-00000003-0123456789abcdef (1).ndjson', 'conflicted-copy'],
    ["seg-00000003-0123456789abcdef (Maria's conflicted copy 2026-03-02).ndjson", 'conflicted-copy'],
    ['seg-00000003-0123456789abcdef-LAPTOP-7F3K.ndjson', 'conflicted-copy'],
    ['seg-00000003-0123456789abcdef.sync-conflict-20260302-101010-ABCDEFG.ndjson', 'conflicted-copy'],
    ['.seg-00000003-0123456789abcdef.ndjson.icloud', 'placeholder'],
    ['.tmp-seg-00000003-0123456789abcdef.ndjson-1a2b3c4d', 'temp'],
    ['seg-00000003-0123456789abcdef.ndjson', 'segment'],
    ['desktop.ini', 'other'],
    ['.DS_Store', 'other'],
  ])('classifies %s as %s', (name, kind) => {
    expect(classifyEntryName(name)).toBe(kind);
  });

  it('recognises conflicted copies of folders', () => {
    expect(isConflictedDirName('0123456789ABCDEF (1)')).toBe(true);
    expect(isConflictedDirName('v1-LAPTOP')).toBe(true);
    expect(isConflictedDirName('0123456789ABCDEF')).toBe(false);
  });
});

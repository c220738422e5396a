import { describe, expect, it } from 'vitest';
import { uniqueTexts } from './ideas';

describe('uniqueTexts', () => {
  it('keeps the first of texts that differ only in case, spacing or a final stop, and drops empty ones', () => {
    const items = [
      { text: 'Put lights in the underpass', ref: 'S1-N2' },
      { text: 'put  lights in the underpass.', ref: 'S2-N2' },
      { text: '' },
      { text: 'Open the drop-in on Fridays!' },
    ];
    expect(uniqueTexts(items)).toEqual([items[0], items[3]]);
  });
});

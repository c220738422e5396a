import { afterEach, describe, expect, it } from 'vitest';
import { setUiLocale } from '../ui/i18n';
import { formatMeasure, formatShare } from './format';

afterEach(() => setUiLocale('en'));

describe('agreement figures', () => {
  it('read as two decimals and a percentage in English', () => {
    expect(formatMeasure(0.5)).toBe('0.50');
    expect(formatMeasure(-0.125)).toBe('-0.13');
    expect(formatShare(0.75)).toBe('75%');
  });

  it('follow French number writing in French', () => {
    setUiLocale('fr-CA');
    expect(formatMeasure(0.5)).toBe('0,50');
    expect(formatShare(0.75)).toMatch(/^75[\u00a0\u202f]%$/u);
  });

  it('are a dash when undefined', () => {
    expect(formatMeasure(null)).toBe('—');
    expect(formatShare(null)).toBe('—');
  });
});

import { describe, expect, it } from 'vitest';
import { draftLines, editDistance, scoreRecognition, type RecognisedLine } from './ocrLines';

const line = (text: string, confidence: number, y: number): RecognisedLine => ({
  text,
  confidence,
  bbox: { x0: 12, y0: y, x1: 412, y1: y + 40 },
});

describe('draft lines from recognition', () => {
  it('keeps confident lines with words, top to bottom, with their boxes, and drops speckle', () => {
    const drafts = draftLines([
      line('Bus  shelters\n', 91.4, 200),
      line('More lighting on Elm St', 88, 40),
      line(' ~ : ', 70, 120),
      line('lI1', 12, 300),
    ]);
    expect(drafts).toEqual([
      { text: 'More lighting on Elm St', confidence: 88, region: { x: 12, y: 40, w: 400, h: 40 } },
      { text: 'Bus shelters', confidence: 91, region: { x: 12, y: 200, w: 400, h: 40 } },
    ]);
  });
});

describe('recognition score', () => {
  it('counts exact and normalised matches once each, and the character error rate', () => {
    const score = scoreRecognition(
      ['More lighting', 'Bus shelters', 'Safe crossings'],
      ['more  lighting', 'Bus shelters', 'Safe crosings', 'Bus shelters'],
    );
    expect(score).toMatchObject({ lines: 3, exact: 1, normalised: 2 });
    // One missing "s" and one extra line ("\nbus shelters", 13 characters) over 41 expected characters.
    expect(score.characterErrorRate).toBeCloseTo(14 / 41, 5);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

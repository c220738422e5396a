import { describe, expect, it } from 'vitest';
import { cohenKappa, computeAgreement, krippendorffAlphaNominal, NO_THEME, sessionAgreement } from '.';

/** A reliability data matrix as printed in the sources: one string per coder, "." (or "*") for a missing value. */
function unitsOf(...coders: string[]): (string | null)[][] {
  const rows = coders.map((row) =>
    row
      .trim()
      .split(/\s+/)
      .map((v) => (v === '.' || v === '*' ? null : v)),
  );
  return rows[0]!.map((_, unit) => rows.map((row) => row[unit]!));
}

/** Pairs from a 2×2 or k×k table of counts (rows: first coder, columns: second). */
function pairsOf(categories: string[], counts: number[][]): [string, string][] {
  const pairs: [string, string][] = [];
  counts.forEach((row, r) => row.forEach((n, c) => pairs.push(...Array(n).fill([categories[r]!, categories[c]!]))));
  return pairs;
}

describe("Krippendorff's alpha (nominal) against published worked examples", () => {
  // Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for Communication,
  // University of Pennsylvania, https://repository.upenn.edu/asc_papers/43 — example A: binary data, two
  // observers, no missing data; the paper gives alpha = 0.095.
  it('binary, two observers, no missing data: 0.095', () => {
    const result = krippendorffAlphaNominal(unitsOf('0 1 0 0 0 0 0 0 1 0', '1 1 1 0 0 1 0 0 0 0'));
    expect(result.alpha).toBeCloseTo(0.095, 3);
    expect(result.pairable).toBe(20);
  });

  // Same source, example B: nominal data, two observers, no missing data; alpha = 0.692.
  it('nominal, two observers, no missing data: 0.692', () => {
    const result = krippendorffAlphaNominal(unitsOf('a a b b d c c c e d d a', 'b a b b b c c c e d d d'));
    expect(result.alpha).toBeCloseTo(0.692, 3);
  });

  // Same source, example C: nominal data, four observers, missing data (unit 12 has one value and is not
  // pairable); alpha = 0.743 over 40 pairable values.
  it('nominal, four observers, missing data: 0.743 over 40 pairable values', () => {
    const result = krippendorffAlphaNominal(
      unitsOf(
        '1 2 3 3 2 1 4 1 2 . . .',
        '1 2 3 3 2 2 4 1 2 5 . 3',
        '. 3 3 3 2 3 4 2 2 5 1 .',
        '1 2 3 3 2 4 4 1 2 5 1 .',
      ),
    );
    expect(result.alpha).toBeCloseTo(0.743, 3);
    expect(result.pairable).toBe(40);
  });

  // Wikipedia, "Krippendorff's alpha", section "A computational example": three coders, fifteen units, many
  // missing values; nominal alpha = 0.691.
  it('three coders with many missing values: 0.691', () => {
    const result = krippendorffAlphaNominal(
      unitsOf('* * * * * 3 4 1 2 1 1 3 3 * 3', '1 * 2 1 3 3 4 3 * * * * * * *', '* * 2 1 3 4 4 * 2 1 1 3 3 * 4'),
    );
    expect(result.alpha).toBeCloseTo(0.691, 3);
  });

  it('is 1 for perfect agreement and undefined without variation or without pairable values', () => {
    expect(krippendorffAlphaNominal(unitsOf('a b c a', 'a b c a')).alpha).toBe(1);
    expect(krippendorffAlphaNominal(unitsOf('a a a', 'a a a')).alpha).toBeNull();
    expect(krippendorffAlphaNominal(unitsOf('a . b', '. c .')).alpha).toBeNull();
  });
});

describe("Cohen's kappa against published worked examples", () => {
  // Wikipedia, "Cohen's kappa", section "Simple example": 50 grant proposals, both readers yes 20, A yes B no 5,
  // A no B yes 10, both no 15; p_o = 0.7, p_e = 0.5, kappa = 0.4.
  it('the grant proposals: p_o 0.7, p_e 0.5, kappa 0.4', () => {
    const result = cohenKappa(
      pairsOf(
        ['yes', 'no'],
        [
          [20, 5],
          [10, 15],
        ],
      ),
    );
    expect(result.observed).toBeCloseTo(0.7, 10);
    expect(result.expected).toBeCloseTo(0.5, 10);
    expect(result.kappa).toBeCloseTo(0.4, 10);
  });

  // Fleiss, Levin & Paik, Statistical Methods for Rates and Proportions (3rd ed., 2003), section 18.1: two raters
  // diagnosing 100 subjects as psychotic, neurotic or organic (proportions .75 .01 .04 / .05 .04 .01 / 0 0 .10);
  // p_o = 0.89, p_e = 0.66, kappa = 0.68.
  it('three diagnostic categories: p_o 0.89, p_e 0.66, kappa 0.68', () => {
    const result = cohenKappa(
      pairsOf(
        ['psychotic', 'neurotic', 'organic'],
        [
          [75, 1, 4],
          [5, 4, 1],
          [0, 0, 10],
        ],
      ),
    );
    expect(result.observed).toBeCloseTo(0.89, 10);
    expect(result.expected).toBeCloseTo(0.66, 10);
    expect(result.kappa).toBeCloseTo(0.68, 2);
  });

  it('counts only units both coders coded, and is undefined when chance agreement is total', () => {
    expect(
      cohenKappa([
        ['a', 'a'],
        ['b', 'b'],
        ['a', null],
        [null, 'b'],
      ]).units,
    ).toBe(2);
    expect(
      cohenKappa([
        ['a', 'a'],
        ['a', 'a'],
      ]).kappa,
    ).toBeNull();
    expect(cohenKappa([]).kappa).toBeNull();
  });
});

describe('agreement between two coders (note × theme)', () => {
  const units = ['n1', 'n2', 'n3', 'n4', 'n5', 'n6'];
  const first = new Map([
    ['n1', 'transit'],
    ['n2', 'transit'],
    ['n3', 'safety'],
    ['n4', 'safety'],
    ['n5', 'housing'],
  ]);
  const second = new Map([
    ['n1', 'transit'],
    ['n2', 'safety'],
    ['n3', 'safety'],
    ['n4', 'safety'],
    ['n6', 'housing'],
  ]);
  const result = computeAgreement({ units, first, second, categories: ['safety', 'transit', 'housing'] });

  it('gives overall kappa on notes both coded and alpha with the missing ones left out', () => {
    expect(result.codedByBoth).toBe(4);
    expect(result.codedByOne).toBe(2);
    expect(result.overall.observed).toBeCloseTo(0.75, 10);
    const kappa = cohenKappa([
      ['transit', 'transit'],
      ['transit', 'safety'],
      ['safety', 'safety'],
      ['safety', 'safety'],
    ]).kappa;
    expect(result.overall.kappa).toBeCloseTo(kappa!, 10);
    expect(result.overall.alpha).toBeCloseTo(
      krippendorffAlphaNominal(unitsOf('transit transit safety safety', 'transit safety safety safety')).alpha!,
      10,
    );
  });

  it('gives per theme yes/no agreement, the confusion table and the disagreements', () => {
    const transit = result.perCategory.find((c) => c.category === 'transit')!;
    expect(transit).toMatchObject({ first: 2, second: 1, both: 1 });
    // transit yes/no on the four notes both coded: (y,y) (y,n) (n,n) (n,n) → p_o .75, p_e (.5·.25 + .5·.75) = .5
    expect(transit.kappa).toBeCloseTo(0.5, 10);
    const housing = result.perCategory.find((c) => c.category === 'housing')!;
    expect(housing.kappa).toBeNull(); // nobody both coded put anything in housing: no variation
    expect(result.confusion.categories).toEqual(['safety', 'transit', 'housing']);
    expect(result.confusion.counts).toEqual([
      [2, 0, 0],
      [1, 1, 0],
      [0, 0, 0],
    ]);
    expect(result.disagreements).toEqual([
      { unit: 'n2', first: 'transit', second: 'safety' },
      { unit: 'n5', first: 'housing', second: null },
      { unit: 'n6', first: null, second: 'housing' },
    ]);
  });
});

describe('agreement of two coding passes over a session, on master themes', () => {
  const at = '2026-03-01T09:00:00.000Z';
  const base = { projectId: 'p', createdAt: at, updatedAt: at, deleted: false };
  const theme = (id: string, name: string, sessionId: string | null, masterThemeId: string | null = null) => ({
    ...base,
    id,
    name,
    sessionId,
    masterThemeId,
    description: '',
    color: '#1D4ED8',
    parentId: null,
    frame: null,
    origin: 'manual' as const,
    votes: 0,
  });
  const pass = (id: string, coder: string) => ({ ...base, id, sessionId: 's', coder, deviceId: '', done: true });
  const coding = (passId: string, noteId: string, themeId: string | null) => ({
    ...base,
    id: `${passId}-${noteId}`,
    sessionId: 's',
    passId,
    noteId,
    themeId,
  });
  const themes = [
    theme('m-transit', 'Transit', null),
    theme('m-safety', 'Safety', null),
    theme('a-buses', 'Buses (Ana)', 's', 'm-transit'),
    theme('b-bus', 'Bus service (Ben)', 's', 'm-transit'),
    theme('b-odd', 'Odd ones (Ben)', 's'),
  ];

  it("compares each coder's own themes through their master themes, and names the unmapped ones", () => {
    const result = sessionAgreement({
      first: pass('A', 'Ana'),
      second: pass('B', 'Ben'),
      themes,
      noteIds: ['n1', 'n2', 'n3', 'n4'],
      codings: [
        coding('A', 'n1', 'a-buses'),
        coding('B', 'n1', 'b-bus'),
        coding('A', 'n2', 'm-safety'),
        coding('B', 'n2', 'm-safety'),
        coding('A', 'n3', null),
        coding('B', 'n3', 'b-odd'),
        coding('A', 'n4', 'a-buses'),
      ],
    });
    expect(result.codedByBoth).toBe(3);
    expect(result.confusion.categories).toEqual(['m-transit', 'm-safety', NO_THEME, 'b-odd']);
    expect(result.disagreements).toEqual([
      { unit: 'n3', first: NO_THEME, second: 'b-odd' },
      { unit: 'n4', first: 'm-transit', second: null },
    ]);
    expect(result.unmapped.map((t) => t.name)).toEqual(['Odd ones (Ben)']);
    expect(result.names.get('m-transit')).toBe('Transit');
    expect(result.perCategory.map((c) => c.category)).toEqual(['m-transit', 'm-safety', NO_THEME, 'b-odd']);
  });
});

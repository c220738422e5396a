import { describe, expect, it } from 'vitest';
import { en, enAreas } from './messages/en';
import { frCA } from './messages/fr-CA';
import { argumentsOf, compareCatalogues, frenchTypographyProblems, idsCalledIn } from './catalogueCheck';
import { translator } from './translate';
import { parseLocale } from './locales';

describe('the message catalogues', () => {
  it('have the same ids in English and French, each valid ICU with the same arguments', () => {
    expect(compareCatalogues(en, frCA, 'fr-CA')).toEqual([]);
  });

  it('define each id in one area only', () => {
    const ids = enAreas.flatMap((area) => Object.keys(area));
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('follow French typography in French', () => {
    expect(frenchTypographyProblems(frCA)).toEqual([]);
  });

  it('format every message in both languages with sample values', () => {
    for (const locale of ['en', 'fr-CA'] as const) {
      const { t } = translator(locale);
      for (const [id, message] of Object.entries(en)) {
        const values = Object.fromEntries(
          [...argumentsOf(message)].map(([name, kind]) => [name, kind === 'string' || kind === 'select' ? 'x' : 2]),
        );
        const text = t(id as keyof typeof en, values);
        expect(text, `${locale} ${id}`).not.toBe(id);
        expect(text, `${locale} ${id}`).not.toMatch(/[{}#]/u);
      }
    }
  });
});

describe('the catalogue check', () => {
  it('finds ids missing on either side, invalid ICU and arguments that differ', () => {
    const reference = {
      'a.one': 'Hello {name}',
      'a.two': 'Two',
      'a.count': '{n, plural, one {# note} other {# notes}}',
    };
    const broken = { 'a.one': 'Bonjour {nom}', 'a.count': '{n, plural, one {# note} other {# notes}', 'a.extra': 'x' };
    const problems = compareCatalogues(reference, broken, 'fr-CA');
    expect(problems).toContain('a.two: missing in fr-CA');
    expect(problems).toContain('a.extra: in fr-CA only');
    expect(problems.some((p) => p.startsWith('a.count: not valid ICU in fr-CA'))).toBe(true);
    const renamed = compareCatalogues({ 'a.one': 'Hello {name}' }, { 'a.one': 'Bonjour {nom}' }, 'fr-CA');
    expect(renamed).toEqual(['a.one: arguments differ (name,string / nom,string in fr-CA)']);
    const cases = compareCatalogues(
      { 'a.s': '{on, select, yes {On} other {Off}}' },
      { 'a.s': '{on, select, oui {Oui} other {Non}}' },
      'fr-CA',
    );
    expect(cases[0]).toMatch(/^a\.s: select cases differ/u);
  });

  it('lets plural forms differ between languages', () => {
    expect(
      compareCatalogues(
        { 'a.n': '{n, plural, one {# note} other {# notes}}' },
        { 'a.n': '{n, plural, one {# note} many {# de notes} other {# notes}}' },
        'fr-CA',
      ),
    ).toEqual([]);
  });

  it('finds plain spaces where French wants a no-break one, and typewriter apostrophes', () => {
    expect(
      frenchTypographyProblems({ a: 'Question : oui', b: 'Vraiment ?', c: '« ne pas citer »', d: "l'note" }),
    ).toEqual([
      'a: a plain space before : ; ? ! or »',
      'b: a plain space before : ; ? ! or »',
      'c: a plain space before : ; ? ! or »',
      'c: a plain space after «',
      'd: a typewriter apostrophe (use ’)',
    ]);
    expect(
      frenchTypographyProblems({ a: 'Question\u00a0: oui', b: 'Vraiment\u202f?', c: '«\u00a0citer\u00a0»' }),
    ).toEqual([]);
  });

  it('reads the ids code asks for by name', () => {
    expect(idsCalledIn("t('a.b'); msg( 'c.d', { n }); intl.t('e.f'); format('g.h')")).toEqual(['a.b', 'c.d', 'e.f']);
  });
});

describe('translating', () => {
  it('counts by each language’s plural rules and formats numbers for it', () => {
    expect(translator('en').t('capture.characters', { count: 1200, max: 20000 })).toBe('1,200 of 20,000 characters');
    expect(translator('fr-CA').t('capture.characters', { count: 1200, max: 20000 })).toMatch(
      /^1\s200 caractères sur 20\s000$/u,
    );
  });

  it('reads the tags people give', () => {
    expect(parseLocale('fr')).toBe('fr-CA');
    expect(parseLocale('FR-ca')).toBe('fr-CA');
    expect(parseLocale('en-GB')).toBe('en');
    expect(parseLocale('de')).toBeNull();
  });
});

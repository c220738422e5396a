import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { NOW, smallProject } from '../../tests/support/fixtures';
import { buildFindingsDocument } from '../findings/document';
import { liveSnapshot } from '../findings/snapshot';
import { planExport } from '../privacy/plan';
import { translator } from '../i18n/translate';
import { writeExport } from './formats';
import { buildReport } from './report/model';

function makeDocument() {
  const live = liveSnapshot(smallProject().snapshot);
  return buildFindingsDocument(planExport(live, {}), { now: NOW });
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('the report in the language chosen for it', () => {
  it('writes the printable page in Canadian French, notes as typed', async () => {
    const doc = makeDocument();
    const html = text(await writeExport('html', doc, 'fr-CA'));
    expect(html).toContain('<html lang="fr-CA">');
    expect(html).toContain(`Ce que nous avons entendu\u00a0: ${doc.project.name}`);
    expect(html).toContain('<h2 id="contents-title">Table des matières</h2>');
    for (const heading of ['Sommaire', 'Notre démarche d’écoute', 'Priorités', 'Couverture', 'À propos de ce rapport'])
      expect(html).toContain(heading);
    expect(html).toMatch(/Nous avons tenu \d+ groupes? de discussion/u);
    expect(html).toContain('Préparé le 1 mars 2025');
    for (const heading of ['How we listened', 'Summary', 'Contents', 'Priorities']) expect(html).not.toContain(heading);
    // Quotes are the participants' own words: never translated.
    const plainQuotes = doc.ranking.flatMap((r) => r.quotes.map((q) => q.text)).filter((q) => !/[<>&"=]/u.test(q));
    expect(plainQuotes.length).toBeGreaterThan(1);
    for (const quote of plainQuotes) expect(html).toContain(`“${quote}”`);
  });

  it('writes the Word report in French, marked French for proofing', async () => {
    const doc = makeDocument();
    const xml = text(unzipSync(await writeExport('docx', doc, 'fr-CA'))['word/document.xml']!);
    const styles = text(unzipSync(await writeExport('docx', doc, 'fr-CA'))['word/styles.xml']!);
    expect(xml).toContain('Ce que nous avons entendu');
    expect(xml).toContain('Table des matières');
    expect(xml).not.toContain('How we listened');
    expect(styles).toContain('w:val="fr-CA"');
  });

  it('stays in English by default, with the same blocks in both languages', () => {
    const doc = makeDocument();
    const english = buildReport(doc);
    const french = buildReport(doc, translator('fr-CA'));
    expect(english.lang).toBe('en');
    expect(english.title).toBe(`What we heard: ${doc.project.name}`);
    expect(french.blocks.map((b) => b.type)).toEqual(english.blocks.map((b) => b.type));
  });

  it('counts by French plural rules: zero and one are singular', () => {
    const { t } = translator('fr-CA');
    expect(t('report.breadth', { groups: 1, sessions: 1, denominator: 1 })).toBe(
      'entendu dans 1 groupe sur 1, 1 séance',
    );
    expect(t('report.breadth', { groups: 0, sessions: 0, denominator: 3 })).toBe(
      'entendu dans 0 groupe sur 3, 0 séance',
    );
    // The noun agrees with the groups that raised the theme, not with how many were met.
    expect(t('report.breadth', { groups: 1, sessions: 2, denominator: 4 })).toBe(
      'entendu dans 1 groupe sur 4, 2 séances',
    );
    expect(t('report.breadth', { groups: 3, sessions: 3, denominator: 4 })).toBe(
      'entendu dans 3 groupes sur 4, 3 séances',
    );
  });
});

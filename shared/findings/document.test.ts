import { describe, expect, it } from 'vitest';
import { NOW, SECRET, smallProject } from '../../tests/support/fixtures';
import { planExport } from '../privacy/plan';
import { buildFindingsDocument } from './document';
import { findingsDocumentSchema } from './documentSchema';
import { liveSnapshot } from './snapshot';

function build(level: 'session' | 'master' = 'session') {
  const { snapshot, ids } = smallProject();
  const plan = planExport(liveSnapshot(snapshot), { scan: { names: false } });
  return { doc: buildFindingsDocument(plan, { now: NOW, level }), ids };
}

describe('buildFindingsDocument', () => {
  it('produces a document that matches its own schema', () => {
    const { doc } = build();
    expect(() => findingsDocumentSchema.parse(doc)).not.toThrow();
    expect(doc.format).toBe('fieldnotes.findings');
    expect(doc.version).toBe(2);
  });

  it('ranks session themes by votes, then breadth', () => {
    const { doc, ids } = build();
    expect(doc.ranking.map((r) => r.themeId)).toEqual([ids.lighting, ids.transit, ids.youthSpaces]);
    const lighting = doc.ranking[0]!;
    // 5 theme votes + 3 + 9 note votes.
    expect(lighting.votes).toBe(17);
    expect(lighting.noteCount).toBe(4);
    expect(lighting.groupIds).toEqual([ids.youth]);
  });

  it('leaves out the notes of a participant who withdrew consent', () => {
    const { doc, ids } = build();
    expect(doc.notes.some((n) => n.id === ids.withdrawnNote)).toBe(false);
    expect(doc.participants.some((p) => p.id === ids.withdrawnParticipant)).toBe(false);
  });

  it('never quotes a do-not-quote, sensitive or cultural-protocol note, even when a finding asks for it', () => {
    const { doc, ids } = build();
    const quoted = [...doc.ranking.flatMap((r) => r.quotes), ...doc.findings.flatMap((f) => f.quotes)].map(
      (q) => q.noteId,
    );
    expect(quoted.length).toBeGreaterThan(0);
    for (const id of [ids.doNotQuoteNote, ids.sensitiveNote, ids.culturalNote]) expect(quoted).not.toContain(id);
    const quotedText = [...doc.ranking.flatMap((r) => r.quotes), ...doc.findings.flatMap((f) => f.quotes)]
      .map((q) => q.text)
      .join('\n');
    expect(quotedText).not.toContain(SECRET.doNotQuote);
  });

  it('withholds sensitive and cultural-protocol text by default but still counts the notes', () => {
    const { doc, ids } = build();
    const sensitive = doc.notes.find((n) => n.id === ids.sensitiveNote)!;
    expect(sensitive.withheld).toBe(true);
    expect(sensitive.text).toBe('[withheld: sensitive]');
    expect(JSON.stringify(doc)).not.toContain(SECRET.sensitive);
    expect(JSON.stringify(doc)).not.toContain(SECRET.cultural);
    expect(doc.privacy.notesWithheld).toBe(2);
  });

  it('organises findings by the project framework', () => {
    const { doc } = build();
    const issues = doc.framework.find((s) => s.kind === 'issue')!;
    expect(issues.findingIds).toHaveLength(1);
    expect(doc.framework.map((s) => s.name)).toContain('Local asset');
  });

  it('carries no staff names, device ids or locations of rooms', () => {
    const text = JSON.stringify(build().doc);
    for (const secret of ['Quentin', 'Wilhelmina', 'ABCDEF0123456789', 'Riverside Library'])
      expect(text).not.toContain(secret);
  });

  it('reports master themes at master level, reaching them through the mappings', () => {
    const { doc, ids } = build('master');
    expect(doc.ranking.map((r) => r.themeId)).toEqual([ids.masterSafety, ids.masterServices]);
    const safety = doc.ranking[0]!;
    expect(safety.feederThemeIds.sort()).toEqual([ids.lighting, ids.transit].sort());
    expect(safety.groupIds.sort()).toEqual([ids.youth, ids.seniors].sort());
    expect(doc.unmappedThemeIds).toEqual([ids.youthSpaces]);
    expect(doc.mappings).toHaveLength(1);
  });
});

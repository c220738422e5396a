import { describe, expect, it } from 'vitest';
import { SECRET, smallProject } from '../../tests/support/fixtures';
import { liveSnapshot } from '../findings/snapshot';
import { planExport } from './plan';
import { redactText } from './redact';
import { scanSnapshot } from './scan';

describe('planExport (the privacy gate)', () => {
  it('redacts every personal detail it finds unless the user keeps it', () => {
    const { snapshot, ids } = smallProject();
    const plan = planExport(liveSnapshot(snapshot));
    const pii = plan.snapshot.notes.find((n) => n.id === ids.piiNote)!.text;
    expect(pii).not.toContain('613-555-0123');
    expect(pii).not.toContain('maria.g@example.org');
    expect(pii).not.toContain('42 Elm Street');
    expect(pii).not.toContain('K1A 0B1');
    expect(pii).not.toContain('Maria Gonzalez');
    expect(pii).toContain('[phone removed]');
    const kinds = new Set(plan.matches.filter((m) => m.location.id === ids.piiNote).map((m) => m.kind));
    expect([...kinds].sort()).toEqual(['address', 'email', 'name', 'phone', 'postal-code']);

    const phone = plan.matches.find((m) => m.kind === 'phone')!;
    const kept = planExport(liveSnapshot(snapshot), { matches: plan.matches, keep: [phone.id] });
    expect(kept.snapshot.notes.find((n) => n.id === ids.piiNote)!.text).toContain('613-555-0123');
    expect(kept.matches.find((m) => m.id === phone.id)!.redacted).toBe(false);
  });

  it('applies the flag policy: withhold keeps the count, drop removes the note and its evidence links', () => {
    const { snapshot, ids } = smallProject();
    const live = liveSnapshot(snapshot);
    const withheld = planExport(live, { scan: { names: false } });
    expect(withheld.withheld.map((w) => w.noteId).sort()).toEqual([ids.sensitiveNote, ids.culturalNote].sort());
    expect(withheld.snapshot.notes).toHaveLength(live.notes.length);

    const dropped = planExport(live, { scan: { names: false }, flags: { doNotQuote: 'drop', sensitive: 'drop' } });
    expect(dropped.snapshot.notes.some((n) => n.id === ids.doNotQuoteNote || n.id === ids.sensitiveNote)).toBe(false);
    expect(dropped.snapshot.findings[0]!.evidenceNoteIds).not.toContain(ids.doNotQuoteNote);
    expect(JSON.stringify(dropped.snapshot)).not.toContain(SECRET.doNotQuote);
    expect(dropped.dropped).toHaveLength(2);
  });

  it('scopes by session or group, taking themes, participants and findings along', () => {
    const { snapshot, ids } = smallProject();
    const plan = planExport(liveSnapshot(snapshot), { scope: { groupIds: [ids.seniors] }, scan: { names: false } });
    expect(plan.snapshot.sessions.map((s) => s.id)).toEqual([ids.seniorsSession]);
    expect(plan.snapshot.notes.every((n) => n.sessionId === ids.seniorsSession)).toBe(true);
    expect(plan.snapshot.themes.map((t) => t.id)).not.toContain(ids.youthSpaces);
    expect(plan.snapshot.themes.map((t) => t.id)).toContain(ids.masterSafety);
    expect(plan.snapshot.participants.every((p) => p.sessionId === ids.seniorsSession)).toBe(true);
    expect(plan.counts.sessions).toBe(1);
  });

  it('ignores a stale match that no longer points at the same words, and applies manual marks', () => {
    const { snapshot, ids } = smallProject();
    const live = liveSnapshot(snapshot);
    const matches = scanSnapshot(live, { names: false });
    const edited = {
      ...live,
      notes: live.notes.map((n) => (n.id === ids.piiNote ? { ...n, text: `Edited. ${n.text}` } : n)),
    };
    const plan = planExport(edited, {
      matches,
      manual: [{ location: { table: 'notes', id: ids.formulaNote, field: 'text' }, start: 0, end: 10 }],
    });
    expect(plan.snapshot.notes.find((n) => n.id === ids.piiNote)!.text).toContain('613-555-0123');
    expect(plan.snapshot.notes.find((n) => n.id === ids.formulaNote)!.text.startsWith('[removed]')).toBe(true);
  });
});

describe('redactText', () => {
  it('replaces overlapping spans once each, in any order', () => {
    expect(
      redactText('call 613-555-0123 or jo@x.org', [
        { start: 21, end: 29, kind: 'email' },
        { start: 5, end: 17, kind: 'phone' },
        { start: 10, end: 12, kind: 'name' },
      ]),
    ).toBe('call [phone removed] or [e-mail removed]');
  });
});

describe('planExport on raw records', () => {
  it('drops tombstones and withdrawn participants’ notes even when the caller passes everything', () => {
    const { snapshot, ids } = smallProject();
    const raw = {
      ...snapshot,
      notes: snapshot.notes.map((n) => (n.id === ids.formulaNote ? { ...n, deleted: true } : n)),
    };
    const plan = planExport(raw, { scan: { names: false } });
    const noteIds = plan.snapshot.notes.map((n) => n.id);
    expect(noteIds).not.toContain(ids.withdrawnNote);
    expect(noteIds).not.toContain(ids.formulaNote);
    expect(plan.snapshot.participants.map((p) => p.id)).not.toContain(ids.withdrawnParticipant);
  });
});

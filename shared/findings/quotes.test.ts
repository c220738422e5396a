import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { note, project } from '../../tests/support/fixtures';
import { isQuotable, pickQuotes } from './quotes';

const pid = project().id;

describe('pickQuotes', () => {
  it('never picks a flagged note, whatever the flags, votes, lengths and preferences', () => {
    const noteArb = fc.record({
      text: fc.string({ minLength: 1, maxLength: 300 }),
      votes: fc.nat(20),
      session: fc.constantFrom('a', 'b', 'c'),
      sensitive: fc.boolean(),
      doNotQuote: fc.boolean(),
      culturalProtocol: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(noteArb, { maxLength: 30 }), fc.nat(6), fc.boolean(), (specs, max, preferAll) => {
        const notes = specs.map((s, i) =>
          note(
            pid,
            s.session,
            s.text,
            {
              votes: s.votes,
              flags: { sensitive: s.sensitive, doNotQuote: s.doNotQuote, culturalProtocol: s.culturalProtocol },
            },
            `n${i}`,
          ),
        );
        const picked = pickQuotes(notes, { max, preferred: preferAll ? notes.map((n) => n.id) : [] });
        expect(picked.length).toBeLessThanOrEqual(max);
        for (const p of picked) expect(isQuotable(p)).toBe(true);
        expect(new Set(picked.map((p) => p.id)).size).toBe(picked.length);
      }),
    );
  });

  it('prefers the user’s choice, then voted notes of readable length from different groups', () => {
    const notes = [
      note(pid, 's1', 'ok', {}, 'short'),
      note(pid, 's1', 'A readable note about the dark park paths in winter', { votes: 5 }, 'voted'),
      note(pid, 's1', 'Another readable note from the same session about lights', { votes: 4 }, 'same-session'),
      note(pid, 's2', 'A readable note from another group about the bus shelter', { votes: 1 }, 'other-group'),
      note(pid, 's2', 'The one the facilitator chose as the best quote of all', {}, 'chosen'),
    ];
    const groupOfSession = (s: string) => (s === 's1' ? 'g1' : 'g2');
    const picked = pickQuotes(notes, { max: 3, preferred: ['chosen'], groupOfSession }).map((n) => n.id);
    expect(picked[0]).toBe('chosen');
    expect(picked).toContain('voted');
    expect(picked).not.toContain('short');
  });
});

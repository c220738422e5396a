import { describe, expect, it } from 'vitest';
import { note, project } from '../../tests/support/fixtures';
import { breadthSummary, flagWords, recordedLine, whyNotQuotable } from './findingText';

const pid = project().id;
const flagged = (flags: Partial<{ sensitive: boolean; doNotQuote: boolean; culturalProtocol: boolean }>) =>
  note(pid, 's', 'text', { flags: { sensitive: false, doNotQuote: false, culturalProtocol: false, ...flags } });

describe('flagWords and whyNotQuotable', () => {
  it('names every flag, do-not-quote first, and gives the strictest as the reason a note cannot be quoted', () => {
    const all = flagged({ sensitive: true, doNotQuote: true, culturalProtocol: true });
    expect(flagWords(all)).toEqual(['do not quote', 'sensitive', 'cultural protocol']);
    expect(whyNotQuotable(all)).toBe('do not quote');
    expect(whyNotQuotable(flagged({ sensitive: true, culturalProtocol: true }))).toBe('sensitive');
    expect(whyNotQuotable(flagged({ culturalProtocol: true }))).toBe('cultural protocol');
  });

  it('has no words for a note without flags', () => {
    expect(flagWords(flagged({}))).toEqual([]);
    expect(whyNotQuotable(flagged({}))).toBe('');
  });
});

describe('breadthSummary', () => {
  it('capitalises the breadth, names the groups and counts the notes in the singular and the plural', () => {
    expect(breadthSummary({ groupIds: ['a', 'b'], sessionCount: 3, noteCount: 4 }, ['Youth', 'Seniors'], 5)).toBe(
      'Heard in 2 of 5 groups, 3 sessions (Youth, Seniors); 4 notes.',
    );
    expect(breadthSummary({ groupIds: ['a'], sessionCount: 1, noteCount: 1 }, ['Youth'], 1)).toBe(
      'Heard in 1 of 1 group, 1 session (Youth); 1 note.',
    );
  });

  it('leaves out the brackets when no group is named', () => {
    expect(breadthSummary({ groupIds: [], sessionCount: 2, noteCount: 2 }, [], 0)).toBe(
      'Heard in 2 sessions; 2 notes.',
    );
  });
});

describe('recordedLine', () => {
  it('gives the day the response was recorded, and by whom when a name was given', () => {
    expect(recordedLine({ recordedBy: 'Sam', recordedAt: '2026-03-14T10:20:00.000Z' })).toBe(
      'Recorded by Sam on 2026-03-14.',
    );
    expect(recordedLine({ recordedBy: '', recordedAt: '2026-03-14T10:20:00.000Z' })).toBe('Recorded on 2026-03-14.');
  });
});

import { describe, expect, it } from 'vitest';
import { finding, note, project, theme } from '../../tests/support/fixtures';
import {
  agenciesOf,
  draftOf,
  ideasOf,
  inputOfDraft,
  MAX_QUOTE_CHOICES,
  quoteChoicesOf,
  themeChoicesOf,
  toggled,
} from './findingDraft';

const p = project();
const pid = p.id;
const quiet = { sensitive: false, doNotQuote: false, culturalProtocol: false };

describe('draftOf', () => {
  it('starts a new finding empty, with no priority', () => {
    expect(draftOf(undefined)).toEqual({
      statement: '',
      kind: '',
      priority: '',
      themeIds: [],
      quoteIds: [],
      actions: [],
      measures: [],
    });
  });

  it('starts from the finding being edited, its priority as the number field shows it', () => {
    const f = finding(pid, { statement: 'Lighting', kind: 'issue', priority: 2, themeIds: ['t'], quoteNoteIds: ['n'] });
    expect(draftOf(f)).toMatchObject({ statement: 'Lighting', kind: 'issue', priority: '2', themeIds: ['t'] });
    expect(draftOf(f).quoteIds).toEqual(['n']);
    expect(draftOf(finding(pid, { priority: null })).priority).toBe('');
  });
});

describe('toggled', () => {
  it('adds a value once and removes it, keeping the order', () => {
    expect(toggled(['a', 'b'], 'c', true)).toEqual(['a', 'b', 'c']);
    expect(toggled(['a', 'b'], 'a', true)).toEqual(['a', 'b']);
    expect(toggled(['a', 'b', 'c'], 'b', false)).toEqual(['a', 'c']);
  });
});

describe('themeChoicesOf', () => {
  it('offers the ranked themes, then chosen themes the ranking no longer lists, by name or id', () => {
    const gone = theme(pid, 'Old name');
    const choices = themeChoicesOf({ ranking: [{ themeId: 'r1', name: 'Ranked' }] as never }, { themes: [gone] }, [
      'r1',
      gone.id,
      'missing',
    ]);
    expect(choices).toEqual([
      { id: 'r1', name: 'Ranked' },
      { id: gone.id, name: 'Old name' },
      { id: 'missing', name: 'missing' },
    ]);
  });
});

describe('quoteChoicesOf', () => {
  it('lists quotable notes first, then by votes, and shows at most the cap', () => {
    const flaggedTop = note(pid, 's', 'flagged', { votes: 9, flags: { ...quiet, sensitive: true } });
    const low = note(pid, 's', 'low', { votes: 1 });
    const high = note(pid, 's', 'high', { votes: 5 });
    expect(quoteChoicesOf([flaggedTop, low, high]).shown.map((n) => n.text)).toEqual(['high', 'low', 'flagged']);

    const many = Array.from({ length: MAX_QUOTE_CHOICES + 5 }, (_, i) => note(pid, 's', `n${i}`));
    const { shown, total } = quoteChoicesOf(many);
    expect(shown).toHaveLength(MAX_QUOTE_CHOICES);
    expect(total).toBe(MAX_QUOTE_CHOICES + 5);
  });
});

describe('ideasOf and agenciesOf', () => {
  it('offers each quotable note of an action kind once, and each agency the findings name once', () => {
    const withKinds = {
      project: {
        ...p,
        kinds: [
          { id: 'ideas', name: 'Ideas for action', color: '#000000' },
          { id: 'issues', name: 'Issues', color: '#000000' },
        ],
      },
    } as never;
    const evidence = [
      note(pid, 's', ' More lights ', { kind: 'ideas' }),
      note(pid, 's', 'More lights', { kind: 'ideas' }),
      note(pid, 's', 'Hidden idea', { kind: 'ideas', flags: { ...quiet, doNotQuote: true } }),
      note(pid, 's', 'Dark streets', { kind: 'issues' }),
    ];
    expect(ideasOf(withKinds, evidence)).toEqual(['More lights']);

    const action = (lead: string, partners: string[]) => ({ text: 'x', lead, partners, timeframe: null }) as never;
    const findings = [
      finding(pid, { actions: [action('City', ['Police', ''])] }),
      finding(pid, { actions: [action('', ['City'])] }),
    ];
    expect(agenciesOf({ findings })).toEqual(['City', 'Police']);
  });
});

describe('inputOfDraft', () => {
  const a = note(pid, 's', 'a');
  const b = note(pid, 's', 'b');

  it('refuses a blank statement with a message saying what to write', () => {
    const planned = inputOfDraft({ ...draftOf(undefined), statement: '   ' }, [], undefined);
    expect(planned).toEqual({ problem: expect.stringContaining('statement') });
  });

  it('takes every note of the chosen themes as evidence and keeps only quotes among them', () => {
    const draft = {
      ...draftOf(undefined),
      statement: 'S',
      themeIds: ['t'],
      quoteIds: [b.id, 'elsewhere'],
      priority: ' ',
    };
    const planned = inputOfDraft(draft, [a, b], undefined);
    expect(planned).toEqual({
      input: expect.objectContaining({
        evidenceNoteIds: [a.id, b.id],
        quoteNoteIds: [b.id],
        priority: null,
        kind: null,
      }),
    });
  });

  it('keeps the evidence of a finding written by hand, and reads the priority as a number', () => {
    const existing = finding(pid, { evidenceNoteIds: [a.id] });
    const planned = inputOfDraft({ ...draftOf(existing), statement: 'S', priority: '3', kind: 'k' }, [], existing);
    expect(planned).toEqual({
      input: expect.objectContaining({ evidenceNoteIds: [a.id], priority: 3, kind: 'k' }),
    });
  });
});

import { describe, expect, it } from 'vitest';
import { NOW, SECRET, group, note, question, session, smallProject } from '../../tests/support/fixtures';
import { buildFindingsDocument } from '../findings/document';
import { liveSnapshot, type FindingsSnapshot } from '../findings/snapshot';
import { planExport } from '../privacy/plan';
import { buildDeck, type NotHeardSlide, type ThemeSlide } from './deck';
import { WORKSHOP_GROUP_NAME } from '../findings/workshopGroups';
import { voteNoteText } from './votes';

function deckOf(snapshot: FindingsSnapshot, level: 'session' | 'master' = 'session') {
  const plan = planExport(liveSnapshot(snapshot), { scan: { names: false } });
  const doc = buildFindingsDocument(plan, { now: NOW, level });
  return { doc, deck: buildDeck(doc) };
}

const themeSlides = (deck: ReturnType<typeof buildDeck>) =>
  deck.slides.filter((s): s is ThemeSlide => s.kind === 'theme');
const notHeard = (deck: ReturnType<typeof buildDeck>) =>
  deck.slides.find((s): s is NotHeardSlide => s.kind === 'not-heard')!;

/** The small project plus a council workshop session that put `votes` dots on one theme. */
function withWorkshopVotes(themeId: (ids: ReturnType<typeof smallProject>['ids']) => string, votes: number) {
  const { snapshot, ids } = smallProject();
  const pid = snapshot.project.id;
  const council = group(pid, WORKSHOP_GROUP_NAME, 9);
  const workshop = session(pid, 'Council workshop', council.id, { status: 'running' });
  const vote = note(pid, workshop.id, voteNoteText('theme'), {
    themeId: themeId(ids),
    votes,
    flags: { sensitive: false, doNotQuote: true, culturalProtocol: false },
  });
  return {
    ids: { ...ids, council: council.id, vote: vote.id },
    snapshot: {
      ...snapshot,
      groups: [...snapshot.groups, council],
      sessions: [...snapshot.sessions, workshop],
      notes: [...snapshot.notes, vote],
    },
  };
}

describe('buildDeck', () => {
  it('has a title, one slide per theme in priority order, who is not heard yet, and the priorities', () => {
    const { snapshot, ids } = smallProject();
    const { deck } = deckOf(snapshot);
    expect(deck.slides.map((s) => s.kind)).toEqual(['title', 'theme', 'theme', 'theme', 'not-heard', 'priorities']);
    expect(themeSlides(deck).map((s) => s.themeId)).toEqual([ids.lighting, ids.transit, ids.youthSpaces]);
    const lighting = themeSlides(deck)[0]!;
    expect(lighting.statement).toBe('Poor lighting keeps young people and seniors off paths and transit after dark.');
    expect(lighting.breadth).toBe('heard in 1 of 2 groups, 1 session');
    expect(lighting.groups).toEqual([{ groupId: ids.youth, name: 'Youth', notes: 4 }]);
    expect(lighting.votes).toBe(17);
    expect(deck.slides.every((s) => s.notes.length > 0)).toBe(true);
  });

  it('never puts a do-not-quote, sensitive or cultural-protocol note on a slide', () => {
    const { snapshot, ids } = smallProject();
    const { deck } = deckOf(snapshot);
    const quoted = themeSlides(deck).flatMap((s) => s.quotes);
    expect(quoted.length).toBeGreaterThan(0);
    for (const id of [ids.doNotQuoteNote, ids.sensitiveNote, ids.culturalNote])
      expect(quoted.map((q) => q.noteId)).not.toContain(id);
    const text = JSON.stringify(deck);
    for (const secret of Object.values(SECRET)) expect(text).not.toContain(secret);
    // Quotes are attributed to a group, never to a speaker code.
    expect(quoted.every((q) => /focus group/.test(q.attribution) && !/\bP\d\b/.test(q.attribution))).toBe(true);
  });

  it('drops a quote the document offers when its note is flagged, withheld or absent', () => {
    const { snapshot, ids } = smallProject();
    const { doc } = deckOf(snapshot);
    const flagged = doc.notes.find((n) => n.id === ids.doNotQuoteNote)!;
    const withheld = doc.notes.find((n) => n.id === ids.sensitiveNote)!;
    const forged = {
      ...doc,
      ranking: doc.ranking.map((r, i) =>
        i === 0
          ? {
              ...r,
              quotes: [
                {
                  noteId: flagged.id,
                  text: flagged.text,
                  sessionId: flagged.sessionId,
                  groupId: null,
                  participantCode: null,
                },
                {
                  noteId: withheld.id,
                  text: withheld.text,
                  sessionId: withheld.sessionId,
                  groupId: null,
                  participantCode: null,
                },
                {
                  noteId: 'gone',
                  text: 'not in the document',
                  sessionId: flagged.sessionId,
                  groupId: null,
                  participantCode: null,
                },
              ],
            }
          : r,
      ),
    };
    expect(themeSlides(buildDeck(forged))[0]!.quotes).toEqual([]);
  });

  it('lists groups with no session, groups and questions with thin evidence', () => {
    const { snapshot } = smallProject();
    const pid = snapshot.project.id;
    const unasked = question(pid, 'Who else should we talk to?', 3);
    const { deck } = deckOf({ ...snapshot, questions: [...snapshot.questions, unasked] });
    const slide = notHeard(deck);
    expect(slide.noSession).toEqual(['Business', 'Faith groups']);
    expect(slide.thinQuestions.map((q) => [q.text, q.notes])).toEqual([['Who else should we talk to?', 0]]);
    expect(slide.thinGroups).toEqual([]);
  });

  it('counts workshop votes in the priorities without making the council a group that raised the theme', () => {
    const before = deckOf(smallProject().snapshot).deck;
    expect(before.priorities.map((p) => p.name)).toEqual(['Street lighting', 'Transit safety', 'Places for youth']);

    const { snapshot, ids } = withWorkshopVotes((i) => i.youthSpaces, 30);
    const { deck } = deckOf(snapshot);
    expect(deck.priorities[0]).toMatchObject({ themeId: ids.youthSpaces, rank: 1, votes: 33, workshopVotes: 30 });
    const youthSpaces = themeSlides(deck)[0]!;
    expect(youthSpaces.themeId).toBe(ids.youthSpaces);
    expect(youthSpaces.groups.map((g) => g.name)).toEqual(['Youth']);
    expect(youthSpaces.breadth).toBe('heard in 1 of 2 groups, 1 session');
    expect(youthSpaces.quotes.map((q) => q.noteId)).not.toContain(ids.vote);
    const slide = notHeard(deck);
    expect([...slide.noSession, ...slide.thinGroups.map((g) => g.name)]).not.toContain(WORKSHOP_GROUP_NAME);
    const priorities = deck.slides.at(-1)!;
    expect(priorities.kind === 'priorities' && priorities.bars.map((b) => b.workshopVotes)).toEqual([30, 0, 0]);
  });

  it('reports master themes at master level, with no slide for a master theme nobody raised', () => {
    const { snapshot, ids } = smallProject();
    const { deck } = deckOf(snapshot, 'master');
    expect(themeSlides(deck).map((s) => s.themeId)).toEqual([ids.masterSafety]);
    expect(themeSlides(deck)[0]!.groups.map((g) => g.name)).toEqual(['Youth', 'Seniors']);
  });

  it('follows the plan: a do-not-quote note dropped by the flag policy is nowhere in the deck', () => {
    const { snapshot, ids } = smallProject();
    const plan = planExport(liveSnapshot(snapshot), { scan: { names: false }, flags: { doNotQuote: 'drop' } });
    const deck = buildDeck(buildFindingsDocument(plan, { now: NOW }));
    expect(JSON.stringify(deck)).not.toContain(ids.doNotQuoteNote);
    expect(themeSlides(deck)[0]!.groups).toEqual([{ groupId: ids.youth, name: 'Youth', notes: 3 }]);
  });
});

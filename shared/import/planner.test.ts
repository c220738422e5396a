import { describe, expect, it } from 'vitest';
import { group, participant, project, question, session } from '../../tests/support/fixtures';
import { translator } from '../i18n/translate';
import { describeColumns, guessMapping, readFlag } from './columns';
import {
  createNotePlanner,
  MAX_PROBLEMS_KEPT,
  planNoteImport,
  questionFinder,
  type ImportContext,
  type PlanOptions,
} from './planner';

function context(): ImportContext & { ids: { library: string; p1: string; seniors: string; youth: string } } {
  const p = project();
  const seniors = group(p.id, 'Seniors', 1);
  const youth = group(p.id, 'Youth', 2);
  const library = session(p.id, 'Seniors – Library', seniors.id);
  const p1 = participant(p.id, library.id, 'P1');
  const gone = participant(p.id, library.id, 'P9', { consent: 'withdrawn' });
  return {
    project: p,
    groups: [seniors, youth],
    sessions: [library],
    questions: [
      question(p.id, 'What helps people feel safe and supported?', 1),
      question(p.id, 'What are the biggest safety issues where you live?', 2),
      question(p.id, 'What could the city do differently?', 3),
    ],
    participants: [p1, gone],
    ids: { library: library.id, p1: p1.id, seniors: seniors.id, youth: youth.id },
  };
}

const plan = (header: string[], rows: string[][], options: PlanOptions, ctx = context()) =>
  planNoteImport({ rows, lines: rows.map((_, i) => i + 2) }, guessMapping(header), ctx, options);

describe('planNoteImport', () => {
  it('matches sessions, questions, kinds, speakers and flags, and plans what the project lacks', () => {
    const ctx = context();
    const preview = plan(
      ['Text', 'Session', 'Question', 'Speaker', 'Kind', 'Group', 'Sensitive', 'Do-not-quote', 'cultural_protocol'],
      [
        ['Lights on the path', 'seniors – library', '2', 'p1', 'Issue or priority', 'Seniors', 'yes', '', 'no'],
        ['Skate park is great', 'Youth night', 'Q3', 'P1', 'asset', 'Youth', 'N', 'X', '0'],
        ['More youth workers', 'Youth night', '', 'P2', 'Idea for action', '', 'false', '✓', 'TRUE'],
        ['', '', '', '', '', '', '', '', ''],
        ['=1+1 is what they wrote', '', '', '', '', '', '', '', ''],
      ],
      { defaultSession: { title: 'Loose notes' } },
      ctx,
    );
    expect(preview.problems).toEqual([]);
    expect(preview.problemCount).toBe(0);
    expect(preview.blankRows).toBe(1);
    expect(preview.formulaLike).toBe(1);
    expect(preview.warnings).toEqual([
      '1 empty row was skipped.',
      '1 note starts with =, +, - or @: imported as plain text, never calculated.',
    ]);
    expect(preview.plan.sessions.map((s) => [s.title, s.groupId])).toEqual([
      ['Youth night', ctx.ids.youth],
      ['Loose notes', null],
    ]);
    expect(preview.plan.participants.map((p) => p.code)).toEqual(['P1', 'P2']);
    const [lights, skate, workers] = preview.plan.notes;
    expect(lights).toMatchObject({
      sessionId: ctx.ids.library,
      participantId: ctx.ids.p1,
      kind: 'issue',
      questionId: ctx.questions[1]!.id,
      flags: { sensitive: true, doNotQuote: false, culturalProtocol: false },
    });
    expect(skate).toMatchObject({ kind: 'asset', sessionId: preview.plan.sessions[0]!.id });
    expect(skate!.flags).toEqual({ sensitive: false, doNotQuote: true, culturalProtocol: false });
    expect(workers!.flags).toEqual({ sensitive: false, doNotQuote: true, culturalProtocol: true });
    // P1 in a new session is a new participant, not the P1 of the library session.
    expect(skate!.participantId).not.toBe(ctx.ids.p1);
  });

  it('lists every row that cannot be imported, by line, and plans nothing from them', () => {
    const ctx = context();
    const preview = plan(
      ['Note', 'Session', 'Question', 'Speaker', 'Category', 'Stakeholder group', 'Sensitive'],
      [
        ['', 'Seniors – Library', '', 'P1', '', '', ''],
        ['ok', '', 'What is the weather?', '', '', '', ''],
        ['ok', '', '', '', 'Gossip', '', ''],
        ['ok', '', '', '', '', 'Martians', ''],
        ['ok', 'Seniors – Library', '', '', '', 'Youth', ''],
        ['ok', 'Seniors – Library', '', 'P9', '', '', ''],
        ['ok', '', '', 'A-very-long-speaker-code', '', '', ''],
        ['ok', 'Brand new', '', 'P4', '', '', 'maybe'],
        ['x'.repeat(50_001), '', '', '', '', '', ''],
      ],
      { defaultSession: { sessionId: ctx.ids.library } },
      ctx,
    );
    expect(preview.problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      '2: the note text is empty',
      '3: question “What is the weather?” is not in the discussion guide',
      expect.stringMatching(/^4: “Gossip” is not one of the project’s kinds \(Issue or priority, /),
      '5: there is no stakeholder group “Martians” in this project (add it in Setup, or fix the cell)',
      '6: session “Seniors – Library” belongs to Seniors, not Youth',
      '7: speaker P9 withdrew consent; their notes cannot be imported',
      '8: speaker code “A-very-long-speaker-…” is longer than 16 characters',
      '9: “maybe” in the Sensitive column is not yes or no',
      '10: the note is 50,001 characters; a note holds at most 50,000',
    ]);
    // A row with a problem brings in nothing: no session "Brand new", no participant P4.
    expect(preview.plan).toMatchObject({ sessions: [], participants: [], notes: [] });
  });

  it('says what is wrong with a row, and what to know, in the language it is given', () => {
    const ctx = context();
    const preview = plan(
      ['Text', 'Question', 'Sensitive'],
      [
        ['', '2', ''],
        ['ok', 'Q9', ''],
        ['ok', '', 'peut-être'],
        ['', '', ''],
      ],
      { defaultSession: { sessionId: ctx.ids.library }, translator: translator('fr-CA') },
      ctx,
    );
    expect(preview.problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      '2: le texte de la note est vide',
      '3: la question «\u00a0Q9\u00a0» n’est pas dans le guide de discussion',
      '4: «\u00a0peut-être\u00a0» dans la colonne Sensible n’est ni oui ni non',
    ]);
    expect(preview.warnings).toEqual(['1 ligne vide a été ignorée.']);
  });

  it('refuses a title two sessions share, and one new session given two groups', () => {
    const ctx = context();
    ctx.sessions = [...ctx.sessions, session(ctx.project.id, 'Seniors – library', null)];
    const preview = plan(
      ['Text', 'Session', 'Group'],
      [
        ['a', 'Seniors – Library', ''],
        ['b', 'Market day', 'Youth'],
        ['c', 'Market day', 'Seniors'],
      ],
      { defaultSession: { title: 'x' } },
      ctx,
    );
    expect(preview.problems.map((p) => p.message)).toEqual([
      '2 sessions are called “Seniors – Library”; rename one first',
      'session “Market day” is given two different stakeholder groups in this file',
    ]);
  });

  it('puts rows without a session into the default: an existing session by title, or a new one in the default group', () => {
    const ctx = context();
    const existing = plan(['Text'], [['a'], ['b']], { defaultSession: { title: 'SENIORS – LIBRARY ' } }, ctx);
    expect(existing.plan.sessions).toEqual([]);
    expect(existing.plan.notes.map((n) => n.sessionId)).toEqual([ctx.ids.library, ctx.ids.library]);
    const made = plan(
      ['Text'],
      [['a'], ['b']],
      { defaultSession: { title: 'Evening walk' }, newSessionGroupId: ctx.ids.seniors },
      ctx,
    );
    expect(made.plan.sessions).toEqual([{ id: expect.any(String), title: 'Evening walk', groupId: ctx.ids.seniors }]);
    expect(new Set(made.plan.notes.map((n) => n.sessionId))).toEqual(new Set([made.plan.sessions[0]!.id]));
  });

  it('asks for the text column when none is mapped', () => {
    const preview = plan(['A', 'B'], [['x', 'y']], { defaultSession: { title: 'x' } });
    expect(preview.problems).toEqual([{ line: 1, message: 'choose the column that holds the note text' }]);
    expect(preview.plan.notes).toEqual([]);
  });
});

describe('createNotePlanner, a row at a time', () => {
  it('hands each new session and participant over once, with the first note that needs it', () => {
    const ctx = context();
    const planner = createNotePlanner(ctx, guessMapping(['Text', 'Session', 'Speaker']), {
      defaultSession: { title: 'x' },
    });
    const first = planner.add(['one', 'Harbour', 'P1'], 2)!;
    const second = planner.add(['two', 'harbour', 'p1'], 3)!;
    expect(first.newSession?.title).toBe('Harbour');
    expect(first.newParticipant).toMatchObject({ sessionId: first.newSession!.id, code: 'P1' });
    expect(second).toMatchObject({ newSession: null, newParticipant: null });
    expect(second.note).toMatchObject({
      sessionId: first.newSession!.id,
      participantId: first.newParticipant!.id,
    });
    expect(planner.totals()).toMatchObject({ notes: 2, problemCount: 0 });
  });

  it('keeps the first problems and counts the rest, so a bad file of any size uses bounded memory', () => {
    const planner = createNotePlanner(context(), guessMapping(['Text', 'Kind']), { defaultSession: { title: 'x' } });
    for (let line = 2; line < MAX_PROBLEMS_KEPT + 502; line++) planner.add(['note', 'Gossip'], line);
    const totals = planner.totals();
    expect(totals.problemCount).toBe(MAX_PROBLEMS_KEPT + 500);
    expect(totals.problems).toHaveLength(MAX_PROBLEMS_KEPT);
    expect(totals.problems[0]!.line).toBe(2);
  });
});

describe('columns', () => {
  it('finds columns by any of their names, whatever the case and separators', () => {
    const mapping = guessMapping(['Comment', 'FOCUS_GROUP', 'Participant Code', 'Type', 'Do-Not-Quote', 'Extra']);
    expect(mapping).toMatchObject({ text: 0, session: 1, speaker: 2, kind: 3, doNotQuote: 4, question: null });
    expect(guessMapping(['Stakeholder Group', 'What was said', 'Speaker_Code', 'Q', 'Category', 'Session'])).toEqual({
      text: 1,
      session: 5,
      question: 3,
      speaker: 2,
      kind: 4,
      group: 0,
      sensitive: null,
      doNotQuote: null,
      culturalProtocol: null,
    });
    expect(guessMapping(['Comments'])).toMatchObject({ text: 0, session: null });
    expect(guessMapping(['Whatever'])).toMatchObject({ text: 0 });
  });

  it('finds the columns of a file made in French', () => {
    const header = [
      'Texte',
      'Séance',
      'Question',
      'Personne',
      'Catégorie',
      'Groupe d’intérêt',
      'Sensible',
      'Ne pas citer',
      'Protocole culturel',
    ];
    expect(guessMapping(header)).toEqual({
      text: 0,
      session: 1,
      question: 2,
      speaker: 3,
      kind: 4,
      group: 5,
      sensitive: 6,
      doNotQuote: 7,
      culturalProtocol: 8,
    });
  });

  it('reads yes and no words, and nothing else, as a flag', () => {
    expect(['yes', 'Y', 'TRUE', '1', 'x', '✓'].map(readFlag)).toEqual([true, true, true, true, true, true]);
    expect(['no', 'N', 'False', '0', '', '  '].map(readFlag)).toEqual([false, false, false, false, false, false]);
    expect(['Oui', 'VRAI'].map(readFlag)).toEqual([true, true]);
    expect(['non', 'Faux'].map(readFlag)).toEqual([false, false]);
    expect(['maybe', 'peut-être', '2', 'o'].map(readFlag)).toEqual([null, null, null, null]);
  });

  it('describes every column and the flag words for a help text', () => {
    const help = describeColumns();
    for (const heading of ['Text', 'Session', 'Question', 'Speaker', 'Kind', 'Group', 'Sensitive', 'Do not quote']) {
      expect(help).toMatch(new RegExp(`^  ${heading} `, 'm'));
    }
    expect(help).toContain('also headed: note, notes');
    expect(help).toContain('yes (yes, y, true, 1, x, ✓, oui, vrai)');
  });
});

describe('questionFinder', () => {
  it('finds a question by its number or its text', () => {
    const find = questionFinder(context().questions);
    expect(find('1')?.text).toMatch(/safe and supported/);
    expect(find('Question 2')?.text).toMatch(/biggest safety/);
    expect(find('q3.')?.order).toBe(3);
    expect(find('  what helps people feel safe and supported? ')?.order).toBe(1);
    expect(find('9')).toBeUndefined();
  });
});

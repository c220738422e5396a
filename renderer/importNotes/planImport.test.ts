import { describe, expect, it } from 'vitest';
import { createProject } from '../data/commands/projects';
import { addParticipant, createSession, withdrawConsent } from '../data/commands/sessions';
import { importNotes } from '../data/commands/findings';
import { getProject, listGroups, listProjectParticipants, listQuestions, listSessions } from '../data/queries';
import { freshRunner } from '../data/testing';
import type { FieldnotesDb } from '../data/db';
import { guessMapping } from './columns';
import type { ImportTable } from './importTable';
import { planImport, questionFinder, type ImportContext } from './planImport';

function table(header: string[], rows: string[][]): ImportTable {
  return {
    header,
    rows,
    lines: rows.map((_, i) => i + 2),
    lineWord: 'line',
    source: { kind: 'csv', encoding: 'utf-8', detected: true },
    formulaResults: 0,
  };
}

async function context(db: FieldnotesDb, projectId: string): Promise<ImportContext> {
  return {
    project: (await getProject(db, projectId))!,
    sessions: await listSessions(db, projectId),
    groups: await listGroups(db, projectId),
    questions: await listQuestions(db, projectId),
    participants: await listProjectParticipants(db, projectId),
  };
}

async function setup() {
  const { db, runner } = freshRunner();
  const project = await createProject(runner, { name: 'Plan', templateId: 'community-safety-plan' });
  const groups = await listGroups(db, project.id);
  const seniors = groups.find((g) => g.name === 'Seniors')!;
  const session = await createSession(runner, project.id, { title: 'Seniors – Library', groupId: seniors.id });
  return { db, runner, project, session, seniors };
}

describe('planImport', () => {
  it('matches sessions, questions, kinds and speakers, and creates what the project lacks', async () => {
    const { db, runner, project, session } = await setup();
    await addParticipant(runner, session.id, { code: 'P1' });
    const t = table(
      ['Text', 'Session', 'Question', 'Speaker', 'Kind', 'Group'],
      [
        ['Lights on the path', 'seniors – library', '2', 'p1', 'Issue or priority', 'Seniors'],
        ['Skate park is great', 'Youth night', 'Q3', 'P1', 'asset', 'Youth'],
        ['More youth workers', 'Youth night', '', 'P2', 'Idea for action', ''],
        ['', '', '', '', '', ''],
        ['=1+1 is what they wrote', '', '', '', '', ''],
      ],
    );
    const preview = planImport(t, guessMapping(t.header), await context(db, project.id), { newTitle: 'Loose notes' });
    expect(preview.problems).toEqual([]);
    expect(preview.blankRows).toBe(1);
    expect(preview.formulaLike).toBe(1);
    expect(preview.plan.sessions.map((s) => s.title)).toEqual(['Youth night', 'Loose notes']);
    expect(preview.plan.participants.map((p) => p.code)).toEqual(['P1', 'P2']);
    const [first, second] = preview.plan.notes;
    expect(first).toMatchObject({ sessionId: session.id, kind: 'issue' });
    expect(first!.participantId).not.toBeNull();
    expect(second).toMatchObject({ kind: 'asset', sessionId: preview.plan.sessions[0]!.id });

    await importNotes(runner, preview.plan);
    expect(await db.notes.count()).toBe(4);
    expect((await listSessions(db, project.id)).map((s) => s.title).sort()).toEqual([
      'Loose notes',
      'Seniors – Library',
      'Youth night',
    ]);
  });

  it('lists every row that cannot be imported, by line, and plans nothing the user could miss', async () => {
    const { db, runner, project, session } = await setup();
    const gone = await addParticipant(runner, session.id, { code: 'P9' });
    await withdrawConsent(runner, gone.id);
    const t = table(
      ['Note', 'Session', 'Question', 'Speaker', 'Category', 'Stakeholder group'],
      [
        ['', 'Seniors – Library', '', 'P1', '', ''],
        ['ok', '', 'What is the weather?', '', '', ''],
        ['ok', '', '', '', 'Gossip', ''],
        ['ok', '', '', '', '', 'Martians'],
        ['ok', 'Seniors – Library', '', '', '', 'Youth'],
        ['ok', 'Seniors – Library', '', 'P9', '', ''],
        ['ok', '', '', 'A-very-long-speaker-code', '', ''],
      ],
    );
    const preview = planImport(t, guessMapping(t.header), await context(db, project.id), { sessionId: session.id });
    expect(preview.problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      '2: the note text is empty',
      '3: question “What is the weather?” is not in the discussion guide',
      expect.stringMatching(/^4: “Gossip” is not one of the project’s kinds \(Issue or priority, /),
      '5: there is no stakeholder group “Martians” in this project (add it in Setup, or fix the cell)',
      '6: session “Seniors – Library” belongs to Seniors, not Youth',
      '7: speaker P9 withdrew consent; their notes cannot be imported',
      '8: speaker code “A-very-long-speaker-…” is longer than 16 characters',
    ]);
  });

  it('asks for the text column when none is mapped', async () => {
    const { db, project, session } = await setup();
    const t = table(['A', 'B'], [['x', 'y']]);
    const preview = planImport(t, guessMapping(t.header), await context(db, project.id), { sessionId: session.id });
    expect(preview.problems).toEqual([{ line: 1, message: 'choose the column that holds the note text' }]);
  });

  it('finds a question by its number or its text', async () => {
    const { db, project } = await setup();
    const find = questionFinder(await listQuestions(db, project.id));
    expect(find('1')?.text).toMatch(/safe and healthy/);
    expect(find('Question 2')?.text).toMatch(/biggest safety/);
    expect(find('  what in the community already helps people feel safe and supported? ')?.order).toBeDefined();
    expect(find('9')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { DEVICE_ID_PATTERN, newDeviceId, newId, UUID_PATTERN } from './ids';
import {
  memoSchema,
  noteSchema,
  projectSchema,
  questionSchema,
  recordSchemas,
  sessionSchema,
  TABLE_NAMES,
} from './schemas';
import { COMMUNITY_SAFETY_PLAN, findTemplate, PROJECT_TEMPLATES } from '../templates/communitySafetyPlan';

const stamp = { createdAt: '2026-11-26T06:00:00.000Z', updatedAt: '2026-11-26T06:00:00.000Z' };

describe('ids', () => {
  it('makes time-ordered UUID v7 and device ids', () => {
    const a = newId(1_000);
    const b = newId(2_000);
    expect(a).toMatch(UUID_PATTERN);
    expect(a.slice(14, 15)).toBe('7');
    expect(a < b).toBe(true);
    expect(newDeviceId()).toMatch(DEVICE_ID_PATTERN);
    expect(new Set(Array.from({ length: 1000 }, () => newId())).size).toBe(1000);
  });
});

describe('schemas', () => {
  it('fills defaults so a minimal note is a whole record', () => {
    const note = noteSchema.parse({ id: 'n', projectId: 'p', sessionId: 's', text: 'hello', ...stamp });
    expect(note).toMatchObject({
      deleted: false,
      questionId: null,
      participantId: null,
      kind: null,
      themeId: null,
      flags: { sensitive: false, doNotQuote: false, culturalProtocol: false },
      votes: 0,
    });
  });

  it('rejects what a person should be told about', () => {
    expect(noteSchema.safeParse({ id: 'n', projectId: 'p', sessionId: 's', text: '', ...stamp }).success).toBe(false);
    expect(projectSchema.safeParse({ id: 'p', name: '  ', ...stamp }).error?.issues[0]?.message).toBe(
      'a project needs a name',
    );
    expect(
      questionSchema.safeParse({ id: 'q', projectId: 'p', text: 'Q?', order: 1, timeboxMinutes: 0, ...stamp }).success,
    ).toBe(false);
    expect(
      sessionSchema.safeParse({ id: 's', projectId: 'p', title: 'S', date: '26/11/2026', ...stamp }).error?.issues[0]
        ?.message,
    ).toBe('expected a date as YYYY-MM-DD');
  });

  it('has a schema for every synced table', () => {
    expect(TABLE_NAMES).toEqual([
      'projects',
      'groups',
      'questions',
      'sessions',
      'participants',
      'notes',
      'themes',
      'findings',
      'erasures',
      'codingPasses',
      'codings',
      'photos',
      'memos',
    ]);
    expect(Object.keys(recordSchemas)).toEqual(TABLE_NAMES);
  });

  it('reads a memo with its defaults, and refuses an empty or over-long memo', () => {
    const base = {
      id: 'm1',
      projectId: 'p1',
      createdAt: '2026-11-30T10:00:00.000Z',
      updatedAt: '2026-11-30T10:00:00.000Z',
      target: 'theme',
      targetId: 't1',
    };
    expect(memoSchema.parse({ ...base, text: ' Buses at night ' })).toMatchObject({
      text: 'Buses at night',
      title: '',
      sessionId: null,
      authorDeviceId: '',
      deleted: false,
    });
    expect(memoSchema.safeParse({ ...base, text: '   ' }).error?.issues[0]?.message).toBe('a memo cannot be empty');
    expect(memoSchema.safeParse({ ...base, text: 'x'.repeat(50_001) }).success).toBe(false);
    expect(memoSchema.safeParse({ ...base, target: 'finding', text: 'x' }).success).toBe(false);
  });
});

describe('templates', () => {
  it('carries the Community Safety Plan groups and framework categories', () => {
    expect(COMMUNITY_SAFETY_PLAN.groups.map((g) => g.name)).toEqual([
      'Business',
      'Social sector agencies',
      'Indigenous Peoples',
      'Faith groups',
      'Seniors',
      'Youth',
      'People with lived experience',
    ]);
    expect(COMMUNITY_SAFETY_PLAN.kinds.map((k) => k.name)).toEqual([
      'Issue or priority',
      'Local asset',
      'Risk factor',
      'Idea for action',
      'Measure of progress',
    ]);
    expect(findTemplate('blank')?.groups).toEqual([]);
    for (const template of PROJECT_TEMPLATES) {
      const project = projectSchema.parse({ id: 'p', name: template.name, kinds: template.kinds, ...stamp });
      expect(project.kinds).toHaveLength(template.kinds.length);
    }
  });
});

/** Sessions (one focus group each) and their pseudonymous participants. */
import { newId } from '../../../shared/domain/ids';
import type { Participant, Session, SessionStatus } from '../../../shared/domain/schemas';
import type { CommandLabel, CommandRunner } from '../commandRunner';
import { notesNamingParticipant } from '../erasure/apply';
import { DataError } from '../errors';

export type SessionInput = Pick<Session, 'title'> &
  Partial<Pick<Session, 'groupId' | 'date' | 'location' | 'facilitator' | 'noteTaker' | 'attendance' | 'consent'>>;

export function createSession(runner: CommandRunner, projectId: string, input: SessionInput): Promise<Session> {
  return runner.run({ id: 'commands.createSession', subject: 'session' }, async (ctx) => {
    await ctx.require('projects', projectId, 'project');
    if (input.groupId) await ctx.require('groups', input.groupId, 'stakeholder group');
    return ctx.insert('sessions', { ...input, id: newId(), projectId, status: 'planned', deviceId: ctx.deviceId });
  });
}

export function updateSession(
  runner: CommandRunner,
  sessionId: string,
  patch: Partial<SessionInput>,
): Promise<Session> {
  return runner.run({ id: 'commands.editSession', subject: 'session' }, (ctx) =>
    ctx.update('sessions', sessionId, patch),
  );
}

/** Running stamps the start time (once); closing stamps the end time. Reopening a closed session clears its end. */
export function setSessionStatus(runner: CommandRunner, sessionId: string, status: SessionStatus): Promise<Session> {
  const label: CommandLabel = {
    id:
      status === 'running'
        ? 'commands.startSession'
        : status === 'closed'
          ? 'commands.closeSession'
          : 'commands.replanSession',
    subject: 'session',
  };
  return runner.run(label, async (ctx) => {
    const session = await ctx.require('sessions', sessionId, 'session');
    const patch: Partial<Session> = { status };
    if (status === 'running') {
      patch.startedAt = session.startedAt ?? ctx.now;
      patch.endedAt = null;
    }
    if (status === 'closed') patch.endedAt = ctx.now;
    return ctx.update('sessions', sessionId, patch);
  });
}

export function deleteSession(runner: CommandRunner, sessionId: string): Promise<void> {
  return runner.run({ id: 'commands.deleteSession', subject: 'session' }, (ctx) => ctx.remove('sessions', sessionId));
}

/** The next free code for a session: P1, P2, ... (never reusing a code, even of a removed participant). */
export function nextParticipantCode(prefix: string, existing: Pick<Participant, 'code'>[]): string {
  const pattern = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\d+)$`);
  let highest = 0;
  for (const { code } of existing) {
    const match = pattern.exec(code);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `${prefix}${highest + 1}`;
}

export function addParticipant(
  runner: CommandRunner,
  sessionId: string,
  input: { code?: string; attributes?: Record<string, string>; consent?: Participant['consent'] } = {},
): Promise<Participant> {
  return runner.run({ id: 'commands.addParticipant', subject: 'participant' }, async (ctx) => {
    const session = await ctx.require('sessions', sessionId, 'session');
    const project = await ctx.require('projects', session.projectId, 'project');
    const existing = await ctx.db.participants.where('sessionId').equals(sessionId).toArray();
    const code = input.code?.trim() || nextParticipantCode(project.defaults.speakerPrefix, existing);
    if (existing.some((p) => !p.deleted && p.code.toLowerCase() === code.toLowerCase())) {
      throw new DataError('conflict', `Speaker code ${code} is already used in this session.`);
    }
    return ctx.insert('participants', {
      id: newId(),
      projectId: session.projectId,
      sessionId,
      code,
      attributes: input.attributes ?? {},
      consent: input.consent ?? 'given',
    });
  });
}

/** Most participants one “add” makes at once: a focus group, not a census. */
export const MAX_PARTICIPANTS_AT_ONCE = 50;

/**
 * Adds `count` participants with the next free codes (P4, P5, … after P3), all with the same attributes, in one
 * command: one write, one undo.
 */
export function addParticipants(
  runner: CommandRunner,
  sessionId: string,
  count: number,
  attributes: Record<string, string> = {},
): Promise<Participant[]> {
  if (!Number.isInteger(count) || count < 1 || count > MAX_PARTICIPANTS_AT_ONCE) {
    return Promise.reject(
      new DataError('invalid', `Add between 1 and ${MAX_PARTICIPANTS_AT_ONCE} participants at a time.`),
    );
  }
  return runner.run({ id: 'commands.addParticipants', subject: 'participant' }, async (ctx) => {
    const session = await ctx.require('sessions', sessionId, 'session');
    const project = await ctx.require('projects', session.projectId, 'project');
    const existing: Pick<Participant, 'code'>[] = await ctx.db.participants
      .where('sessionId')
      .equals(sessionId)
      .toArray();
    const added: Participant[] = [];
    for (let i = 0; i < count; i++) {
      const code = nextParticipantCode(project.defaults.speakerPrefix, existing);
      existing.push({ code });
      const participant = {
        id: newId(),
        projectId: session.projectId,
        sessionId,
        code,
        attributes,
        consent: 'given' as const,
      };
      added.push(await ctx.insert('participants', participant));
    }
    return added;
  });
}

export function updateParticipant(
  runner: CommandRunner,
  participantId: string,
  patch: Partial<Pick<Participant, 'code' | 'attributes' | 'consent'>>,
): Promise<Participant> {
  if (patch.consent === 'withdrawn') {
    return Promise.reject(new DataError('invalid', 'Use “withdraw consent”, which also erases the notes.'));
  }
  return runner.run({ id: 'commands.editParticipant', subject: 'participant' }, async (ctx) => {
    const participant = await ctx.require('participants', participantId, 'participant');
    if (participant.consent === 'withdrawn') {
      throw new DataError('invalid', `${participant.code} withdrew consent; their record can no longer change.`);
    }
    return ctx.update('participants', participantId, patch);
  });
}

/**
 * Consent withdrawn: an erasure (never undoable). Every note attributed to the participant — and any note another
 * device attributes to them later — loses its words on this device now and on every device that syncs, its
 * history included; the participant keeps only its code, marked withdrawn. Returns how many notes were live.
 */
export function withdrawConsent(runner: CommandRunner, participantId: string): Promise<number> {
  return runner.run(
    { id: 'commands.withdrawConsent', subject: 'participant' },
    async (ctx) => {
      const participant = await ctx.require('participants', participantId, 'participant');
      if (participant.consent === 'withdrawn') {
        throw new DataError('conflict', `${participant.code} has already withdrawn consent.`);
      }
      const noteIds = await notesNamingParticipant(ctx.db, participant.projectId, participantId);
      const notes = await ctx.db.notes.bulkGet(noteIds);
      const live = notes.filter((note) => note && !note.deleted).length;
      await ctx.erase({
        projectId: participant.projectId,
        reason: 'consent-withdrawn',
        participantId,
        records: noteIds.map((id) => ({ table: 'notes' as const, id })),
      });
      return live;
    },
    { undoable: false },
  );
}

/**
 * Findings and consolidation commands: write findings, map session themes to the project's master
 * themes, and import notes in bulk. Each is one `runner.run`, so it is one transaction, syncs, and undoes as a whole.
 *
 * The rules the commands enforce rather than trust the UI with:
 * - a note flagged do-not-quote, sensitive or cultural protocol is never stored as a quote (quotes.ts says why);
 * - a finding's themes and notes belong to its project; a kind is one of the project's kinds;
 * - only board themes are mapped, and only onto master themes (project-wide: no session).
 */
import { newId } from '../../../shared/domain/ids';
import { MAX_DESCRIPTION_LENGTH } from '../../../shared/domain/limits';
import type { Finding, NoteFlags, Theme } from '../../../shared/domain/schemas';
import type { FindingResponse, PlanAction, PlanMeasure, ResponseStatus } from '../../../shared/domain/actionPlan';
import { isQuotable } from '../../../shared/findings/quotes';
import { importedNote, importedParticipant, importedSession, type NoteImportPlan } from '../../../shared/import';
import type { CommandContext, CommandLabel, CommandRunner } from '../commandRunner';
import { DataError } from '../errors';

export interface FindingInput {
  statement?: string;
  themeIds?: string[];
  evidenceNoteIds?: string[];
  quoteNoteIds?: string[];
  kind?: string | null;
  priority?: number | null;
  actions?: PlanActionInput[];
  measures?: PlanMeasureInput[];
}

/** An action as the editor holds it: only its words are needed. */
export type PlanActionInput = Pick<PlanAction, 'text'> & Partial<PlanAction>;
export type PlanMeasureInput = Pick<PlanMeasure, 'text'> & Partial<PlanMeasure>;

/** Items with no words are the editor's empty rows, not the user's; partners are named once each. */
function cleanActions(actions: readonly PlanActionInput[] | undefined): PlanAction[] | undefined {
  if (!actions) return undefined;
  return actions
    .filter((a) => a.text.trim())
    .map((a) => ({
      text: a.text.trim(),
      lead: (a.lead ?? '').trim(),
      partners: uniqueWords(a.partners ?? []),
      timeframe: a.timeframe ?? null,
    }));
}

function cleanMeasures(measures: readonly PlanMeasureInput[] | undefined): PlanMeasure[] | undefined {
  if (!measures) return undefined;
  return measures
    .filter((m) => m.text.trim())
    .map((m) => ({
      text: m.text.trim(),
      baseline: (m.baseline ?? '').trim(),
      target: (m.target ?? '').trim(),
      dataSource: (m.dataSource ?? '').trim(),
    }));
}

function uniqueWords(items: readonly string[]): string[] {
  const seen = new Set<string>();
  return items
    .map((item) => item.trim())
    .filter((item) => {
      const key = item.toLowerCase();
      if (!item || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

function unique(ids: readonly string[] | undefined): string[] | undefined {
  return ids ? [...new Set(ids)] : undefined;
}

async function checkFinding(ctx: CommandContext, projectId: string, input: FindingInput): Promise<FindingInput> {
  const project = await ctx.require('projects', projectId, 'project');
  const out: FindingInput = {
    ...input,
    themeIds: unique(input.themeIds),
    evidenceNoteIds: unique(input.evidenceNoteIds),
    quoteNoteIds: unique(input.quoteNoteIds),
    actions: cleanActions(input.actions),
    measures: cleanMeasures(input.measures),
  };
  if (out.statement !== undefined) {
    out.statement = out.statement.trim();
    if (out.statement.length > MAX_DESCRIPTION_LENGTH) {
      throw new DataError('invalid', `A finding statement can hold at most ${MAX_DESCRIPTION_LENGTH} characters.`);
    }
  }
  if (out.kind && !project.kinds.some((k) => k.id === out.kind)) {
    throw new DataError('invalid', 'That framework category is not one of this project’s note kinds.');
  }
  if (out.priority !== undefined && out.priority !== null && !(Number.isInteger(out.priority) && out.priority >= 0)) {
    throw new DataError('invalid', 'Priority is a whole number, 0 or more.');
  }
  for (const id of out.themeIds ?? []) {
    const theme = await ctx.get('themes', id);
    if (!theme || theme.deleted || theme.projectId !== projectId) {
      throw new DataError('not-found', 'One of the finding’s themes no longer exists.');
    }
  }
  const notes = new Set([...(out.evidenceNoteIds ?? []), ...(out.quoteNoteIds ?? [])]);
  const flagsOf = new Map<string, NoteFlags>();
  for (const id of notes) {
    const note = await ctx.get('notes', id);
    if (!note || note.deleted || note.projectId !== projectId) {
      throw new DataError('not-found', 'One of the finding’s notes no longer exists.');
    }
    flagsOf.set(id, note.flags);
  }
  for (const id of out.quoteNoteIds ?? []) {
    if (!isQuotable({ flags: flagsOf.get(id)! })) {
      throw new DataError(
        'invalid',
        'A note flagged do-not-quote, sensitive or cultural protocol cannot be a quote. Choose another note.',
      );
    }
  }
  return out;
}

function definedOnly(input: FindingInput): Partial<Finding> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<Finding>;
}

export interface ResponseInput {
  status: ResponseStatus;
  reason?: string;
  outcome?: string;
  /** The person recording it, as they gave their name on this device. */
  recordedBy?: string;
}

/**
 * Records what was done with a finding ("what we did"), stamped with the command's time. Recording again replaces
 * the earlier response (the change history keeps it); undo brings it back.
 */
export function recordResponse(runner: CommandRunner, findingId: string, input: ResponseInput): Promise<Finding> {
  return runner.run(
    { id: 'commands.recordResponse', subject: 'finding' },
    async (ctx) => {
      await ctx.require('findings', findingId, 'finding');
      const response: FindingResponse = {
        status: input.status,
        reason: (input.reason ?? '').trim(),
        outcome: (input.outcome ?? '').trim(),
        recordedBy: (input.recordedBy ?? '').trim(),
        recordedAt: ctx.now,
      };
      if (response.reason.length > MAX_DESCRIPTION_LENGTH || response.outcome.length > MAX_DESCRIPTION_LENGTH) {
        throw new DataError('invalid', `A reason or outcome can hold at most ${MAX_DESCRIPTION_LENGTH} characters.`);
      }
      return ctx.update('findings', findingId, { response });
    },
    { tables: ['findings'] },
  );
}

export function clearResponse(runner: CommandRunner, findingId: string): Promise<Finding> {
  return runner.run(
    { id: 'commands.clearResponse', subject: 'finding' },
    async (ctx) => {
      await ctx.require('findings', findingId, 'finding');
      return ctx.update('findings', findingId, { response: null });
    },
    { tables: ['findings'] },
  );
}

export function createFinding(runner: CommandRunner, projectId: string, input: FindingInput): Promise<Finding> {
  return runner.run({ id: 'commands.addFindings', values: { count: 1 }, subject: 'finding' }, async (ctx) => {
    const checked = await checkFinding(ctx, projectId, input);
    return ctx.insert('findings', { ...definedOnly(checked), id: newId(), projectId });
  });
}

/** Several findings at once (the accepted drafts): one undo step, all or none. */
export function createFindings(runner: CommandRunner, projectId: string, inputs: FindingInput[]): Promise<Finding[]> {
  const label: CommandLabel = { id: 'commands.addFindings', values: { count: inputs.length }, subject: 'finding' };
  return runner.run(label, async (ctx) => {
    const out: Finding[] = [];
    for (const input of inputs) {
      const checked = await checkFinding(ctx, projectId, input);
      out.push(await ctx.insert('findings', { ...definedOnly(checked), id: newId(), projectId }));
    }
    return out;
  });
}

export function updateFinding(runner: CommandRunner, findingId: string, patch: FindingInput): Promise<Finding> {
  return runner.run({ id: 'commands.editFinding', subject: 'finding' }, async (ctx) => {
    const finding = await ctx.require('findings', findingId, 'finding');
    const checked = await checkFinding(ctx, finding.projectId, patch);
    return ctx.update('findings', findingId, definedOnly(checked));
  });
}

export function deleteFinding(runner: CommandRunner, findingId: string): Promise<void> {
  return runner.run({ id: 'commands.deleteFinding', subject: 'finding' }, (ctx) => ctx.remove('findings', findingId));
}

export interface MasterThemeInput {
  name: string;
  description?: string;
  color?: string;
}

/** Colours with 4.5:1 contrast against white, so a master theme's label stays readable wherever it is shown. */
const MASTER_COLORS = ['#1D4ED8', '#047857', '#B45309', '#7C3AED', '#BE185D', '#0E7490', '#4D7C0F', '#B91C1C'];

async function insertMasterTheme(ctx: CommandContext, projectId: string, input: MasterThemeInput): Promise<Theme> {
  const name = input.name.trim();
  if (!name) throw new DataError('invalid', 'A master theme needs a name.');
  const existing = (await ctx.db.themes.where('projectId').equals(projectId).toArray()).filter(
    (t) => !t.deleted && t.sessionId === null,
  );
  if (existing.some((t) => t.name.trim().toLowerCase() === name.toLowerCase())) {
    throw new DataError('conflict', `There is already a master theme called “${name}”.`);
  }
  return ctx.insert('themes', {
    id: newId(),
    projectId,
    name,
    description: input.description ?? '',
    color: input.color ?? MASTER_COLORS[existing.length % MASTER_COLORS.length]!,
    sessionId: null,
    origin: 'master',
  });
}

export function createMasterTheme(runner: CommandRunner, projectId: string, input: MasterThemeInput): Promise<Theme> {
  return runner.run({ id: 'commands.addMasterTheme', subject: 'theme' }, async (ctx) => {
    await ctx.require('projects', projectId, 'project');
    return insertMasterTheme(ctx, projectId, input);
  });
}

/** Where mapped themes go: an existing master theme, a new one made in the same step, or nowhere (unmap). */
export type MappingTarget = { masterThemeId: string } | { newMaster: MasterThemeInput } | null;

/**
 * Maps board themes (many) to one master theme, creating it first when asked. Who and when are not stored on the
 * theme: the change records of this command carry the device and the clock, and the mapping log is read from them.
 * Returns the master theme id (null when unmapping) and how many themes changed.
 */
export function mapThemeToMaster(
  runner: CommandRunner,
  projectId: string,
  themeIds: readonly string[],
  target: MappingTarget,
): Promise<{ masterThemeId: string | null; changed: number }> {
  return runner.run(
    {
      id: target === null ? 'commands.unmapThemes' : 'commands.mapThemes',
      values: { count: themeIds.length },
      subject: 'theme',
    },
    async (ctx) => {
      await ctx.require('projects', projectId, 'project');
      let masterThemeId: string | null = null;
      if (target && 'newMaster' in target)
        masterThemeId = (await insertMasterTheme(ctx, projectId, target.newMaster)).id;
      else if (target) {
        const master = await ctx.require('themes', target.masterThemeId, 'master theme');
        if (master.projectId !== projectId || master.sessionId !== null) {
          throw new DataError('invalid', `“${master.name}” is a session theme, not a master theme.`);
        }
        masterThemeId = master.id;
      }
      let changed = 0;
      for (const id of new Set(themeIds)) {
        const theme = await ctx.require('themes', id, 'theme');
        if (theme.projectId !== projectId) throw new DataError('not-found', 'That theme is not in this project.');
        if (theme.sessionId === null) {
          throw new DataError('invalid', `“${theme.name}” is a master theme; only session themes are mapped.`);
        }
        if (theme.masterThemeId === masterThemeId) continue;
        await ctx.update('themes', id, { masterThemeId });
        changed++;
      }
      return { masterThemeId, changed };
    },
    { tables: ['projects', 'themes'] },
  );
}

/** What a note import writes is planned by shared/import (the same planner as the CLI's); written here. */
export type { NoteImportPlan };

export interface ImportOptions {
  /** Called as notes are written (every PROGRESS_EVERY notes, and at the end). */
  onProgress?(done: number, total: number): void;
  /** Aborting throws inside the transaction, so nothing at all is written. */
  signal?: AbortSignal;
}

const PROGRESS_EVERY = 100;

/**
 * All or nothing: one transaction for the whole file, so a failure (or a cancel) halfway leaves the project as it
 * was. The references are checked again here, inside the transaction, because the plan was made from a read that
 * another window or a sync may have overtaken since.
 */
export function importNotes(
  runner: CommandRunner,
  plan: NoteImportPlan,
  options: ImportOptions = {},
): Promise<{ sessions: number; participants: number; notes: number }> {
  const label: CommandLabel = { id: 'commands.importNotes', values: { count: plan.notes.length }, subject: 'note' };
  return runner.run(label, async (ctx) => {
    const stop = () => {
      if (options.signal?.aborted) throw new DOMException('The import was cancelled.', 'AbortError');
    };
    const project = await ctx.require('projects', plan.projectId, 'project');
    const kinds = new Set(project.kinds.map((k) => k.id));
    const newSessions = new Set(plan.sessions.map((s) => s.id));
    const newParticipants = new Set(plan.participants.map((p) => p.id));
    // Each referenced record is read once. (Awaiting only real reads also matters: a long run of awaits that touch
    // no IndexedDB request lets the transaction commit early.)
    const refs = new Map<string, 'sessions' | 'questions' | 'participants' | 'groups'>();
    for (const session of plan.sessions) if (session.groupId) refs.set(session.groupId, 'groups');
    for (const participant of plan.participants) {
      if (!newSessions.has(participant.sessionId)) refs.set(participant.sessionId, 'sessions');
    }
    for (const note of plan.notes) {
      if (!newSessions.has(note.sessionId)) refs.set(note.sessionId, 'sessions');
      if (note.questionId) refs.set(note.questionId, 'questions');
      if (note.participantId && !newParticipants.has(note.participantId)) refs.set(note.participantId, 'participants');
      if (note.kind && !kinds.has(note.kind)) throw new DataError('invalid', `There is no note kind “${note.kind}”.`);
    }
    for (const [id, table] of refs) {
      const record = await ctx.get(table, id);
      if (!record || record.deleted || record.projectId !== plan.projectId) {
        throw new DataError('not-found', `A ${table.replace(/s$/, '')} the file refers to was removed meanwhile.`);
      }
      if ('consent' in record && record.consent === 'withdrawn') {
        throw new DataError('invalid', `${record.code} withdrew consent; their notes cannot be imported.`);
      }
    }
    stop();
    for (const session of plan.sessions) {
      await ctx.insert('sessions', importedSession(plan.projectId, session, ctx.deviceId));
    }
    for (const participant of plan.participants) {
      await ctx.insert('participants', importedParticipant(plan.projectId, participant));
    }
    const total = plan.notes.length;
    for (let i = 0; i < total; i++) {
      if (i % PROGRESS_EVERY === 0) {
        stop();
        options.onProgress?.(i, total);
      }
      const note = plan.notes[i]!;
      await ctx.insert('notes', importedNote(plan.projectId, note, newId()));
    }
    options.onProgress?.(total, total);
    return { sessions: plan.sessions.length, participants: plan.participants.length, notes: total };
  });
}

/**
 * A reference model of undo and redo, for the model-based property test (undoRedo.property.test.ts).
 *
 * The model does not know how any command works or how the runner records edits. It sees the store before and
 * after each command (every record, every field but `updatedAt`) and keeps what changed as an entry:
 * per record, per field, the value before and after (a record that did not exist is "created"). From that alone
 * it predicts what the store must hold after undo and redo:
 * - undo sets each changed field back to its value before, if it still holds the value the command left (a
 *   field changed since by another device keeps that value); a record the command created becomes a tombstone;
 * - what undo replaced goes on the redo stack, and redo writes it back the same way (and the reverse), so
 *   undo k times then redo k times gives back the same store;
 * - fields no entry touched keep whatever they hold now (so an edit that arrived from another device stays);
 * - a new entry clears the redo stack; a command that changes nothing adds no entry;
 * - an erasure adds no entry, and removes from both stacks everything about the records it erased (and the
 *   withdrawn participant); undo and redo never write to an erased record or a withdrawn participant's details.
 */
import type { CommandLabel } from './commandLabel';
import { RECORD_TABLES, type FieldnotesDb } from './db';
import { isErasedRow, WITHDRAWN_PARTICIPANT_FIELDS } from '../../shared/sync/erasure';
import { rowKey, sameValue, type Row } from '../../shared/sync/merge';

export type State = Map<string, Row>;

export interface FieldChange {
  before: unknown;
  after: unknown;
}

export interface Step {
  table: string;
  /** Per field: the value to write back (`before`) when the field still holds `after`. */
  fields: Map<string, FieldChange>;
}

export interface Entry {
  label: CommandLabel;
  steps: Map<string, Step>;
}

export interface UndoModel {
  state: State;
  undo: Entry[];
  redo: Entry[];
  /** Participants a note was ever attributed to (what a withdrawal erases), by note id. */
  named: Map<string, Set<string>>;
  withdrawn: Set<string>;
  /** Every text a note (or a participant's details) ever had, by id: none may be found once it is erased. */
  texts: Map<string, Set<string>>;
}

const IGNORED = new Set(['updatedAt']);

/** The store as the model sees it: every record of every table but the erasures, without bookkeeping. */
export async function observe(db: FieldnotesDb): Promise<State> {
  const state: State = new Map();
  for (const table of RECORD_TABLES) {
    if (table === 'erasures') continue;
    for (const row of await db.recordTable(table).toArray()) {
      const { updatedAt: _ignored, ...rest } = row;
      state.set(rowKey(table, row.id), rest as Row);
    }
  }
  return state;
}

export function tableOf(key: string): string {
  return key.slice(0, key.indexOf('\u0000'));
}

export function diffStates(before: State, after: State): Map<string, Step> {
  const steps = new Map<string, Step>();
  for (const [key, row] of after) {
    const old = before.get(key);
    const fields = new Map<string, FieldChange>();
    if (!old) fields.set('deleted', { before: true, after: false }); // a creation is undone by a tombstone
    for (const field of old ? new Set([...Object.keys(row), ...Object.keys(old)]) : []) {
      if (IGNORED.has(field) || sameValue(old![field], row[field])) continue;
      fields.set(field, { before: old![field], after: row[field] });
    }
    if (fields.size) steps.set(key, { table: tableOf(key), fields });
  }
  return steps;
}

function clone(state: State): State {
  return new Map([...state].map(([key, row]) => [key, structuredClone(row)]));
}

/**
 * Replay an entry (undo or redo, they are the same operation) on a state: last step first, each field written
 * back only where it still holds what the entry expects. Returns the new state and the entry for the other stack.
 */
export function predictReplay(state: State, entry: Entry): { state: State; inverse: Entry } {
  const next = clone(state);
  const inverse = new Map<string, Step>();
  for (const [key, step] of [...entry.steps].reverse()) {
    const row = next.get(key);
    if (!row || isErasedRow(row)) continue;
    const pinned = step.table === 'participants' && row.consent === 'withdrawn';
    const fields = new Map<string, FieldChange>();
    for (const [field, change] of step.fields) {
      if (pinned && field in WITHDRAWN_PARTICIPANT_FIELDS) continue;
      if (!sameValue(row[field], change.after)) continue;
      fields.set(field, { before: row[field], after: change.before });
      row[field] = structuredClone(change.before);
    }
    if (fields.size) inverse.set(key, { table: step.table, fields });
  }
  // Stored in the order applied: the next replay walks it backwards, undoing the last write first.
  return { state: next, inverse: { label: entry.label, steps: inverse } };
}

/** After an erasure: both stacks lose everything about the erased records and the withdrawn participant. */
export function forgetErased(model: UndoModel, keys: ReadonlySet<string>): void {
  for (const stack of [model.undo, model.redo]) {
    for (let i = stack.length - 1; i >= 0; i--) {
      const steps = new Map([...stack[i]!.steps].filter(([key]) => !keys.has(key)));
      if (steps.size === stack[i]!.steps.size) continue;
      if (steps.size) stack[i] = { ...stack[i]!, steps };
      else stack.splice(i, 1);
    }
  }
}

/** Remember who each note was attributed to and what it said, as the store shows it now. */
export function track(model: UndoModel, state: State): void {
  for (const [key, row] of state) {
    if (tableOf(key) === 'participants') {
      const texts = model.texts.get(String(row.id)) ?? new Set<string>();
      texts.add(JSON.stringify(row.attributes));
      model.texts.set(String(row.id), texts);
    }
    if (tableOf(key) !== 'notes' || isErasedRow(row)) continue;
    const id = String(row.id);
    if (typeof row.participantId === 'string') {
      const named = model.named.get(id) ?? new Set<string>();
      named.add(row.participantId);
      model.named.set(id, named);
    }
    const texts = model.texts.get(id) ?? new Set<string>();
    texts.add(String(row.text));
    model.texts.set(id, texts);
  }
}

/** The notes a withdrawal of `participantId` erases: every note ever attributed to them. */
export function notesNaming(model: UndoModel, participantId: string): string[] {
  return [...model.named].filter(([, ids]) => ids.has(participantId)).map(([id]) => id);
}

/** What the store must hold after erasing `noteIds` (and withdrawing `participantId`), given what it holds now. */
export function predictErasure(
  state: State,
  observed: State,
  noteIds: readonly string[],
  participantId: string | null,
): State {
  const next = clone(state);
  for (const id of noteIds) {
    const key = rowKey('notes', id);
    const erased = observed.get(key);
    // The tombstone itself is the erasure's business (erasure.ts erasedRow); here: it is one, and holds no text.
    if (erased && isErasedRow(erased) && erased.deleted === true && erased.text === '') next.set(key, erased);
  }
  if (participantId) {
    const key = rowKey('participants', participantId);
    const row = next.get(key);
    if (row) next.set(key, { ...row, ...structuredClone(WITHDRAWN_PARTICIPANT_FIELDS) } as Row);
  }
  return next;
}

export function toPlain(state: State): Record<string, Row> {
  return Object.fromEntries([...state].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * The undo and redo stacks of one command runner, and the one rule that reaches into them from outside: once
 * anything is erased, no edit of it stays on either stack (architecture: Erasure). Ids only, never words.
 */
import { rowKey } from '../../shared/sync/merge';
import type { FieldEdit } from './commandContext';
import type { CommandLabel } from './commandLabel';
import type { ErasedSet } from './erasure/events';

export interface HistoryEntry {
  /** A message reference, translated when shown: plain data, so an entry can be posted between runners. */
  label: CommandLabel;
  edits: FieldEdit[];
}

const MAX_HISTORY = 200;

export interface UndoStacks {
  readonly undo: HistoryEntry[];
  readonly redo: HistoryEntry[];
  /** A new command: on the undo stack (less any edit of an erased record), and the redo stack is cleared. */
  record(entry: HistoryEntry): void;
  /** Forget every edit of what this erasure removed. */
  forgetErased(set: ErasedSet): void;
  labels(): { undo: CommandLabel[]; redo: CommandLabel[] };
}

export function createUndoStacks(notify: () => void): UndoStacks {
  const undo: HistoryEntry[] = [];
  const redo: HistoryEntry[] = [];
  // Everything erased while the runner lives: a command another runner committed before an erasure can reach
  // `adopt` after it, and must not bring the erased records back onto a stack.
  const erasedRecords = new Set<string>();
  const withdrawnParticipants = new Set<string>();
  const touchesErased = (edit: FieldEdit) =>
    erasedRecords.has(rowKey(edit.table, edit.id)) ||
    (edit.table === 'participants' && withdrawnParticipants.has(edit.id));

  return {
    undo,
    redo,
    record({ label, edits }) {
      const kept = edits.filter((edit) => !touchesErased(edit));
      if (!kept.length) return;
      undo.push({ label, edits: kept });
      if (undo.length > MAX_HISTORY) undo.shift();
      redo.length = 0;
      notify();
    },
    forgetErased(set) {
      set.records.forEach((key) => erasedRecords.add(key));
      set.participants.forEach((id) => withdrawnParticipants.add(id));
      let changed = false;
      for (const stack of [undo, redo]) {
        for (let i = stack.length - 1; i >= 0; i--) {
          const entry = stack[i]!;
          const edits = entry.edits.filter((edit) => !touchesErased(edit));
          if (edits.length === entry.edits.length) continue;
          changed = true;
          if (edits.length) stack[i] = { ...entry, edits };
          else stack.splice(i, 1);
        }
      }
      if (changed) notify();
    },
    labels: () => ({ undo: undo.map((e) => e.label), redo: redo.map((e) => e.label) }),
  };
}

/**
 * An import as change records, a row at a time, for a writer that publishes to a sync folder (`fieldnotes
 * import-csv`): each row planned by the shared planner (planner.ts), each new record it brings (a session or
 * speaker before the first note that needs it) validated and stamped as a creation by the importing device, and the
 * changes handed over in segment-sized batches (shared/sync/chunk.ts). Nothing grows with the file but the
 * planner's new sessions and speakers; rows, records and changes are let go batch by batch.
 *
 * All or nothing stays the caller's to keep: once a row has a problem no more batches are handed over, and the
 * caller throws away what it was given (the planner still reads on, to list every problem).
 */
import type { ChangeRecord } from '../changes/change';
import { stampChange } from '../changes/stamp';
import type { ClockState } from '../clock/hlc';
import { newId } from '../domain/ids';
import { recordSchemas, type TableName } from '../domain/schemas';
import { createChunker } from '../sync/chunk';
import type { ColumnMapping } from './columns';
import { createNotePlanner, type ImportContext, type PlanOptions, type PlanTotals } from './planner';
import { importedNote, importedParticipant, importedSession } from './records';

export interface ImportStreamOptions {
  context: ImportContext;
  mapping: ColumnMapping;
  plan: PlanOptions;
  /** The importing device, and its clock (which has seen every change the project has). */
  deviceId: string;
  clock: ClockState;
  /** Wall time of the import, ms: every record's createdAt and updatedAt. */
  now: number;
  /** Receives each segment's worth of changes, in order; awaited before the next row is planned. */
  onBatch(changes: ChangeRecord[]): Promise<void>;
}

export interface ImportStream {
  add(cells: readonly string[], line: number): Promise<void>;
  /** Hands over the last batch (when no row had a problem) and returns what was planned. */
  finish(): Promise<PlanTotals>;
}

export function createImportStream(options: ImportStreamOptions): ImportStream {
  const planner = createNotePlanner(options.context, options.mapping, options.plan);
  const chunker = createChunker();
  const projectId = options.context.project.id;
  const at = new Date(options.now).toISOString();
  let clock = options.clock;
  let failed = false;

  const emit = async (table: TableName, fields: Record<string, unknown>) => {
    const row = recordSchemas[table].parse({ ...fields, createdAt: at, updatedAt: at }) as Record<string, unknown> & {
      id: string;
    };
    const stamped = stampChange(clock, options.now, {
      deviceId: options.deviceId,
      table,
      rowId: row.id,
      record: row,
      fields: { ...row },
    });
    clock = stamped.clock;
    const full = chunker.add(stamped.change);
    if (full) await options.onBatch(full);
  };

  return {
    async add(cells, line) {
      const planned = planner.add(cells, line);
      if (!planned) {
        failed ||= planner.totals().problemCount > 0;
        return;
      }
      if (failed) return;
      if (planned.newSession) await emit('sessions', importedSession(projectId, planned.newSession, options.deviceId));
      if (planned.newParticipant) await emit('participants', importedParticipant(projectId, planned.newParticipant));
      await emit('notes', importedNote(projectId, planned.note, newId()));
    },
    async finish() {
      const totals = planner.totals();
      const rest = chunker.flush();
      if (rest && !totals.problemCount) await options.onBatch(rest);
      return totals;
    },
  };
}

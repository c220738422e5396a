/** The merge benchmarks' history of changes (bench/sync.bench.ts in Node, bench/syncBrowser.bench.ts in Chromium). */
import type { ChangeRecord } from '../../shared/changes/change';
import { createClock, tick, type ClockState } from '../../shared/clock/hlc';
import { newId } from '../../shared/domain/ids';
import { recordSchemas, type TableName } from '../../shared/domain/schemas';

/** A deterministic pseudo-random source, so every run merges the same history. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export const DEVICE_IDS = (n: number) =>
  Array.from({ length: n }, (_, i) => (0x1000 + i).toString(16).toUpperCase().padStart(16, 'A'));

/**
 * A realistic history: one device sets up the project and a session; then devices take turns adding notes
 * (40%) and editing, moving or re-theming notes anyone added (60%), their clocks interleaved in time.
 */
export function makeHistory(total: number, deviceCount: number): ChangeRecord[] {
  const rand = random(42);
  const devices = DEVICE_IDS(deviceCount);
  const clocks = new Map<string, ClockState>(devices.map((d) => [d, createClock(d)]));
  let now = Date.parse('2026-03-01T09:00:00Z');
  const changes: ChangeRecord[] = [];
  const projectId = newId(now);
  const sessionId = newId(now);
  const notes: string[] = [];
  const stamp = (device: string) => {
    const ticked = tick(clocks.get(device)!, now);
    clocks.set(device, ticked.state);
    return ticked.timestamp;
  };
  const emit = (device: string, table: TableName, rowId: string, fields: Record<string, unknown>) =>
    changes.push({ hlc: stamp(device), deviceId: device, projectId, table, rowId, fields });
  const iso = () => new Date(now).toISOString();
  emit(
    devices[0]!,
    'projects',
    projectId,
    recordSchemas.projects.parse({ id: projectId, name: 'Bench', createdAt: iso(), updatedAt: iso() }),
  );
  emit(
    devices[0]!,
    'sessions',
    sessionId,
    recordSchemas.sessions.parse({ id: sessionId, projectId, title: 'Bench', createdAt: iso(), updatedAt: iso() }),
  );
  while (changes.length < total) {
    now += Math.floor(rand() * 50);
    const device = devices[Math.floor(rand() * deviceCount)]!;
    if (notes.length < 10 || rand() < 0.4) {
      const id = newId(now);
      notes.push(id);
      const text = `Note ${notes.length}: the buses stop running at seven, so older people stay home after dark.`;
      emit(
        device,
        'notes',
        id,
        recordSchemas.notes.parse({ id, projectId, sessionId, text, createdAt: iso(), updatedAt: iso() }),
      );
    } else {
      const id = notes[Math.floor(rand() * notes.length)]!;
      const pick = rand();
      const fields =
        pick < 0.4
          ? { text: `Edited at ${now}`, updatedAt: iso() }
          : pick < 0.8
            ? { x: Math.floor(rand() * 4000), y: Math.floor(rand() * 3000), updatedAt: iso() }
            : { votes: Math.floor(rand() * 5), updatedAt: iso() };
      emit(device, 'notes', id, fields);
    }
  }
  return changes;
}

/**
 * Sync benchmark (architecture: Benchmarks). Prints one line per figure; medians over runs; never fails.
 *
 *   sync.merge  100,000 changes from 20 devices merged into an empty store by the real apply path (fake-indexeddb
 *               in Node), against a raw Dexie bulkPut of the resulting records into an empty store in the same run.
 *   sync.scan   a folder of 1,000 segments (20 devices × 50) scanned with nothing new, against the 200 ms target;
 *               also the first full read of the same folder.
 *
 *   npx tsx bench/sync.bench.ts [--runs N] [--changes N] [--devices N] [--scan-runs N]
 */
import 'fake-indexeddb/auto';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ChangeRecord } from '../shared/changes/change';
import { createClock, tick } from '../shared/clock/hlc';
import { newId } from '../shared/domain/ids';
import { deviceDirPath } from '../shared/sync/layout';
import { mergeInMemory } from '../shared/sync/memoryMerge';
import { encodeSegment } from '../shared/sync/segment';
import { createNodeSyncFolder } from '../node/sync';
import { FieldnotesDb } from '../renderer/data/db';
import { applyRemoteChanges } from '../renderer/data/sync/applyChanges';
import { DEVICE_IDS, makeHistory } from './support/history';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  const value = at >= 0 ? Number(process.argv[at + 1]) : NaN;
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

function line(name: string, fields: Record<string, string | number>): void {
  console.log(
    `${name} ${Object.entries(fields)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ')}`,
  );
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

let dbCounter = 0;
async function freshDb(): Promise<FieldnotesDb> {
  const db = new FieldnotesDb(`bench-sync-${process.pid}-${++dbCounter}`);
  await db.open();
  return db;
}

async function dispose(db: FieldnotesDb): Promise<void> {
  db.close();
  await db.delete();
}

async function benchMerge(runs: number, total: number, deviceCount: number): Promise<void> {
  const history = makeHistory(total, deviceCount);
  // As a sync reads a folder: device by device, each device's changes in its own order.
  const byDevice = [...history].sort((a, b) =>
    a.deviceId < b.deviceId ? -1 : a.deviceId > b.deviceId ? 1 : a.hlc < b.hlc ? -1 : 1,
  );
  const merged = mergeInMemory(history);
  const records = [...merged.tables].flatMap(([table, rows]) => [...rows.values()].map((row) => ({ table, row })));
  const mergeTimes: number[] = [];
  const baselineTimes: number[] = [];
  for (let run = 0; run < runs; run++) {
    const db = await freshDb();
    const start = performance.now();
    const report = await applyRemoteChanges(db, byDevice, {
      published: 1,
      now: () => Date.parse('2026-03-01T12:00:00Z'),
    });
    mergeTimes.push(performance.now() - start);
    if (report.stored !== history.length || (await db.notes.count()) !== merged.tables.get('notes')?.size) {
      throw new Error('merge bench: the store does not hold what was merged');
    }
    await dispose(db);

    const raw = await freshDb();
    const rawStart = performance.now();
    // Same chunking as the apply path (2,000 per transaction), no merge logic: the floor for writing these records.
    for (let i = 0; i < records.length; i += 2000) {
      const chunk = records.slice(i, i + 2000);
      await raw.transaction('rw', raw.projects, raw.sessions, raw.notes, async () => {
        for (const table of ['projects', 'sessions', 'notes'] as const) {
          const rows = chunk.filter((r) => r.table === table).map((r) => r.row);
          if (rows.length) await raw.recordTable(table).bulkPut(rows);
        }
      });
    }
    baselineTimes.push(performance.now() - rawStart);
    await dispose(raw);
  }
  const m = median(mergeTimes);
  const b = median(baselineTimes);
  // Each run times the merge and its baseline back to back, so the ratio of a run is the least noisy figure
  // on a shared machine; report the median of those.
  const ratio = median(mergeTimes.map((time, i) => time / baselineTimes[i]!));
  line('sync.merge', {
    changes: history.length,
    devices: deviceCount,
    records: records.length,
    runs,
    median_ms: Math.round(m),
    changes_per_s: Math.round(history.length / (m / 1000)),
    baseline_bulkput_ms: Math.round(b),
    ratio: ratio.toFixed(2),
    store: 'fake-indexeddb',
  });
}

async function benchScan(runs: number, deviceCount: number, perDevice: number): Promise<void> {
  const root = await mkdtemp(path.join(tmpdir(), 'fieldnotes-bench-scan-'));
  try {
    const projectId = newId();
    const devices = DEVICE_IDS(deviceCount);
    let clockMillis = Date.parse('2026-03-01T09:00:00Z');
    for (const device of devices) {
      const dir = path.join(root, ...deviceDirPath(projectId, device));
      await mkdir(dir, { recursive: true });
      let clock = createClock(device);
      for (let seq = 1; seq <= perDevice; seq++) {
        const changes: ChangeRecord[] = [];
        for (let i = 0; i < 10; i++) {
          const ticked = tick(clock, (clockMillis += 7));
          clock = ticked.state;
          changes.push({
            hlc: ticked.timestamp,
            deviceId: device,
            projectId,
            table: 'notes',
            rowId: newId(),
            fields: { text: `note ${seq}.${i}` },
          });
        }
        const segment = await encodeSegment(
          { deviceId: device, projectId, seq, createdAt: new Date(clockMillis).toISOString() },
          changes,
        );
        await writeFile(path.join(dir, segment.name), segment.bytes);
      }
    }
    const port = createNodeSyncFolder(root);
    // A reader that is none of the writers, as a PMT laptop would be.
    const request = { projectId, ownDeviceId: 'FFFFFFFFFFFFFFFF', ownWritten: [], index: {}, devices: {} };
    const firstStart = performance.now();
    const first = await port.scan(request);
    const firstMs = performance.now() - firstStart;
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      const again = await port.scan({ ...request, ownWritten: [], index: first.index, devices: first.devices });
      times.push(performance.now() - start);
      if (again.segments.length) throw new Error('scan bench: an unchanged folder gave new segments');
    }
    const m = median(times);
    line('sync.scan', {
      segments: first.listed,
      devices: deviceCount,
      runs,
      unchanged_median_ms: m.toFixed(1),
      target_ms: 200,
      met: m < 200 ? 'yes' : 'no',
      first_full_read_ms: Math.round(firstMs),
    });
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

await benchMerge(option('--runs', 3), option('--changes', 100_000), option('--devices', 20));
await benchScan(option('--scan-runs', 21), 20, 50);

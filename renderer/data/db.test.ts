import { describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { FieldnotesDb, RECORD_TABLES } from './db';
import { openData } from './open';
import { TABLE_NAMES } from '../../shared/domain/schemas';

describe('database schema', () => {
  it('is version 2 with every record table, the change log and meta, and only the indexes it needs', async () => {
    const db = new FieldnotesDb(`schema-${Math.random()}`);
    await db.open();
    expect(db.verno).toBe(2);
    expect([...RECORD_TABLES].sort()).toEqual([...TABLE_NAMES].sort());
    const indexes = Object.fromEntries(db.tables.map((t) => [t.name, t.schema.indexes.map((i) => i.name).sort()]));
    expect(indexes).toEqual({
      meta: [],
      projects: [],
      groups: ['projectId'],
      questions: ['projectId'],
      sessions: ['projectId'],
      participants: ['projectId', 'sessionId'],
      notes: ['[sessionId+createdAt]', 'projectId', 'themeId'],
      themes: ['projectId'],
      findings: ['projectId'],
      erasures: ['projectId'],
      changes: ['[table+rowId]', 'projectId', 'published'],
    });
    db.close();
  });

  it('gives a device id once and keeps it', async () => {
    const name = `device-${Math.random()}`;
    const first = await openData({ name });
    const id = await first.runner.deviceId();
    expect(id).toMatch(/^[0-9A-F]{16}$/);
    first.db.close();
    const second = await openData({ name });
    expect(await second.runner.deviceId()).toBe(id);
    second.db.close();
  });

  it('steps aside with a clear message when another window upgrades the database', async () => {
    const name = `upgrade-${Math.random()}`;
    const onProblem = vi.fn();
    const opened = await openData({ name, onProblem });
    const newer = new Dexie(name);
    newer.version(99).stores({ meta: 'key' });
    await newer.open();
    expect(onProblem).toHaveBeenCalledTimes(1);
    expect(onProblem.mock.calls[0]![0].message).toMatch(/updated or opened in another window.*Reload/);
    expect(opened.db.isOpen()).toBe(false);
    newer.close();
  });
});

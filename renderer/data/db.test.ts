import { describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { FieldnotesDb, RECORD_TABLES } from './db';
import { openData } from './open';
import { openLegacyDatabase } from './legacySchemas.testkit';
import { TABLE_NAMES } from '../../shared/domain/schemas';

describe('database schema', () => {
  it('is version 10 with every record table, the packed change log, meta and photo thumbnails, and only the indexes it needs', async () => {
    const db = new FieldnotesDb(`schema-${Math.random()}`);
    await db.open();
    expect(db.verno).toBe(10);
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
      codingPasses: ['projectId', 'sessionId'],
      codings: ['noteId', 'projectId', 'sessionId'],
      photos: ['projectId', 'sessionId'],
      memos: ['projectId', 'targetId'],
      changeBatches: ['hlcs', 'projectId', 'rows', 'unpublished'],
      photoThumbs: ['projectId', 'sessionId'],
    });
    db.close();
  });

  it('upgrades a version 1 database to version 2 keeping every record, with an empty erasures table', async () => {
    const name = `upgrade-v1-${Math.random()}`;
    const v1 = await openLegacyDatabase(name, 1);
    await v1.table('notes').put({ id: 'n1', projectId: 'p', sessionId: 's', createdAt: 'c', text: 'kept as it was' });
    await v1.table('meta').put({ key: 'deviceId', value: '0123456789ABCDEF' });
    v1.close();
    const db = new FieldnotesDb(name);
    await db.open();
    expect(db.verno).toBe(10);
    expect((await db.notes.get('n1'))?.text).toBe('kept as it was');
    expect((await db.meta.get('deviceId'))?.value).toBe('0123456789ABCDEF');
    expect(await db.erasures.count()).toBe(0);
    db.close();
  });

  it('upgrades a version 2 database to version 3 keeping every record, with empty coding tables', async () => {
    const name = `upgrade-v2-${Math.random()}`;
    const v2 = await openLegacyDatabase(name, 2);
    await v2.table('notes').put({ id: 'n1', projectId: 'p', sessionId: 's', createdAt: 'c', text: 'still here' });
    await v2.table('erasures').put({ id: 'e1', projectId: 'p', records: [] });
    v2.close();
    const db = new FieldnotesDb(name);
    await db.open();
    expect(db.verno).toBe(10);
    expect((await db.notes.get('n1'))?.text).toBe('still here');
    expect(await db.erasures.count()).toBe(1);
    expect(await db.codingPasses.count()).toBe(0);
    expect(await db.codings.count()).toBe(0);
    db.close();
  });

  it('upgrades a version 3 database to the current version keeping every record, with an empty photos table', async () => {
    const name = `upgrade-v3-${Math.random()}`;
    const v3 = await openLegacyDatabase(name, 3);
    await v3.table('notes').put({ id: 'n1', projectId: 'p', sessionId: 's', createdAt: 'c', text: 'from version 3' });
    await v3.table('codings').put({ id: 'c1', projectId: 'p', sessionId: 's', noteId: 'n1', passId: 'x' });
    v3.close();
    const db = new FieldnotesDb(name);
    await db.open();
    expect(db.verno).toBe(10);
    expect((await db.notes.get('n1'))?.text).toBe('from version 3');
    expect(await db.codings.count()).toBe(1);
    expect(await db.photos.count()).toBe(0);
    db.close();
  });

  it('upgrades a version 7 database to the current version keeping every record and photo, with an empty memos table', async () => {
    const name = `upgrade-v7-${Math.random()}`;
    const v7 = await openLegacyDatabase(name, 7);
    await v7.table('notes').put({ id: 'n1', projectId: 'p', sessionId: 's', createdAt: 'c', text: 'from version 7' });
    await v7.table('photos').put({ id: 'ph1', projectId: 'p', sessionId: 's', data: 'x' });
    v7.close();
    const db = new FieldnotesDb(name);
    await db.open();
    expect(db.verno).toBe(10);
    expect((await db.notes.get('n1'))?.text).toBe('from version 7');
    expect(await db.photos.count()).toBe(1);
    expect(await db.memos.count()).toBe(0);
    await db.memos.put({ id: 'm1', projectId: 'p', targetId: 'n1' } as never);
    expect(await db.memos.where('targetId').equals('n1').count()).toBe(1);
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

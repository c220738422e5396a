/**
 * Opening the database for the app: persistent storage, strict durability (set in FieldnotesDb), and the
 * clear messages the architecture's Persistence section asks for when another window upgrades the schema or holds it open.
 */
import { FieldnotesDb, DEFAULT_DB_NAME } from './db';
import { createCommandRunner, type CommandRunner } from './commandRunner';
import { eraseLegacyWithdrawals } from './erasure/legacy';
import { DataError, toDataError } from './errors';

export interface OpenedData {
  db: FieldnotesDb;
  runner: CommandRunner;
  /** Whether the browser granted persistent storage (it will not evict our data under pressure). */
  persisted: boolean;
}

export interface OpenOptions {
  name?: string;
  /** Called with a message the UI should show in a banner (another window, blocked upgrade, ...). */
  onProblem?: (error: DataError) => void;
}

export async function openData(options: OpenOptions = {}): Promise<OpenedData> {
  // Asked at once: start-up waits for the slower of this and opening the database, not for their sum.
  const persistence = askPersistence();
  const db = new FieldnotesDb(options.name ?? DEFAULT_DB_NAME);
  const report = options.onProblem ?? (() => undefined);
  db.on('versionchange', () => {
    // Another window is upgrading the schema: close so it can proceed, and tell this window's user to reload.
    db.close();
    report(toDataError({ name: 'DatabaseClosedError' }));
    return false;
  });
  db.on('blocked', () => {
    report(new DataError('blocked', { id: 'dataErrors.blocked' }));
  });
  try {
    await db.open();
  } catch (error) {
    throw toDataError(error);
  }
  const runner = createCommandRunner(db);
  const [persisted] = await Promise.all([
    persistence,
    runner.deviceId().then(() =>
      // A withdrawal from before erasures existed is made an erasure now (erasure/legacy.ts).
      eraseLegacyWithdrawals(runner).catch((error: unknown) => report(toDataError(error))),
    ),
  ]);
  return { db, runner, persisted };
}

async function askPersistence(): Promise<boolean> {
  try {
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}

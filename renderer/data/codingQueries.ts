/** Reads for agreement between coders: a session's coding passes and their codings (tombstones left out). */
import type { Coding, CodingPass } from '../../shared/domain/schemas';
import type { FieldnotesDb } from './db';

export async function listCodingPasses(db: FieldnotesDb, sessionId: string): Promise<CodingPass[]> {
  const passes = await db.codingPasses.where('sessionId').equals(sessionId).toArray();
  return passes.filter((pass) => !pass.deleted).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

export async function listSessionCodings(db: FieldnotesDb, sessionId: string): Promise<Coding[]> {
  return (await db.codings.where('sessionId').equals(sessionId).toArray()).filter((coding) => !coding.deleted);
}

/**
 * Withdrawals made before erasure existed, or by a device still running an older version, are only a
 * participant marked "withdrawn", with the notes' words still in their history. Each becomes an erasure here —
 * when the app opens, and whenever sync or a bundle brings such a participant — so the promise holds for them
 * too. Two devices doing it at once write two erasures of the same notes, which is the same as one.
 */
import type { CommandRunner } from '../commandRunner';
import type { Participant } from '../../../shared/domain/schemas';
import { notesNamingParticipant } from './apply';

export async function eraseLegacyWithdrawals(
  runner: CommandRunner,
  participantIds?: readonly string[],
): Promise<number> {
  const { db } = runner;
  const candidates: Participant[] = participantIds
    ? (await db.participants.bulkGet([...new Set(participantIds)])).filter((p): p is Participant => Boolean(p))
    : await db.participants.filter((p) => p.consent === 'withdrawn').toArray();
  let erased = 0;
  for (const participant of candidates) {
    if (participant.consent !== 'withdrawn') continue;
    const known = await db.erasures
      .where('projectId')
      .equals(participant.projectId)
      .filter((erasure) => erasure.participantId === participant.id)
      .count();
    if (known) continue;
    erased += await runner.run(
      { id: 'commands.eraseWithdrawn', subject: 'participant' },
      async (ctx) => {
        const noteIds = await notesNamingParticipant(ctx.db, participant.projectId, participant.id);
        await ctx.erase({
          projectId: participant.projectId,
          reason: 'consent-withdrawn',
          participantId: participant.id,
          records: noteIds.map((id) => ({ table: 'notes' as const, id })),
        });
        return noteIds.length;
      },
      { undoable: false },
    );
  }
  return erased;
}

/**
 * Consent withdrawal across devices (issue 4, point 5). `withdrawConsent` removes a participant's notes on the
 * device where it was done, and those tombstones sync. But another device may have added a note for that
 * participant while offline; after merging, that note would survive. So after every apply, any live note whose
 * participant is withdrawn is removed here, as a recorded command, so the removal syncs too. Several devices
 * may each do it; removing twice is the same as once.
 */
import type { CommandRunner } from '../commandRunner';
import { CONSENT_REMOVED_TEXT } from '../commands/sessions';

export async function enforceConsentWithdrawals(
  runner: CommandRunner,
  candidates: { participantIds: readonly string[]; noteIds: readonly string[] },
): Promise<number> {
  if (!candidates.participantIds.length && !candidates.noteIds.length) return 0;
  const { db } = runner;
  const doomed = new Set<string>();
  for (const participantId of new Set(candidates.participantIds)) {
    const participant = await db.participants.get(participantId);
    if (participant?.consent !== 'withdrawn') continue;
    const notes = await db.notes
      .where('[sessionId+createdAt]')
      .between([participant.sessionId, ''], [participant.sessionId, '\uffff'])
      .filter((note) => note.participantId === participantId && !note.deleted)
      .toArray();
    for (const note of notes) doomed.add(note.id);
  }
  const notes = await db.notes.bulkGet([...new Set(candidates.noteIds)]);
  const participantIds = [
    ...new Set(notes.flatMap((note) => (note?.participantId && !note.deleted ? [note.participantId] : []))),
  ];
  const participants = new Map((await db.participants.bulkGet(participantIds)).flatMap((p) => (p ? [[p.id, p]] : [])));
  for (const note of notes) {
    if (note && !note.deleted && note.participantId && participants.get(note.participantId)?.consent === 'withdrawn') {
      doomed.add(note.id);
    }
  }
  if (!doomed.size) return 0;
  return runner.run(
    'Remove notes of a participant who withdrew consent',
    async (ctx) => {
      // Same as withdrawConsent: the words are overwritten in the write that removes the note.
      for (const id of doomed) await ctx.update('notes', id, { text: CONSENT_REMOVED_TEXT, deleted: true });
      return doomed.size;
    },
    { undoable: false },
  );
}

/**
 * A session held with a community whose data it is (architecture: Community approval): the marking, the
 * community's recorded approval, and the tally that travels for a session approved for counts alone.
 */
import { z } from 'zod';
import { MAX_DESCRIPTION_LENGTH, MAX_NAME_LENGTH } from './limits';
import { idSchema, isoDate, isoDateTime } from './primitives';

/**
 * A session held with a community whose data it is (an Indigenous organisation, a youth council): its words leave
 * only as far as the community's recorded approval allows (architecture: Community approval). The marking and the
 * approval are two fields of the session, so that sync merges them independently: one device can record the
 * approval while another corrects the community's name.
 */
export const communityHoldSchema = z.object({
  /** The community whose data this is, in its own words. */
  name: z.string().trim().min(1, 'name the community').max(MAX_NAME_LENGTH),
  /** The approval the community requires before anything leaves (who decides, how). */
  requirement: z.string().max(MAX_DESCRIPTION_LENGTH).default(''),
});
export type CommunityHold = z.infer<typeof communityHoldSchema>;

/** What the community approved to leave: its words as quotes, counts of its notes, the themes it named. */
export const approvalScopeSchema = z.object({
  quotes: z.boolean().default(false),
  counts: z.boolean().default(false),
  themes: z.boolean().default(false),
});
export type ApprovalScope = z.infer<typeof approvalScopeSchema>;

export const communityApprovalSchema = z.object({
  /** Who approved for the community (a person or a body, as they wish to be named). */
  approvedBy: z.string().trim().min(1, 'say who approved').max(MAX_NAME_LENGTH),
  /** The day the community approved. */
  approvedOn: isoDate,
  scope: approvalScopeSchema,
  /** When it was recorded here (the record's clock keeps who recorded it). */
  recordedAt: isoDateTime,
});
export type CommunityApproval = z.infer<typeof communityApprovalSchema>;

/** Rows a tally may list per breakdown: far more questions, kinds or themes than any session has. */
export const MAX_TALLY_ROWS = 500;
const tallyCount = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
/** Notes per kind: a kind of the project's by id, null for notes without one. */
const tallyKindRow = z.object({ kind: idSchema.nullable(), notes: tallyCount }).strict();

/**
 * How many notes a community's session holds, for a session whose community approved counts but not its words
 * (architecture: Community approval). Numbers and theme names only: a bundle carries it in place of the notes,
 * which stay home, so whoever imports the bundle can count the session. Questions and kinds are named by id (the
 * project's guide and kinds travel anyway), board themes by name (they stay home), master themes by id (they
 * travel). A null question or kind counts the notes that have none.
 */
export const communityTallySchema = z
  .object({
    /** When the tally was taken from the notes. */
    at: isoDateTime,
    notes: tallyCount,
    speakers: tallyCount,
    byQuestion: z.array(z.object({ questionId: idSchema.nullable(), notes: tallyCount }).strict()).max(MAX_TALLY_ROWS),
    byKind: z.array(tallyKindRow).max(MAX_TALLY_ROWS),
    /** Only when the approval covers themes too. */
    byTheme: z
      .array(z.object({ name: z.string().min(1).max(MAX_NAME_LENGTH), notes: tallyCount }).strict())
      .max(MAX_TALLY_ROWS)
      .optional(),
    /**
     * Only when the approval covers themes too: per master theme (the project's, which travel, unlike the board's),
     * its notes, their speakers, votes and kinds, as the master-level report counts them, so coverage and breadth
     * count the session where its notes are not as the facilitator's own export does.
     */
    byMasterTheme: z
      .array(
        z
          .object({
            masterThemeId: idSchema,
            notes: tallyCount,
            /** Distinct speakers of those notes: a speaker belongs to one session, so they add to other sessions'. */
            speakers: tallyCount,
            /** Dot votes on those notes and on the session's board themes mapped there, which stay home too. */
            votes: tallyCount,
            /** Those notes per kind, as `byKind` counts the session's. */
            byKind: z.array(tallyKindRow).max(MAX_TALLY_ROWS),
          })
          .strict(),
      )
      .max(MAX_TALLY_ROWS)
      .optional(),
  })
  .strict();
export type CommunityTally = z.infer<typeof communityTallySchema>;

/**
 * The findings document: what every export is written from, and (as JSON) an export in its own right.
 * This zod schema is the single source of `schemas/fieldnotes.findings.v2.schema.json`; a test fails when the two
 * drift apart. A version is a published contract: a new optional field may be added (regenerate the schema file with
 * UPDATE_SCHEMA=1), but anything that would make an existing file invalid or change a field's meaning needs a new
 * version. Version 2 made a finding's actions and measures structured (lead, partners, timeframe; baseline, target,
 * data source) and added its response; version 1 files are upgraded on reading (shared/export/json.ts) and keep
 * their own frozen schema (`schemas/fieldnotes.findings.v1.schema.json`).
 */
import { z } from 'zod';

export const FINDINGS_FORMAT = 'fieldnotes.findings';
export const FINDINGS_VERSION = 2;

const id = z.string().min(1);
const nullableId = id.nullable();
const count = z.number().int().min(0);
const flagAction = z.enum(['keep', 'withhold', 'drop']);

export const quoteSchema = z.object({
  noteId: id,
  text: z.string(),
  sessionId: id,
  groupId: nullableId,
  participantCode: z.string().nullable(),
});

const cellSchema = z.object({
  count,
  state: z.enum(['heard', 'silent', 'no-session']),
  shade: z.number().min(0).max(1),
});

export const documentActionSchema = z.object({
  text: z.string(),
  lead: z.string(),
  partners: z.array(z.string()),
  timeframe: z.enum(['short', 'medium', 'long']).nullable(),
});

export const documentMeasureSchema = z.object({
  text: z.string(),
  baseline: z.string(),
  target: z.string(),
  dataSource: z.string(),
});

export const documentResponseSchema = z.object({
  status: z.enum(['adopted', 'in-progress', 'not-adopted', 'out-of-scope']),
  reason: z.string(),
  outcome: z.string(),
  recordedBy: z.string(),
  recordedAt: z.string().datetime({ offset: true }),
});

export const memoDocumentSchema = z.object({
  id,
  target: z.enum(['project', 'theme', 'note', 'session']),
  /** The theme, note or session the memo is about; null for the project. */
  targetId: nullableId,
  title: z.string(),
  text: z.string(),
  author: z.string(),
  createdAt: z.string().datetime({ offset: true }),
  updatedAt: z.string().datetime({ offset: true }),
});

const gapSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('silent'), themeId: id, groupId: id }),
  z.object({ kind: z.literal('no-session'), groupId: id }),
]);

export const findingsDocumentSchema = z
  .object({
    format: z.literal(FINDINGS_FORMAT),
    version: z.literal(FINDINGS_VERSION),
    generatedAt: z.string().datetime({ offset: true }),
    generator: z.string(),
    level: z.enum(['session', 'master']),
    project: z.object({
      id,
      name: z.string(),
      description: z.string(),
      kinds: z.array(z.object({ id, name: z.string(), color: z.string(), description: z.string() })),
    }),
    privacy: z.object({
      scope: z.object({ sessionIds: z.array(id).nullable(), groupIds: z.array(id).nullable() }),
      flagPolicy: z.object({ sensitive: flagAction, doNotQuote: flagAction, culturalProtocol: flagAction }),
      notesDropped: count,
      notesWithheld: count,
      redactions: count,
      /** Sessions held with a community that has not yet approved: nothing of them is in the document. */
      sessionsPendingApproval: count.default(0),
      /** Notes of approved community sessions counted with their text withheld (approval for counts, not quotes). */
      communityNotesWithheld: count.default(0),
    }),
    totals: z.object({
      sessions: count,
      heldSessions: count,
      groups: count,
      attendance: count,
      participants: count,
      notes: count,
      themes: count,
      findings: count,
    }),
    groups: z.array(z.object({ id, name: z.string(), color: z.string(), heldSessions: count, attendance: count })),
    questions: z.array(z.object({ id, text: z.string(), order: z.number() })),
    sessions: z.array(
      z.object({
        id,
        title: z.string(),
        groupId: nullableId,
        date: z.string().nullable(),
        status: z.enum(['planned', 'running', 'closed']),
        attendance: count.nullable(),
        noteCount: count,
        participantCount: count,
      }),
    ),
    participants: z.array(
      z.object({ id, code: z.string(), sessionId: id, attributes: z.record(z.string(), z.string()) }),
    ),
    themes: z.array(
      z.object({
        id,
        name: z.string(),
        description: z.string(),
        color: z.string(),
        parentId: nullableId,
        masterThemeId: nullableId,
        sessionId: nullableId,
        isMaster: z.boolean(),
        noteCount: count,
      }),
    ),
    notes: z.array(
      z.object({
        id,
        /** Short human reference, "S2-N14" (session number, note number); absent in files from older versions. */
        ref: z.string().optional(),
        text: z.string(),
        sessionId: id,
        questionId: nullableId,
        participantId: nullableId,
        kind: z.string().nullable(),
        themeId: nullableId,
        reportingThemeId: nullableId,
        /** Further themes the note is linked to besides its home `themeId`; absent for a note in one theme. */
        linkedThemeIds: z.array(id).optional(),
        /** Every reporting theme the note counts in (its home's first); absent for a note in one theme. */
        reportingThemeIds: z.array(id).optional(),
        votes: count,
        flags: z.object({ sensitive: z.boolean(), doNotQuote: z.boolean(), culturalProtocol: z.boolean() }),
        withheld: z.boolean(),
      }),
    ),
    ranking: z.array(
      z.object({
        themeId: id,
        rank: z.number().int().min(1),
        name: z.string(),
        description: z.string(),
        votes: count,
        noteCount: count,
        sessionIds: z.array(id),
        groupIds: z.array(id),
        participantCount: count,
        byKind: z.record(z.string(), count),
        quotes: z.array(quoteSchema),
        evidenceNoteIds: z.array(id),
        subThemeIds: z.array(id),
        feederThemeIds: z.array(id),
        /** The words of the actions and measures of this theme's findings (the findings carry the detail). */
        actions: z.array(z.string()),
        measures: z.array(z.string()),
        ideaNoteIds: z.array(id),
      }),
    ),
    findings: z.array(
      z.object({
        id,
        statement: z.string(),
        kind: z.string().nullable(),
        themeIds: z.array(id),
        evidenceNoteIds: z.array(id),
        quotes: z.array(quoteSchema),
        priority: count.nullable(),
        actions: z.array(documentActionSchema),
        measures: z.array(documentMeasureSchema),
        response: documentResponseSchema.nullable(),
        noteCount: count,
        sessionCount: count,
        groupIds: z.array(id),
      }),
    ),
    framework: z.array(z.object({ kind: z.string().nullable(), name: z.string(), findingIds: z.array(id) })),
    coverage: z.object({
      rows: z.array(z.object({ themeId: id, name: z.string() })),
      columns: z.array(z.object({ groupId: z.string(), name: z.string(), heldSessions: count })),
      cells: z.array(z.array(cellSchema)),
      gaps: z.array(gapSchema),
    }),
    mappings: z.array(z.object({ themeId: id, masterThemeId: nullableId, by: z.string(), at: z.string() })),
    unmappedThemeIds: z.array(id),
    /** Agreement between coders, per session whose coders are all done (absent in files made before it). */
    agreement: z
      .array(
        z.object({
          sessionId: id,
          firstCoder: z.string(),
          secondCoder: z.string(),
          codedByBoth: count,
          codedByOne: count,
          observed: z.number().nullable(),
          kappa: z.number().nullable(),
          alpha: z.number().nullable(),
          disagreements: count,
          themes: z.array(
            z.object({
              category: z.string(),
              name: z.string(),
              first: count,
              second: count,
              both: count,
              kappa: z.number().nullable(),
              alpha: z.number().nullable(),
            }),
          ),
        }),
      )
      .optional(),
    /**
     * Analytical memos on the project, themes, notes and sessions, with their author numbered ("author 1"), never
     * named; never quotes (absent in files made before memos, and when there are none).
     */
    memos: z.array(memoDocumentSchema).optional(),
  })
  .meta({
    $id: 'urn:fieldnotes:schema:findings:v2',
    title: 'Fieldnotes findings document, version 2',
    description:
      'Findings from community focus groups exported by Fieldnotes: sessions, notes, themes, ranked themes with quotes, findings by framework category with their actions, measures and response, and the theme by stakeholder-group coverage matrix.',
  });

export type FindingsDocument = z.infer<typeof findingsDocumentSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type FlagAction = z.infer<typeof flagAction>;
export type RankedTheme = FindingsDocument['ranking'][number];
export type DocumentNote = FindingsDocument['notes'][number];
export type DocumentFinding = FindingsDocument['findings'][number];
export type DocumentAction = z.infer<typeof documentActionSchema>;
export type DocumentMeasure = z.infer<typeof documentMeasureSchema>;
export type DocumentResponse = z.infer<typeof documentResponseSchema>;
export type DocumentMemo = z.infer<typeof memoDocumentSchema>;

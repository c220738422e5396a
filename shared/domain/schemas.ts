/**
 * The domain model (architecture: Domain model) as zod schemas. Every record is plain JSON; every record but Project
 * belongs to a project; deletion is a tombstone (`deleted: true`) so sync can carry it.
 * Types are inferred from the schemas so the two can never disagree.
 */
import { z } from 'zod';
import {
  MAX_ATTENDANCE,
  MAX_DESCRIPTION_LENGTH,
  MAX_LINKED_THEMES,
  MAX_NAME_LENGTH,
  MAX_NOTE_LENGTH,
  MAX_QUESTION_LENGTH,
  MAX_TIMEBOX_MINUTES,
} from './limits';
import {
  findingResponseSchema,
  planActionSchema,
  planMeasureSchema,
  upgradeActions,
  upgradeMeasures,
} from './actionPlan';
import { MAX_PHOTO_SIDE, photoDataIssue, thumbDataIssue } from '../photos/photoBytes';
import { issueParams } from '../i18n/schemaIssue';
import { colorSchema, idSchema, isoDate, isoDateTime } from './primitives';
import { communityApprovalSchema, communityHoldSchema, communityTallySchema } from './communitySchemas';

export { colorSchema, idSchema, isoDate, isoDateTime } from './primitives';
export * from './communitySchemas';

const baseRecord = {
  id: idSchema,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  deleted: z.boolean().default(false),
};
const projectScoped = { ...baseRecord, projectId: idSchema };

export const noteKindSchema = z.object({
  id: idSchema,
  name: z.string().trim().min(1).max(MAX_NAME_LENGTH),
  color: colorSchema,
  description: z.string().max(MAX_DESCRIPTION_LENGTH).default(''),
});
export type NoteKind = z.infer<typeof noteKindSchema>;

export const projectSchema = z.object({
  ...baseRecord,
  name: z.string().trim().min(1, 'a project needs a name').max(MAX_NAME_LENGTH),
  description: z.string().max(MAX_DESCRIPTION_LENGTH).default(''),
  /** The framework categories that notes are sorted into (issue or priority, local asset, ...). */
  kinds: z.array(noteKindSchema).max(50).default([]),
  templateId: z.string().nullable().default(null),
  archived: z.boolean().default(false),
  defaults: z
    .object({
      /** Prefix for pseudonymous speaker codes: P gives P1, P2, ... */
      speakerPrefix: z.string().trim().min(1).max(8).default('P'),
      timeboxMinutes: z.number().int().min(0).max(MAX_TIMEBOX_MINUTES).nullable().default(null),
    })
    .default({ speakerPrefix: 'P', timeboxMinutes: null }),
});
export type Project = z.infer<typeof projectSchema>;

export const stakeholderGroupSchema = z.object({
  ...projectScoped,
  name: z.string().trim().min(1, 'a group needs a name').max(MAX_NAME_LENGTH),
  color: colorSchema,
  order: z.number(),
});
export type StakeholderGroup = z.infer<typeof stakeholderGroupSchema>;

export const questionSchema = z.object({
  ...projectScoped,
  text: z.string().trim().min(1, 'a question needs text').max(MAX_QUESTION_LENGTH),
  /** Sort key; fractional so a reorder writes one record. */
  order: z.number(),
  timeboxMinutes: z.number().int().min(1).max(MAX_TIMEBOX_MINUTES).nullable().default(null),
});
export type Question = z.infer<typeof questionSchema>;

export const sessionStatusSchema = z.enum(['planned', 'running', 'closed']);
export type SessionStatus = z.infer<typeof sessionStatusSchema>;

export const consentRecordSchema = z.object({
  method: z.enum(['verbal', 'written', 'not-recorded']).default('not-recorded'),
  recordedBy: z.string().max(MAX_NAME_LENGTH).default(''),
  notes: z.string().max(MAX_DESCRIPTION_LENGTH).default(''),
});
export type ConsentRecord = z.infer<typeof consentRecordSchema>;

export const sessionSchema = z.object({
  ...projectScoped,
  title: z.string().trim().min(1, 'a session needs a title').max(MAX_NAME_LENGTH),
  groupId: idSchema.nullable().default(null),
  date: isoDate.nullable().default(null),
  location: z.string().max(MAX_NAME_LENGTH).default(''),
  facilitator: z.string().max(MAX_NAME_LENGTH).default(''),
  noteTaker: z.string().max(MAX_NAME_LENGTH).default(''),
  attendance: z.number().int().min(0).max(MAX_ATTENDANCE).nullable().default(null),
  consent: consentRecordSchema.default({ method: 'not-recorded', recordedBy: '', notes: '' }),
  status: sessionStatusSchema.default('planned'),
  startedAt: isoDateTime.nullable().default(null),
  endedAt: isoDateTime.nullable().default(null),
  /** The device that created the session: lets the PMT tell facilitators' laptops apart. */
  deviceId: z.string().default(''),
  /** Null: an ordinary session. Set: the community's data, gated by `communityApproval`. */
  community: communityHoldSchema.nullable().default(null),
  communityApproval: communityApprovalSchema.nullable().default(null),
  /**
   * The counts of a counts-only community session (`shared/privacy/communityTally.ts`), refreshed before every
   * bundle. Null (and absent in records from before it) when there is none; cleared with null, which sync carries.
   */
  communityTally: communityTallySchema.nullable().default(null),
});
export type Session = z.infer<typeof sessionSchema>;

export const consentStatusSchema = z.enum(['given', 'pending', 'withdrawn']);
export type ConsentStatus = z.infer<typeof consentStatusSchema>;

export const participantSchema = z.object({
  ...projectScoped,
  sessionId: idSchema,
  /** Pseudonymous, session-scoped: P1, P2, ... Never a real name by default. */
  code: z.string().trim().min(1).max(16),
  attributes: z.record(z.string(), z.string().max(MAX_NAME_LENGTH)).default({}),
  consent: consentStatusSchema.default('given'),
});
export type Participant = z.infer<typeof participantSchema>;

export const noteFlagsSchema = z.object({
  sensitive: z.boolean().default(false),
  doNotQuote: z.boolean().default(false),
  culturalProtocol: z.boolean().default(false),
});
export type NoteFlags = z.infer<typeof noteFlagsSchema>;
export const NO_FLAGS: NoteFlags = { sensitive: false, doNotQuote: false, culturalProtocol: false };

export const noteSchema = z.object({
  ...projectScoped,
  sessionId: idSchema,
  questionId: idSchema.nullable().default(null),
  participantId: idSchema.nullable().default(null),
  /** The id of one of the project's kinds (framework categories). */
  kind: z.string().nullable().default(null),
  text: z.string().min(1, 'a note cannot be empty').max(MAX_NOTE_LENGTH),
  flags: noteFlagsSchema.default(NO_FLAGS),
  /** The note's home theme: the frame it sits in on the board. */
  themeId: idSchema.nullable().default(null),
  /**
   * Further themes the note also counts in (it stays in its home frame). One synced field, so concurrent edits
   * follow the field rule of sync (the later set wins, the other goes to the conflict log); readers go through
   * `themesOfNote` (noteThemes.ts), which drops the home theme and repeats that merged edits can leave.
   */
  linkedThemeIds: z
    .array(z.string().uuid('a linked theme must be a theme id'))
    .max(MAX_LINKED_THEMES, `a note can be linked to at most ${MAX_LINKED_THEMES} themes`)
    .refine((ids) => new Set(ids).size === ids.length, issueParams({ words: { id: 'schemaIssues.repeated' } }))
    .default([]),
  x: z.number().default(0),
  y: z.number().default(0),
  color: colorSchema.nullable().default(null),
  votes: z.number().int().min(0).default(0),
  /** A note made from a recognised line of a session photo: the photo and the line's box in its pixels. */
  photoRegion: z
    .object({
      photoId: idSchema,
      x: z.number().min(0),
      y: z.number().min(0),
      w: z.number().positive(),
      h: z.number().positive(),
    })
    .nullable()
    .optional(),
});
export type Note = z.infer<typeof noteSchema>;
export type PhotoRegion = NonNullable<Note['photoRegion']>;

export const frameSchema = z.object({
  x: z.number(),
  y: z.number(),
  w: z.number().positive(),
  h: z.number().positive(),
});
export type Frame = z.infer<typeof frameSchema>;

export const themeSchema = z.object({
  ...projectScoped,
  name: z.string().trim().min(1, 'a theme needs a name').max(MAX_NAME_LENGTH),
  description: z.string().max(MAX_DESCRIPTION_LENGTH).default(''),
  color: colorSchema,
  parentId: idSchema.nullable().default(null),
  /** Null for a project-wide (master) theme; otherwise the session whose board it was made on. */
  sessionId: idSchema.nullable().default(null),
  frame: frameSchema.nullable().default(null),
  masterThemeId: idSchema.nullable().default(null),
  origin: z.enum(['manual', 'suggested', 'master']).default('manual'),
  /** Dot votes entered from the room. */
  votes: z.number().int().min(0).default(0),
});
export type Theme = z.infer<typeof themeSchema>;

export const findingSchema = z.object({
  ...projectScoped,
  statement: z.string().max(MAX_DESCRIPTION_LENGTH).default(''),
  themeIds: z.array(idSchema).default([]),
  evidenceNoteIds: z.array(idSchema).default([]),
  quoteNoteIds: z.array(idSchema).default([]),
  /** The framework category (kind id) the finding is reported under. */
  kind: z.string().nullable().default(null),
  priority: z.number().int().min(0).nullable().default(null),
  /** What the priority becomes in the plan; older records hold plain strings, upgraded here (actionPlan.ts). */
  actions: z.preprocess(upgradeActions, z.array(planActionSchema).max(100)).default([]),
  measures: z.preprocess(upgradeMeasures, z.array(planMeasureSchema).max(100)).default([]),
  /** What was done with the finding, for the people who took part; null until someone records it. */
  response: findingResponseSchema.nullable().default(null),
});
export type Finding = z.infer<typeof findingSchema>;

/**
 * One coder's independent theming of one session, for agreement between coders (shared/agreement): who codes
 * (a person's name as they typed it, and the device it was started on) and whether they said they are done.
 * While any of a session's passes is not done, each coder sees only their own assignments (blind coding).
 */
export const codingPassSchema = z.object({
  ...projectScoped,
  sessionId: idSchema,
  coder: z.string().trim().min(1, 'a coder needs a name').max(MAX_NAME_LENGTH),
  deviceId: z.string().default(''),
  done: z.boolean().default(false),
});
export type CodingPass = z.infer<typeof codingPassSchema>;

/**
 * One coder's theme for one note (null: the coder looked and gave it no theme). Separate from the note's own
 * theme on the board, so that coders do not see or move each other's work; resolving a disagreement writes the
 * note's board theme. Erasing a note erases its codings (shared/sync/erasure.ts).
 */
export const codingSchema = z.object({
  ...projectScoped,
  sessionId: idSchema,
  passId: idSchema,
  noteId: idSchema,
  themeId: idSchema.nullable().default(null),
});
export type Coding = z.infer<typeof codingSchema>;

/**
 * A wall or flip-chart photo of a session (architecture: Photos): a JPEG the app re-encoded (scaled down, no
 * EXIF or GPS), its bytes as base64 so sync and bundles carry it like any field. `photoDataProblem` says why
 * data is refused (over the size cap, not a JPEG, still carrying metadata), here and for changes from sync.
 */
export const photoSchema = z.object({
  ...projectScoped,
  sessionId: idSchema,
  mime: z.literal('image/jpeg'),
  width: z.number().int().positive().max(MAX_PHOTO_SIDE),
  height: z.number().int().positive().max(MAX_PHOTO_SIDE),
  data: z.string().superRefine((data, ctx) => {
    const photoProblem = photoDataIssue(data);
    if (photoProblem) ctx.addIssue({ code: 'custom', ...issueParams({ photoProblem }) });
  }),
  caption: z.string().max(MAX_NAME_LENGTH).default(''),
  /**
   * A small copy (longest side THUMB_SIDE) for the board and lists, base64 like `data`. Absent on photos from
   * versions before thumbnails; the app makes and keeps one the first time such a photo is shown.
   */
  thumb: z
    .string()
    .superRefine((thumb, ctx) => {
      const photoProblem = thumbDataIssue(thumb);
      if (photoProblem) ctx.addIssue({ code: 'custom', ...issueParams({ photoProblem }) });
    })
    .optional(),
});
export type Photo = z.infer<typeof photoSchema>;

/** What a memo is about: the whole project, one theme, one note, or one session. */
export const memoTargetSchema = z.enum(['project', 'theme', 'note', 'session']);
export type MemoTarget = z.infer<typeof memoTargetSchema>;

/**
 * An analytical memo (architecture: Memos): the facilitator's own thinking about the project, a theme, a note or a
 * session, never a participant's words, so it is never quoted. The author is the device that wrote it (shown as the
 * name this device's person gave, or the device's synced name); exports number authors and name no one. `sessionId`
 * is the session the target belongs to (null for the project and master themes), so a memo follows its session in
 * bundles, scoped exports and the community rule. A memo on a note is erased with the note: it may quote the speaker.
 */
export const memoSchema = z.object({
  ...projectScoped,
  target: memoTargetSchema,
  /** The theme, note or session the memo is about; null for the project (the commands keep the two consistent). */
  targetId: idSchema.nullable().default(null),
  sessionId: idSchema.nullable().default(null),
  title: z.string().trim().max(MAX_NAME_LENGTH).default(''),
  text: z.string().trim().min(1, 'a memo cannot be empty').max(MAX_NOTE_LENGTH),
  /** The device that wrote the memo (its author, named only on screens, never in exports). */
  authorDeviceId: z.string().max(64).default(''),
});
export type Memo = z.infer<typeof memoSchema>;

/**
 * An erasure: which records lose their content for ever, why, when (createdAt) and on which device — never any
 * text. It is its own record, not an edit: undo cannot reach it, and every device that receives it removes the
 * words from its records, history, caches and sync files (see renderer/data/erasure). Erasures are only ever
 * created; a later change to one is ignored.
 */
export const erasureReasonSchema = z.enum(['consent-withdrawn', 'erased-by-facilitator']);
export type ErasureReason = z.infer<typeof erasureReasonSchema>;

/** Tables whose records an erasure can name: everything but the project itself and the erasures. */
export const ERASABLE_TABLES = [
  'groups',
  'questions',
  'sessions',
  'participants',
  'notes',
  'themes',
  'findings',
  'photos',
] as const;
export type ErasableTable = (typeof ERASABLE_TABLES)[number];

export const erasureSchema = z.object({
  ...projectScoped,
  reason: erasureReasonSchema,
  records: z.array(z.object({ table: z.enum(ERASABLE_TABLES), id: idSchema })).max(100_000),
  /**
   * Consent withdrawn: this participant's notes are erased — also those another device adds or attributes to
   * them later — and the participant keeps only its code, marked withdrawn.
   */
  participantId: idSchema.nullable().default(null),
  /** The device that erased. */
  deviceId: z.string().default(''),
});
export type Erasure = z.infer<typeof erasureSchema>;

/** Every synced table, its schema, and the record type it holds. */
export const recordSchemas = {
  projects: projectSchema,
  groups: stakeholderGroupSchema,
  questions: questionSchema,
  sessions: sessionSchema,
  participants: participantSchema,
  notes: noteSchema,
  themes: themeSchema,
  findings: findingSchema,
  erasures: erasureSchema,
  codingPasses: codingPassSchema,
  codings: codingSchema,
  photos: photoSchema,
  memos: memoSchema,
} as const;

export type TableName = keyof typeof recordSchemas;
export const TABLE_NAMES = Object.keys(recordSchemas) as TableName[];

export interface RecordTypes {
  projects: Project;
  groups: StakeholderGroup;
  questions: Question;
  sessions: Session;
  participants: Participant;
  notes: Note;
  themes: Theme;
  findings: Finding;
  erasures: Erasure;
  codingPasses: CodingPass;
  codings: Coding;
  photos: Photo;
  memos: Memo;
}
export type AnyRecord = RecordTypes[TableName];

export function isTableName(value: string): value is TableName {
  return Object.prototype.hasOwnProperty.call(recordSchemas, value);
}

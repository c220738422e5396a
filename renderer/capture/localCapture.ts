/**
 * What capture keeps on this device so nothing typed is lost: the note box's draft, and every note from the
 * moment Enter is pressed until the database has committed it (or, when saving failed, until the facilitator
 * saves or discards it).
 *
 * Why localStorage and not the database: these copies guard against the database failing or not answering (a
 * full disk, another window upgrading it, a crash before the commit), so they must not depend on it. A
 * localStorage write is synchronous: once `setItem` returns, the browser process holds the text, and a crash of
 * the page cannot take it back; IndexedDB only promises anything once a transaction commits, which is exactly
 * the moment these copies cover. Each note has its own key, so two windows never overwrite each other's.
 * Stored values are checked when read: a damaged entry is dropped, never shown as a note.
 */
import { z } from 'zod';
import { idSchema, noteFlagsSchema } from '../../shared/domain/schemas';

const PREFIX = 'fieldnotes.capture.';
const draftKey = (sessionId: string) => `${PREFIX}draft.${sessionId}`;
const unsavedPrefix = (sessionId: string) => `${PREFIX}unsaved.${sessionId}.`;

const draftSchema = z.object({
  text: z.string(),
  selectionStart: z.number().int().min(0),
  selectionEnd: z.number().int().min(0),
});
export type Draft = z.infer<typeof draftSchema>;

const unsavedSchema = z.object({
  id: idSchema,
  projectId: idSchema,
  sessionId: idSchema,
  text: z.string().min(1),
  questionId: idSchema.nullable(),
  participantId: idSchema.nullable(),
  kind: z.string().nullable(),
  flags: noteFlagsSchema,
  /** When Enter was pressed (ISO). */
  typedAt: z.string(),
  /** Why the last save failed; null while it has not (yet) failed. */
  error: z.string().nullable(),
});
export type UnsavedNote = z.infer<typeof unsavedSchema>;

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage disabled by the browser's settings
  }
}

function read<T>(key: string, schema: z.ZodType<T>): T | null {
  const raw = storage()?.getItem(key);
  if (!raw) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** False when the browser refused to keep it (storage full or disabled): the caller tells the user. */
function write(key: string, value: unknown): boolean {
  const store = storage();
  if (!store) return false;
  try {
    if (value === null) store.removeItem(key);
    else store.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export function readDraft(sessionId: string): Draft | null {
  return read(draftKey(sessionId), draftSchema);
}

/** Keeps the draft (an empty one is removed). */
export function writeDraft(sessionId: string, draft: Draft | null): boolean {
  return write(draftKey(sessionId), draft && draft.text ? draft : null);
}

export function keepUnsaved(note: UnsavedNote): boolean {
  return write(`${unsavedPrefix(note.sessionId)}${note.id}`, note);
}

export function forgetUnsaved(sessionId: string, id: string): void {
  write(`${unsavedPrefix(sessionId)}${id}`, null);
}

/** The unsaved notes under a key prefix, with their keys. */
function unsavedUnder(prefix: string): { key: string; note: UnsavedNote }[] {
  const store = storage();
  if (!store) return [];
  const found: { key: string; note: UnsavedNote }[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (!key?.startsWith(prefix)) continue;
    const note = read(key, unsavedSchema);
    if (note) found.push({ key, note });
  }
  return found;
}

/** The session's notes not (yet) saved, oldest first. */
export function listUnsaved(sessionId: string): UnsavedNote[] {
  return unsavedUnder(unsavedPrefix(sessionId))
    .map(({ note }) => note)
    .sort((a, b) => a.typedAt.localeCompare(b.typedAt));
}

/**
 * Forgets, in every session, the unsaved notes an erasure reaches (their id was erased, or their speaker
 * withdrew consent): erased words are kept nowhere on the device, not even here.
 */
export function forgetErasedUnsaved(noteIds: ReadonlySet<string>, participantIds: ReadonlySet<string>): void {
  for (const { key, note } of unsavedUnder(`${PREFIX}unsaved.`)) {
    if (noteIds.has(note.id) || (note.participantId && participantIds.has(note.participantId))) write(key, null);
  }
}

import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { communityApprovalSchema, noteSchema, photoSchema, projectSchema, sessionSchema } from '../domain/schemas';
import { newId } from '../domain/ids';
import { MAX_LINKED_THEMES, MAX_NOTE_LENGTH } from '../domain/limits';
import { changeRecordSchema } from '../changes/change';
import { firstIssueWords, issueField, issueProblem, issueWords } from './schemaIssue';
import { translator } from './translate';
import { wordsText } from './words';

const en = translator('en');
const fr = translator('fr-CA');
const now = '2026-03-14T09:30:00.000Z';
const projectId = newId();

const goodNote = {
  id: newId(),
  projectId,
  sessionId: newId(),
  text: 'Lighting on the path',
  createdAt: now,
  updatedAt: now,
};

/** French no-break spaces compared as plain ones: the catalogue test checks French typography itself. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/** The first issue of a value the schema refuses, as the two languages say it. */
function said(schema: z.ZodType, value: unknown): { en: string; fr: string; field: string } {
  const parsed = schema.safeParse(value);
  if (parsed.success) throw new Error('the value was accepted');
  const issue = parsed.error.issues[0]!;
  const words = issueWords(issue);
  return { en: wordsText(words, en), fr: plain(wordsText(words, fr)), field: issueField(issue) };
}

describe('a schema issue in catalogue words', () => {
  it('too_big on a string: too long, with the limit counted in each language', () => {
    const text = said(noteSchema, { ...goodNote, text: 'x'.repeat(MAX_NOTE_LENGTH + 1) });
    expect(text.en).toBe('text is too long (at most 50,000 characters)');
    expect(text.fr).toBe('le champ « text » est trop long (au plus 50 000 caractères)');
  });

  it('too_big on a list: too many items', () => {
    const linked = Array.from({ length: MAX_LINKED_THEMES + 1 }, () => newId());
    const text = said(noteSchema, { ...goodNote, linkedThemeIds: linked });
    expect(text.en).toBe('linkedThemeIds has too many items (at most 20 items)');
    expect(text.fr).toBe('le champ « linkedThemeIds » a trop d’éléments (au plus 20 éléments)');
  });

  it('too_big on a number: too large, at most', () => {
    const session = { ...goodNote, title: 'Youth', attendance: 10_001 };
    const text = said(sessionSchema, session);
    expect(text.en).toBe('attendance is too large (at most 10,000)');
    expect(text.fr).toBe('le champ « attendance » est trop grand (au plus 10 000)');
  });

  it('too_small on a trimmed name: empty, whatever English the schema gave', () => {
    const text = said(projectSchema, { id: newId(), name: '   ', createdAt: now, updatedAt: now });
    expect(text.en).toBe('name is empty');
    expect(text.fr).toBe('le champ « name » est vide');
  });

  it('too_small on a number: too small, at least', () => {
    const text = said(noteSchema, { ...goodNote, votes: -1 });
    expect(text.en).toBe('votes is too small (at least 0)');
    expect(text.fr).toBe('le champ « votes » est trop petit (au moins 0)');
  });

  it('too_small that excludes its limit: more than', () => {
    const region = { photoId: newId(), x: 0, y: 0, w: 0, h: 10 };
    const text = said(noteSchema, { ...goodNote, photoRegion: region });
    expect(text.field).toBe('photoRegion.w');
    expect(text.en).toBe('photoRegion.w is too small (more than 0)');
    expect(text.fr).toBe('le champ « photoRegion.w » est trop petit (plus de 0)');
  });

  it('invalid_type: a missing field is missing, a wrong kind says what it should be', () => {
    const { sessionId: _omitted, ...withoutSession } = goodNote;
    const missing = said(noteSchema, withoutSession);
    expect(missing.en).toBe('sessionId is missing');
    expect(missing.fr).toBe('le champ « sessionId » est absent');
    const wrong = said(noteSchema, { ...goodNote, votes: 'three' });
    expect(wrong.en).toBe('votes should be a number');
    expect(wrong.fr).toBe('le champ « votes » devrait être un nombre');
  });

  it('invalid_type on the whole value names no field', () => {
    const text = said(noteSchema, 'a note');
    expect(text.field).toBe('');
    expect(text.en).toBe('the value should be an object');
    expect(text.fr).toBe('le contenu devrait être un objet');
  });

  it('invalid_format: a date and time, and our own patterns by name (a date, a colour, a UUID)', () => {
    const stamp = said(noteSchema, { ...goodNote, createdAt: 'yesterday' });
    expect(stamp.en).toBe('createdAt is not a date and time (such as 2026-03-14T09:30:00Z)');
    expect(stamp.fr).toBe('le champ « createdAt » n’est pas une date et heure (comme 2026-03-14T09:30:00Z)');
    const approval = { approvedBy: 'Elders’ council', approvedOn: '14/03/2026', scope: {}, recordedAt: now };
    const day = said(communityApprovalSchema, approval);
    expect(day.en).toBe('approvedOn is not a date (YYYY-MM-DD)');
    expect(day.fr).toBe('le champ « approvedOn » n’est pas une date (AAAA-MM-JJ)');
    const colour = said(noteSchema, { ...goodNote, color: 'red' });
    expect(colour.fr).toBe('le champ « color » n’est pas une couleur (#RRVVBB)');
    const linked = said(noteSchema, { ...goodNote, linkedThemeIds: ['theme-1'] });
    expect(linked.en).toBe('linkedThemeIds.0 is not a UUID');
    expect(linked.fr).toBe('le champ « linkedThemeIds.0 » n’est pas un UUID');
  });

  it('invalid_format on a change record: a crafted row id is not a UUID', () => {
    const change = {
      hlc: `${now}-0000-0123456789ABCDEF`,
      deviceId: '0123456789ABCDEF',
      projectId,
      table: 'notes',
      rowId: '__proto__',
      fields: {},
    };
    const text = said(changeRecordSchema, change);
    expect(text.en).toBe('rowId is not a UUID');
    expect(text.fr).toBe('le champ « rowId » n’est pas un UUID');
  });

  it('invalid_value: one of an enum’s values, or the one value of a literal, as the file writes them', () => {
    const status = said(sessionSchema, { ...goodNote, title: 'Youth', status: 'finished' });
    expect(status.en).toBe('status should be one of: "planned", "running", "closed"');
    expect(status.fr).toBe('le champ « status » devrait être l’une de ces valeurs : "planned", "running", "closed"');
    const photo = { ...goodNote, mime: 'image/png', width: 10, height: 10, data: '' };
    const mime = said(photoSchema, photo);
    expect(mime.en).toBe('mime should be "image/jpeg"');
    expect(mime.fr).toBe('le champ « mime » devrait être "image/jpeg"');
  });

  it('invalid_key: a record whose key is refused', () => {
    const keys = z.record(z.string().regex(/^[a-z]+$/), z.string()).safeParse({ Age: '30' });
    expect(wordsText(issueProblem(keys.error!.issues[0]!), en)).toBe('has a key that is not valid');
    expect(plain(wordsText(issueProblem(keys.error!.issues[0]!), fr))).toBe('a une clé non valide');
  });

  it('unrecognized_keys: the fields the schema does not know, counted', () => {
    const strict = z.strictObject(communityApprovalSchema.shape);
    const approval = { approvedBy: 'Council', approvedOn: '2026-03-14', scope: {}, recordedAt: now, signed: 1 };
    const text = said(strict, approval);
    expect(text.en).toBe('the value has an unknown field: "signed"');
    expect(text.fr).toBe('le contenu a un champ inconnu : "signed"');
  });

  it('invalid_union: a value that is none of the accepted kinds', () => {
    const union = z.union([z.literal('silent'), z.literal('no-session')]).safeParse('quiet');
    const issue = union.error!.issues[0]!;
    expect(wordsText(issueProblem(issue), en)).toBe('matches none of the accepted forms');
    expect(plain(wordsText(issueProblem(issue), fr))).toBe('ne correspond à aucune des formes acceptées');
  });

  it('not_multiple_of', () => {
    const parsed = z.number().multipleOf(5).safeParse(12);
    const issue = parsed.error!.issues[0]!;
    expect(plain(wordsText(issueProblem(issue), fr))).toBe('devrait être un multiple de 5');
  });

  it('custom: our own refinement says what it checks (a theme linked twice)', () => {
    const theme = newId();
    const text = said(noteSchema, { ...goodNote, linkedThemeIds: [theme, theme] });
    expect(text.en).toBe('linkedThemeIds names the same item twice');
    expect(text.fr).toBe('le champ « linkedThemeIds » nomme deux fois le même élément');
  });

  it('custom: a refused photo says why, as the photo checks word it', () => {
    const photo = { ...goodNote, mime: 'image/jpeg', width: 10, height: 10, data: 'not base64!' };
    const text = said(photoSchema, photo);
    expect(text.en).toMatch(/^data is refused: .*photo/);
    expect(text.fr).toMatch(/^le champ « data » est refusé : .*photo/);
    expect(text.fr).not.toMatch(/base64 text|not valid/);
  });

  it('custom without words of ours is said plainly as not valid, never in zod’s English', () => {
    const parsed = z
      .string()
      .refine(() => false, 'a developer’s note')
      .safeParse('x');
    expect(plain(wordsText(firstIssueWords(parsed.error!), fr))).toBe('le contenu n’est pas valide');
  });
});

import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { newId } from '../../shared/domain/ids';
import { MAX_NOTE_LENGTH } from '../../shared/domain/limits';
import { noteSchema } from '../../shared/domain/schemas';
import { translator } from '../../shared/i18n/translate';
import { DataError, describeError, errorReason, goneError, toDataError } from './errors';

const en = translator('en');
const fr = translator('fr-CA');

describe('data errors in the app language', () => {
  const invalid = () => z.object({ text: z.string().min(1, 'a note needs text') }).safeParse({ text: '' }).error!;

  it('keeps an English message for logs and words the same error in French when shown', () => {
    const error = toDataError(invalid(), 'note');
    expect(error.message).toBe('The note is not valid: text is empty.');
    expect(describeError(error, en)).toBe(error.message);
    // The schema's issue is worded from the catalogue too; the noun agrees with its gender.
    expect(describeError(error, fr)).toBe('La note n’est pas valide\u00a0: le champ «\u00a0text\u00a0» est vide.');
  });

  it('says a note too long for the schema fully in French, the limit counted in French', () => {
    const now = '2026-03-14T09:30:00.000Z';
    const note = { id: newId(), projectId: newId(), sessionId: newId(), createdAt: now, updatedAt: now };
    const tooLong = noteSchema.safeParse({ ...note, text: 'x'.repeat(MAX_NOTE_LENGTH + 1) }).error!;
    expect(describeError(toDataError(tooLong, 'note'), fr)).toBe(
      'La note n’est pas valide\u00a0: le champ «\u00a0text\u00a0» est trop long (au plus 50\u00a0000 caractères).',
    );
  });

  it('agrees the article with the record it speaks of', () => {
    expect(describeError(toDataError(invalid(), 'theme'), fr)).toMatch(/^Le thème n’est pas valide/);
    expect(describeError(toDataError(invalid(), 'stakeholder group'), fr)).toMatch(/^Le groupe d’intérêt n’est pas/);
    expect(describeError(toDataError(invalid()), fr)).toMatch(/^La modification n’est pas valide/);
    expect(describeError(goneError('session'), fr)).toBe('Cette séance n’existe plus.');
    expect(describeError(goneError('project'), en)).toBe('That project no longer exists.');
  });

  it('says a full disk and another window in French', () => {
    const quota = toDataError(new DOMException('full', 'QuotaExceededError'));
    expect(quota.code).toBe('quota');
    expect(describeError(quota, fr)).toMatch(/^Le disque est plein/);
    expect(describeError({ name: 'DatabaseClosedError' }, fr)).toMatch(/^Fieldnotes a été mis à jour/);
  });

  it('says an unexpected failure in a French sentence that says nothing changed, its own text only as detail', () => {
    const said = describeError(new Error('boom'), fr);
    expect(said).toMatch(/^La modification n’a pas pu être enregistrée, donc rien n’a été modifié\. Réessayez/);
    expect(said).toMatch(/\(Détail technique\u00a0: boom\)$/);
  });

  it('words names people typed as they are and worded parts in the same language', () => {
    const named = new DataError('conflict', { id: 'dataErrors.masterThemeExists', values: { name: 'Sécurité' } });
    expect(named.message).toBe('There is already a master theme called “Sécurité”.');
    expect(describeError(named, fr)).toBe('Il y a déjà un thème maître nommé «\u00a0Sécurité\u00a0».');
    const photo = new DataError('invalid', {
      id: 'photoChecks.refused',
      values: { problem: { photoProblem: { kind: 'not-jpeg', what: 'photo' } } },
    });
    expect(photo.message).toBe('This photo cannot be kept: the photo is not a JPEG image (the file may be damaged).');
    expect(describeError(photo, fr)).toMatch(/^Cette photo ne peut pas être gardée/);
    expect(describeError(photo, fr)).not.toMatch(/JPEG image/);
  });

  it('gives a reason for another sentence: a data error in the language, anything else as unexpected', () => {
    expect(errorReason(goneError('note'), fr)).toBe('Cette note n’existe plus.');
    expect(errorReason(new Error('EACCES: permission denied'), fr)).toBe(
      'une erreur inattendue (détail technique\u00a0: EACCES: permission denied)',
    );
  });
});

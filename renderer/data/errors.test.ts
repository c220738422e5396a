import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { translator } from '../../shared/i18n/translate';
import { DataError, describeError, errorReason, goneError, toDataError } from './errors';

const en = translator('en');
const fr = translator('fr-CA');

describe('data errors in the app language', () => {
  const invalid = () => z.object({ text: z.string().min(1, 'a note needs text') }).safeParse({ text: '' }).error!;

  it('keeps an English message for logs and words the same error in French when shown', () => {
    const error = toDataError(invalid(), 'note');
    expect(error.message).toBe('The note is not valid (text): a note needs text.');
    expect(describeError(error, en)).toBe(error.message);
    // The schema's own detail is quoted as it came; the sentence around it is French, the noun with its gender.
    expect(describeError(error, fr)).toBe('La note n’est pas valide (text)\u00a0: a note needs text.');
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

  it('puts an unknown failure’s own text inside a French sentence', () => {
    expect(describeError(new Error('boom'), fr)).toBe('La modification n’a pas pu être enregistrée\u00a0: boom');
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

  it('gives a reason for another sentence: a data error in the language, anything else as it came', () => {
    expect(errorReason(goneError('note'), fr)).toBe('Cette note n’existe plus.');
    expect(errorReason(new Error('EACCES: permission denied'), fr)).toBe('EACCES: permission denied');
  });
});

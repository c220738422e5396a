import { describe, expect, it } from 'vitest';
import { translator } from '../../shared/i18n/translate';
import { decodeIpcProblem, encodeIpcProblem } from '../../shared/ipcProblem';
import { DataError, describeError } from '../data/errors';
import { ipcProblemWords } from './ipcProblemWords';

const fr = translator('fr-CA');
const en = translator('en');

/** As the page gets it: Electron's own words, then the message main sent. */
function received(message: string): DataError {
  const problem = decodeIpcProblem(`Error invoking remote method 'fieldnotes:save-file': Error: ${message}`);
  if (!problem) throw new Error('no problem in the message');
  return new DataError('file', ipcProblemWords(problem));
}

describe('a file problem from the desktop main process, in the app language', () => {
  it('says a save whose folder is gone, the reason in the same language', () => {
    const error = received(encodeIpcProblem({ code: 'cannot-write', file: '/x/out.xlsx', why: { kind: 'no-folder' } }));
    expect(describeError(error, en)).toBe('“/x/out.xlsx” could not be written: its folder does not exist.');
    expect(describeError(error, fr)).toBe(
      '«\u00a0/x/out.xlsx\u00a0» n’a pas pu être écrit\u00a0: son dossier n’existe pas.',
    );
  });

  it('gives a file too large to open its sizes the French way', () => {
    const error = received(encodeIpcProblem({ code: 'too-large', file: 'big.csv', size: 2_306_867, limit: 1_048_576 }));
    expect(error.message).toBe('"big.csv" is 2.2 MB; Fieldnotes opens files of up to 1.0 MB.');
    expect(describeError(error, fr)).toMatch(/big\.csv.*2,2.*1,0/);
  });

  it('says a name that leads outside the chosen folder, and a project without a shared folder', () => {
    const outside = received(encodeIpcProblem({ code: 'outside-folder', name: 'link.csv' }));
    expect(describeError(outside, fr)).toBe(
      '«\u00a0link.csv\u00a0» est refusé\u00a0: ce nom mène hors du dossier choisi.',
    );
    const noFolder = received(encodeIpcProblem({ code: 'no-sync-folder' }));
    expect(describeError(noFolder, fr)).toMatch(/^Aucun dossier partagé/);
  });

  it('finds no problem in a message that carries none', () => {
    expect(decodeIpcProblem('Error invoking remote method: Error: boom')).toBeNull();
    expect(decodeIpcProblem('fieldnotes-problem:{not json')).toBeNull();
  });
});

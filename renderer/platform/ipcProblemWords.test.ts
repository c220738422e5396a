import { describe, expect, it } from 'vitest';
import { translator } from '../../shared/i18n/translate';
import { firstIssueWords } from '../../shared/i18n/schemaIssue';
import { saveFileRequestSchema } from '../../shared/ipc';
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

  it('says a request main refused as a fault, nothing changed, the payload’s schema issue in French', () => {
    const parsed = saveFileRequestSchema.safeParse({ suggestedName: '../../.bashrc', data: new Uint8Array() });
    const problem = {
      code: 'refused' as const,
      channel: 'fieldnotes:save-file',
      why: { kind: 'invalid' as const, issue: firstIssueWords(parsed.error!) },
      detail: 'Refused fieldnotes:save-file: invalid request (suggestedName is not a plain file name).',
    };
    const said = describeError(received(encodeIpcProblem(problem)), fr);
    expect(said).toMatch(
      /^L’application de bureau a refusé une demande de cette fenêtre\. C’est une anomalie de Fieldnotes/,
    );
    expect(said).toContain('rien n’a été modifié');
    expect(said).toContain(
      '(Détail technique\u00a0: la demande à fieldnotes:save-file n’était pas valide\u00a0: ' +
        'le champ «\u00a0suggestedName\u00a0» n’est pas un simple nom de fichier.)',
    );
    expect(said).not.toMatch(/Refused|invalid request/);
  });

  it('says a request from a frame that is not ours in French, an unknown frame too', () => {
    const refused = (frame: string | null) =>
      received(
        encodeIpcProblem({
          code: 'refused',
          channel: 'fieldnotes:open-file',
          why: { kind: 'not-our-page', frame },
          detail: 'Refused',
        }),
      );
    expect(describeError(refused('https://example.org/'), fr)).toContain(
      'la demande à fieldnotes:open-file venait de https://example.org/, pas d’une page de Fieldnotes',
    );
    expect(describeError(refused(null), en)).toContain('came from an unknown frame, not from a Fieldnotes page');
  });

  it('finds no problem in a message that carries none', () => {
    expect(decodeIpcProblem('Error invoking remote method: Error: boom')).toBeNull();
    expect(decodeIpcProblem('fieldnotes-problem:{not json')).toBeNull();
  });
});

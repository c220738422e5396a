import { describe, expect, it } from 'vitest';
import { translator } from '../../shared/i18n/translate';
import { describeFolderError } from './folderErrors';

describe('a sync folder that could not be read', () => {
  it('is said in the command’s language, the error’s own text only as the technical detail', () => {
    const failure = Object.assign(new Error('EIO: i/o error, scandir /mnt/share'), { code: 'EIO' });
    expect(describeFolderError(failure, translator('fr-CA'))).toBe(
      'Le dossier de synchronisation n’a pas pu être lu, donc rien n’a été écrit. Vérifiez que le dossier peut être ' +
        'ouvert, puis réessayez. (Détail technique\u00a0: EIO: i/o error, scandir /mnt/share)',
    );
    expect(describeFolderError(failure, translator('en'))).toMatch(/^The sync folder could not be read, so nothing/);
  });
});

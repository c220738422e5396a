/** The chosen file of a note import: reading it (again, in another encoding), and the column mapping guessed from it. */
import { useState } from 'react';
import type { CsvEncoding } from '../../shared/csv';
import { guessMapping, type ColumnMapping } from '../../shared/import';
import { describeError } from '../data/errors';
import { getPlatform } from '../platform';
import { msg, uiTranslator } from '../ui/i18n';
import { ImportFileError, type ImportTable } from './importTable';
import { readImportFile } from './readImportFile';

export interface ChosenFile {
  fileName: string;
  bytes: Uint8Array;
  table: ImportTable;
}

export function useImportFile(onRead: (chosen: ChosenFile, firstRead: boolean) => void) {
  const [chosen, setChosen] = useState<ChosenFile | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);

  /** Reads the file; with an encoding, the same file again in that encoding (the mapping the user made stays). */
  const read = async (fileName: string, bytes: Uint8Array, encoding?: CsvEncoding) => {
    setReadError(null);
    try {
      const table = await readImportFile(fileName, bytes, encoding ? { encoding } : {});
      const next = { fileName, bytes, table };
      setChosen(next);
      setMapping((current) => (chosen && current && encoding ? current : guessMapping(table.header)));
      onRead(next, !encoding);
    } catch (error) {
      setChosen(null);
      setMapping(null);
      setReadError(
        error instanceof ImportFileError
          ? error.message
          : msg('importNotes.file.cannotRead', { reason: describeError(error, uiTranslator()) }),
      );
    }
  };

  const choose = async () => {
    try {
      const file = await getPlatform().openFile({
        filters: [{ name: msg('importNotes.fileType'), extensions: ['csv', 'txt', 'tsv', 'xlsx'] }],
      });
      if (file) await read(file.fileName, file.data);
    } catch (error) {
      setReadError(msg('importNotes.file.cannotOpen', { reason: describeError(error, uiTranslator()) }));
    }
  };

  return { chosen, readError, mapping, setMapping, read, choose };
}

import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/translate';
import { ReadError } from './errors';
import { readFindingsJson } from './json';
import { readProjectXml, readQdc, readQdpx } from './refi/read';

const fr = translator('fr-CA');

function refusal(read: () => unknown): ReadError {
  try {
    read();
  } catch (error) {
    if (error instanceof ReadError) return error;
    throw error;
  }
  throw new Error('the file was read');
}

describe('a findings or REFI-QDA file that cannot be read is refused in the reader’s language', () => {
  it('says in French that a findings file is cut short, and English stays the default', () => {
    expect(refusal(() => readFindingsJson('{"format": ', fr)).message).toBe(
      'Ce fichier n’est pas du JSON valide (il est peut-être tronqué). Rien n’a été importé.',
    );
    expect(refusal(() => readFindingsJson('{"format": ')).message).toBe(
      'This file is not valid JSON (it may be cut short). Nothing was imported.',
    );
  });

  it('writes sizes the French way and names the kind of file', () => {
    const error = refusal(() => readFindingsJson(' '.repeat(50 * 1024 * 1024), fr));
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/^Ce fichier de constats fait 50,0\u00a0Mo\u202f; .* d’au plus 40\u00a0Mo\./);
  });

  it('says where a findings file is damaged, and that a newer one needs an update', () => {
    const newer = JSON.stringify({ format: 'fieldnotes.findings', version: 99 });
    expect(refusal(() => readFindingsJson(newer, fr)).message).toMatch(
      /version de format 99\u202f; cette application lit jusqu’à la version \d+\)\. Mettez Fieldnotes à jour/,
    );
  });

  it('refuses a file that is not a .qdpx, a zip without a project and a codebook that is not one, in French', () => {
    expect(refusal(() => readQdpx(strToU8('<Project/>'), fr)).message).toBe(
      'Ce n’est pas un fichier .qdpx (un .qdpx est une archive zip). Rien n’a été importé.',
    );
    expect(refusal(() => readQdpx(zipSync({ 'readme.txt': strToU8('hello') }), fr)).message).toMatch(
      /^Ce zip ne contient pas de project\.qde/,
    );
    expect(refusal(() => readQdc('<Project/>', fr)).message).toBe(
      'Ce n’est pas un livre de codes REFI-QDA (aucun élément <CodeBook>). Rien n’a été importé.',
    );
    expect(refusal(() => readQdc('<CodeBook>', fr)).message).toMatch(
      /^Le livre de codes n’est pas du XML bien formé\u00a0: un élément n’est pas fermé avant la fin du fichier, /,
    );
  });

  it('lists what it skipped in a readable project in French', () => {
    const xml = `<Project name="p"><Sources>
      <TextSource guid="a" name="Séance 1" plainTextPath="internal://gone.txt"/>
      <PDFSource guid="b" name="scan"/><PictureSource guid="c" name="wall"/>
    </Sources></Project>`;
    const project = readProjectXml(xml, () => undefined, fr);
    expect(project.warnings).toEqual([
      'La source «\u00a0Séance 1\u00a0» n’a pas de texte brut lisible (gone.txt)\u202f; elle a été ignorée.',
      '2 sources qui ne sont pas du texte (PDF, images, audio, vidéo) ont été ignorées.',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/translate';
import { ReadError } from '../errors';
import { parseXml } from './parseXml';

const fr = translator('fr-CA');
const en = translator('en');

function refusal(xml: string, tr = fr): string {
  try {
    parseXml(xml, 'codebook', tr);
  } catch (error) {
    expect(error).toBeInstanceOf(ReadError);
    return (error as ReadError).message.replace(/[\u00a0\u202f]/g, ' ');
  }
  throw new Error('the XML was accepted');
}

describe('XML that is not well-formed, said in the reader’s language', () => {
  it('names an element left open, where the file ends, in French', () => {
    const said = refusal('<CodeBook>\n  <Codes>\n');
    expect(said).toMatch(
      /^Le livre de codes n’est pas du XML bien formé : un élément n’est pas fermé avant la fin du fichier, vers la ligne 3, colonne \d+\. Rien n’a été importé\./,
    );
    // The parser's text only as a labelled appendix, for support.
    expect(said).toMatch(
      /\(Texte d’origine de l’analyseur XML, en anglais, pour le soutien technique : « unclosed tag: \w+ »\)$/,
    );
  });

  it('names a closing tag that does not match, with its line and column', () => {
    const said = refusal('<CodeBook>\n<Codes></CodeBook>\n</Codes>');
    expect(said).toContain(
      'une balise fermante ne correspond pas à l’élément qu’elle ferme, vers la ligne 2, colonne 18.',
    );
  });

  it('names a malformed attribute and an unknown entity', () => {
    expect(refusal('<CodeBook origin=x/>')).toContain('un attribut est mal formé, vers la ligne 1');
    expect(refusal('<CodeBook>&nope;</CodeBook>')).toContain('une entité (comme &amp;) est mal formée ou inconnue');
  });

  it('says the same in English', () => {
    expect(refusal('<CodeBook>\n<Codes></CodeBook>\n</Codes>', en)).toMatch(
      /^The codebook is not well-formed XML: a closing tag does not match the element it closes, near line 2, column 18\. Nothing was imported\. \(The XML parser’s own words, in English, for support: “unexpected close tag\.”\)$/,
    );
  });
});

/**
 * The codebook as a REFI-QDA .qdc file (Codebook-mrt2019.xsd): every theme a code, master mappings as sets. The
 * codebook schema has no notes, so a theme's memos follow its description (memoNotes.ts).
 */
import type { FindingsDocument } from '../../findings/documentSchema';
import { codeElements, masterSets } from './codes';
import { memoDescription } from './memoNotes';
import { translator, type Translator } from '../../i18n/translate';
import { XML_DECLARATION, element } from './xml';

export const QDC_NAMESPACE = 'urn:QDA-XML:codebook:1.0';

/** The codebook; the words it adds for people (sets, memo headings) in the language of `tr`. */
export function writeQdc(doc: FindingsDocument, tr: Translator = translator()): string {
  const sets = masterSets(doc, 'guid', tr);
  const moreDescription = (themeId: string) => memoDescription(doc, themeId, tr);
  return (
    XML_DECLARATION +
    element('CodeBook', { xmlns: QDC_NAMESPACE, origin: doc.generator }, [
      element('Codes', {}, codeElements(doc, { moreDescription }, tr)),
      ...(sets.length ? [element('Sets', {}, sets)] : []),
    ]) +
    '\n'
  );
}

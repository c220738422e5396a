/**
 * The codebook as a REFI-QDA .qdc file (Codebook-mrt2019.xsd): every theme a code, master mappings as sets. The
 * codebook schema has no notes, so a theme's memos follow its description (memoNotes.ts).
 */
import type { FindingsDocument } from '../../findings/documentSchema';
import { codeElements, masterSets } from './codes';
import { memoDescription } from './memoNotes';
import { XML_DECLARATION, element } from './xml';

export const QDC_NAMESPACE = 'urn:QDA-XML:codebook:1.0';

export function writeQdc(doc: FindingsDocument): string {
  const sets = masterSets(doc, 'guid');
  return (
    XML_DECLARATION +
    element('CodeBook', { xmlns: QDC_NAMESPACE, origin: doc.generator }, [
      element('Codes', {}, codeElements(doc, { moreDescription: (themeId) => memoDescription(doc, themeId) })),
      ...(sets.length ? [element('Sets', {}, sets)] : []),
    ]) +
    '\n'
  );
}

/**
 * XML into a small element tree, with saxes: a strict, well-kept streaming parser (the one jsdom uses) that runs
 * anywhere, unlike DOMParser, which shared/ cannot use. It expands no external entities, so a hostile file cannot
 * make us read anything else. Namespace prefixes are dropped: REFI files use one default namespace.
 */
import { SaxesParser } from 'saxes';
import { translator, type Translator } from '../../i18n/translate';
import { ReadError } from '../errors';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const local = (name: string): string => name.slice(name.indexOf(':') + 1);

/** Which file is being parsed, for the message that refuses it. */
export type XmlFileKind = 'project' | 'codebook';

/** The kinds of XML error the refusal names, told from the parser's own English words (all it gives). */
type XmlErrorKind = 'unclosed' | 'end' | 'mismatch' | 'character' | 'entity' | 'attribute' | 'root' | 'other';

const KINDS: [RegExp, XmlErrorKind][] = [
  [/unclosed tag/, 'unclosed'],
  [/unexpected end/, 'end'],
  [/closing tag|close tag/, 'mismatch'],
  [/entity/, 'entity'],
  [/disallowed character|is disallowed/, 'character'],
  [/attribute|value must be quoted|value required|name\/value/, 'attribute'],
  [/root/, 'root'],
];

/**
 * Why the file is not XML, in the reader's language: what kind of error and where (saxes counts lines from 1 and
 * columns from 0 at the next character, so the column is that of the character it stopped on). The parser's own
 * text follows as a quoted technical appendix, said to be the parser's, for whoever supports the user.
 */
function notXml(error: unknown, parser: SaxesParser, what: XmlFileKind, tr: Translator): string {
  const raw = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  // saxes starts its message with the position, which the sentence already gives.
  const detail = raw.replace(/^\d+:\d+: /, '');
  const kind = KINDS.find(([pattern]) => pattern.test(detail))?.[1] ?? 'other';
  return tr.t('readers.refi.notXml', { what, kind, line: parser.line, column: Math.max(parser.column, 1), detail });
}

export function parseXml(xml: string, what: XmlFileKind, tr: Translator = translator()): XmlElement {
  const parser = new SaxesParser();
  const root: XmlElement = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const [name, value] of Object.entries(tag.attributes)) attrs[local(name)] = String(value);
    const element: XmlElement = { name: local(tag.name), attrs, children: [], text: '' };
    stack[stack.length - 1]!.children.push(element);
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const addText = (text: string): void => {
    stack[stack.length - 1]!.text += text;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  try {
    parser.write(xml.replace(/^\uFEFF/, '')).close();
  } catch (error) {
    throw new ReadError('invalid', notXml(error, parser, what, tr));
  }
  const top = root.children[0];
  if (!top) throw new ReadError('invalid', tr.t('readers.refi.empty', { what }));
  return top;
}

export function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c) => c.name === name);
}

export function children(element: XmlElement | undefined, name: string): XmlElement[] {
  return element ? element.children.filter((c) => c.name === name) : [];
}

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
    const detail = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    throw new ReadError('invalid', tr.t('readers.refi.notXml', { what, detail }));
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

/** A minimal XML writer for the REFI files: elements as strings, attributes escaped, empty elements self-closed. */
import { escapeXml } from '../text';

export type Attrs = Record<string, string | number | boolean | null | undefined>;

export function attrs(values: Attrs): string {
  let out = '';
  for (const [name, value] of Object.entries(values)) {
    if (value === null || value === undefined) continue;
    out += ` ${name}="${escapeXml(String(value))}"`;
  }
  return out;
}

export function element(name: string, values: Attrs, children: readonly string[] = []): string {
  const body = children.join('');
  return body ? `<${name}${attrs(values)}>${body}</${name}>` : `<${name}${attrs(values)}/>`;
}

export function textElement(name: string, text: string): string {
  return `<${name}>${escapeXml(text)}</${name}>`;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>\n';

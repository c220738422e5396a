/** Replacing spans of text with a visible marker, so a reader sees that something was taken out and what kind. */
import type { PiiKind } from './types';

export const REDACTION_MARKERS: Record<PiiKind, string> = {
  email: '[e-mail removed]',
  phone: '[phone removed]',
  address: '[address removed]',
  'postal-code': '[postal code removed]',
  name: '[name removed]',
  other: '[removed]',
};

export interface Span {
  start: number;
  end: number;
  kind: PiiKind;
}

/** Spans may come in any order and overlap; each character is covered by at most one marker. */
export function redactText(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = 0;
  for (const span of sorted) {
    const start = Math.max(span.start, at);
    const end = Math.min(span.end, text.length);
    if (end <= start) continue;
    out += text.slice(at, start) + REDACTION_MARKERS[span.kind];
    at = end;
  }
  return out + text.slice(at);
}

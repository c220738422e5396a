/** Shared shapes of the privacy gate. */

/** `other`: a span the user marked by hand. */
export type PiiKind = 'email' | 'phone' | 'address' | 'postal-code' | 'name' | 'other';

export const PII_LABELS: Record<PiiKind, string> = {
  email: 'e-mail address',
  phone: 'phone number',
  address: 'street address',
  'postal-code': 'postal code',
  name: 'person name',
  other: 'marked by you',
};

/**
 * Where a piece of exported text lives. `index` is the position in a list field (a finding's actions); `part` the
 * text inside a structured item (an action's lead agency, a measure's baseline, the response's reason).
 */
export interface TextLocation {
  table: 'notes' | 'themes' | 'findings' | 'sessions' | 'memos';
  id: string;
  field: 'text' | 'name' | 'description' | 'statement' | 'actions' | 'measures' | 'response' | 'title' | 'location';
  index?: number;
  part?: string;
}

export interface PiiMatch {
  /** Stable across scans of the same text, so the user's keep/redact choices survive a re-plan. */
  id: string;
  kind: PiiKind;
  location: TextLocation;
  start: number;
  end: number;
  text: string;
}

/**
 * The personal-information scan over everything an export would carry as free text: note text, theme names and
 * descriptions, finding statements, actions and measures, session titles and locations.
 * Overlapping matches are merged (the earlier start wins, then the longer), so a redaction never cuts a word twice.
 */
import type { FindingsSnapshot } from '../findings/snapshot';
import { findNames } from './names';
import type { RawMatch } from './patterns';
import { findPatternMatches } from './patterns';
import type { PiiMatch, TextLocation } from './types';

export interface ScanOptions {
  /** Person names via compromise (the slow part); on by default. */
  names?: boolean;
}

export function scanText(text: string, options: ScanOptions = {}): RawMatch[] {
  const raw = findPatternMatches(text);
  if (options.names !== false) raw.push(...findNames(text));
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: RawMatch[] = [];
  for (const match of raw) {
    const last = merged[merged.length - 1];
    if (last && match.start < last.end) {
      // Pattern kinds beat a name guess over the same characters ("Main Street" is an address, not a person).
      if (last.kind === 'name' && match.kind !== 'name') last.kind = match.kind;
      last.end = Math.max(last.end, match.end);
    } else {
      merged.push({ ...match });
    }
  }
  return merged;
}

export function locationKey(location: TextLocation): string {
  const index = location.index === undefined ? '' : `/${location.index}`;
  return `${location.table}/${location.id}/${location.field}${index}${location.part ? `/${location.part}` : ''}`;
}

/** Every exported text field of the snapshot, with where it lives. */
export function* exportedTexts(snapshot: FindingsSnapshot): Generator<[TextLocation, string]> {
  for (const note of snapshot.notes) yield [{ table: 'notes', id: note.id, field: 'text' }, note.text];
  for (const theme of snapshot.themes) {
    yield [{ table: 'themes', id: theme.id, field: 'name' }, theme.name];
    if (theme.description) yield [{ table: 'themes', id: theme.id, field: 'description' }, theme.description];
  }
  for (const finding of snapshot.findings) {
    if (finding.statement) yield [{ table: 'findings', id: finding.id, field: 'statement' }, finding.statement];
    yield* findingPlanTexts(finding);
  }
  for (const session of snapshot.sessions) {
    yield [{ table: 'sessions', id: session.id, field: 'title' }, session.title];
    if (session.location) yield [{ table: 'sessions', id: session.id, field: 'location' }, session.location];
  }
  for (const memo of snapshot.memos ?? []) {
    if (memo.title) yield [{ table: 'memos', id: memo.id, field: 'title' }, memo.title];
    yield [{ table: 'memos', id: memo.id, field: 'text' }, memo.text];
  }
}

/**
 * The plan parts of a finding: each action's words, lead and partners, each measure's words, baseline, target and
 * source, the response's reason and outcome. Who recorded the response is the recorder's own name, given for that
 * purpose, and is not scanned (as the mapping log's names are not).
 */
function* findingPlanTexts(finding: FindingsSnapshot['findings'][number]): Generator<[TextLocation, string]> {
  const at = (field: TextLocation['field'], index: number | undefined, part: string): TextLocation => ({
    table: 'findings',
    id: finding.id,
    field,
    ...(index === undefined ? {} : { index }),
    part,
  });
  for (const [index, action] of finding.actions.entries()) {
    yield [at('actions', index, 'text'), action.text];
    if (action.lead) yield [at('actions', index, 'lead'), action.lead];
    for (const [p, partner] of action.partners.entries()) yield [at('actions', index, `partner${p}`), partner];
  }
  for (const [index, measure] of finding.measures.entries()) {
    for (const part of ['text', 'baseline', 'target', 'dataSource'] as const)
      if (measure[part]) yield [at('measures', index, part), measure[part]];
  }
  if (finding.response?.reason) yield [at('response', undefined, 'reason'), finding.response.reason];
  if (finding.response?.outcome) yield [at('response', undefined, 'outcome'), finding.response.outcome];
}

export function scanSnapshot(snapshot: FindingsSnapshot, options: ScanOptions = {}): PiiMatch[] {
  const out: PiiMatch[] = [];
  for (const [location, text] of exportedTexts(snapshot)) {
    for (const m of scanText(text, options)) {
      out.push({
        id: `${locationKey(location)}@${m.start}-${m.end}`,
        kind: m.kind,
        location,
        start: m.start,
        end: m.end,
        text: text.slice(m.start, m.end),
      });
    }
  }
  return out;
}

/**
 * Exports never name a person on staff (shared/export/README.md). Who recorded a finding's response is typed on
 * the facilitator's own laptop, for the team; it leaves as "recorder 1", "recorder 2"… numbered in the order they
 * first recorded a response, as the mapping log numbers its mappers, so a reader still sees that different people
 * recorded responses, and who recorded nothing leaves nothing.
 */
import type { Finding } from '../domain/schemas';
import { compareCodeUnits } from '../findings/snapshot';

/** The same person however they spaced or capitalised their name on different days. */
const personKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

export function withNumberedRecorders<T extends Pick<Finding, 'id' | 'response'>>(findings: readonly T[]): T[] {
  const recorded = findings
    .filter((f) => f.response && personKey(f.response.recordedBy))
    .sort((a, b) => compareCodeUnits(a.response!.recordedAt, b.response!.recordedAt) || compareCodeUnits(a.id, b.id));
  const numbers = new Map<string, number>();
  for (const f of recorded) {
    const key = personKey(f.response!.recordedBy);
    if (!numbers.has(key)) numbers.set(key, numbers.size + 1);
  }
  return findings.map((f) => {
    if (!f.response) return f;
    const key = personKey(f.response.recordedBy);
    const recordedBy = key ? `recorder ${numbers.get(key)}` : '';
    return { ...f, response: { ...f.response, recordedBy } };
  });
}

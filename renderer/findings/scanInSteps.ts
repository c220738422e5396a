/**
 * The personal-information scan, one text at a time with progress, so it can run in a worker that reports how far
 * it is (the name tagger takes milliseconds a note; 10,000 notes take a while) and be stopped between texts.
 * Produces exactly what `scanSnapshot` does (same ids), so the plan treats both alike.
 */
import type { FindingsSnapshot } from '../../shared/findings/snapshot';
import { exportedTexts, locationKey, scanText, type ScanOptions } from '../../shared/privacy/scan';
import type { PiiMatch } from '../../shared/privacy/types';

export interface ScanProgress {
  done: number;
  total: number;
}

export function* scanInSteps(
  snapshot: FindingsSnapshot,
  options: ScanOptions = {},
  step = 25,
): Generator<ScanProgress, PiiMatch[]> {
  const texts = [...exportedTexts(snapshot)];
  const out: PiiMatch[] = [];
  for (let i = 0; i < texts.length; i++) {
    if (i % step === 0) yield { done: i, total: texts.length };
    const [location, text] = texts[i]!;
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
  yield { done: texts.length, total: texts.length };
  return out;
}

/** Runs the steps to the end (tests, and the fallback where no Worker exists). */
export function runScan(snapshot: FindingsSnapshot, options: ScanOptions = {}): PiiMatch[] {
  const steps = scanInSteps(snapshot, options);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * The findings screen's view of a project: the same findings document the exports are written from, built with
 * nothing withheld or redacted (the screen is local; the privacy gate applies only to what leaves), so what the
 * facilitator reviews and what a report says are computed by the same code.
 */
import { buildFindingsDocument } from '../../shared/findings/document';
import type { FindingsDocument } from '../../shared/findings/documentSchema';
import type { ReportLevel } from '../../shared/findings/levels';
import { numberedMappers } from '../../shared/findings/mappingLog';
import type { FindingsSnapshot } from '../../shared/findings/snapshot';
import { planExport } from '../../shared/privacy/plan';

const SHOW_EVERYTHING = { sensitive: 'keep', doNotQuote: 'keep', culturalProtocol: 'keep' } as const;

export function buildView(snapshot: FindingsSnapshot, level: ReportLevel, now: string): FindingsDocument {
  return buildFindingsDocument(planExport(snapshot, { matches: [], flags: SHOW_EVERYTHING, onScreenOnly: true }), {
    now,
    level,
  });
}

// The level rule lives with the levels, so the workshop screen starts at the same level as this screen.
export { defaultLevel, levelCounts, type LevelCounts } from '../../shared/findings/levels';

/**
 * Exports never name staff or devices (shared/export/README.md): the mapping log leaves with its mappers numbered
 * in order of first appearance ("mapper 1", "mapper 2"), so a reader still sees that different people decided.
 */
export function withAnonymousMappers(snapshot: FindingsSnapshot): FindingsSnapshot {
  if (!snapshot.mappingLog) return snapshot;
  const mapperOf = numberedMappers();
  const mappingLog = snapshot.mappingLog.map((entry) => ({ ...entry, by: mapperOf(entry.by) }));
  return { ...snapshot, mappingLog };
}

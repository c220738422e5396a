/**
 * The mapping log: who mapped which session theme to which master theme, and when, read from the change history
 * (which holds every device's changes once synced), so the decision needs no field of its own on the theme.
 * One builder for the app (its change history), the CLI and the benchmarks (changes read from sync folders and
 * bundles).
 *
 * Rules, the same everywhere:
 * - only changes that set `masterThemeId` on a live session theme count (a master theme, or a theme since deleted,
 *   has no place in the log);
 * - changes are taken in clock order; one that repeats the theme's current mapping (a theme created unmapped, a
 *   change sent twice) is not a decision and is left out;
 * - a change whose clock value cannot be read has neither a time to show nor a place in the order: it is skipped
 *   and counted, never thrown, so one damaged record cannot stop an export.
 */
import { parseTimestamp } from '../clock/hlc';
import type { Theme } from '../domain/schemas';
import { compareCodeUnits, type MappingRecord } from './snapshot';

/** The parts of a change record the log reads (a stored change or one read from a sync folder or bundle). */
export interface MappingSource {
  hlc: string;
  deviceId: string;
  table: string;
  rowId: string;
  fields: Record<string, unknown>;
}

/** Who a device is in the log: a name this device knows, a name sync learnt, the device id, or "mapper 2". */
export type NameOfDevice = (deviceId: string) => string;

export interface MappingLog {
  entries: MappingRecord[];
  /** Decisions left out because their clock value could not be read. */
  badClocks: number;
}

export const isSessionTheme = (theme: Theme): boolean => !theme.deleted && theme.sessionId !== null;

/** Names that identify no one: "mapper 1", "mapper 2"… in the order devices first appear in the log. */
export function numberedMappers(): NameOfDevice {
  const numbers = new Map<string, number>();
  return (deviceId) => {
    if (!numbers.has(deviceId)) numbers.set(deviceId, numbers.size + 1);
    return `mapper ${numbers.get(deviceId)}`;
  };
}

export function buildMappingLog(
  changes: Iterable<MappingSource>,
  themes: readonly Theme[],
  nameOf: NameOfDevice,
): MappingLog {
  const sessionThemes = new Set(themes.filter(isSessionTheme).map((t) => t.id));
  const decisions = [...changes]
    .filter(
      (c) =>
        c.table === 'themes' &&
        sessionThemes.has(c.rowId) &&
        Object.prototype.hasOwnProperty.call(c.fields, 'masterThemeId'),
    )
    .sort((a, b) => compareCodeUnits(a.hlc, b.hlc));
  const current = new Map<string, string | null>();
  const entries: MappingRecord[] = [];
  let badClocks = 0;
  for (const change of decisions) {
    let at: string;
    try {
      at = new Date(parseTimestamp(change.hlc).millis).toISOString();
    } catch {
      // Without a readable clock value the change has no place in the order either, so it decides nothing.
      badClocks++;
      continue;
    }
    const masterThemeId = (change.fields.masterThemeId as string | null | undefined) ?? null;
    if ((current.get(change.rowId) ?? null) === masterThemeId) continue;
    current.set(change.rowId, masterThemeId);
    entries.push({ themeId: change.rowId, masterThemeId, by: nameOf(change.deviceId), at });
  }
  return { entries, badClocks };
}

/**
 * A change checked by rejectChange need not be checked again later in the same import: the bundle preview checks
 * every change it opens, then applying the preview would check the same objects again, the costliest part being
 * the schema parse. A change that passes is frozen, fields and all, so what was checked is exactly what is
 * applied; it is remembered by identity, so a change rebuilt or forged elsewhere (even with the same content) is
 * not remembered and gets the full check.
 */
import type { ChangeRecord } from '../changes/change';
import { rejectChange } from './merge';
import type { ErrorWords } from '../i18n/words';

const passed = new WeakSet<ChangeRecord>();

/** Freeze a parsed value whole; false when part of it cannot be frozen (a typed array), so it stays unremembered. */
function freezeWhole(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (ArrayBuffer.isView(value)) return false;
  if (Object.isFrozen(value)) return true;
  Object.freeze(value);
  return Object.values(value).every(freezeWhole);
}

/** rejectChange, remembering a change that passes (frozen) so `rejectUnchecked` need not check it again. */
export function checkOnce(change: ChangeRecord): ErrorWords | null {
  const reason = rejectChange(change);
  if (!reason && freezeWhole(change)) passed.add(change);
  return reason;
}

/** rejectChange, unless this very change passed `checkOnce` (and, frozen, cannot have changed since). */
export function rejectUnchecked(change: ChangeRecord): ErrorWords | null {
  return passed.has(change) ? null : rejectChange(change);
}

/**
 * Changes found outside their signer's folder are refused (a device's folder is its identity), and each file that
 * holds some is reported as holding forged changes. One kind is harmless: a device that received a bundle relays its
 * changes to its own folder while their signer has no folder there yet; once the signer syncs, those copies sit
 * outside its folder. A refused change whose exact copy (stamp and content) is stored here is such a relay, and not
 * worth an alarm; only the rest are reported.
 */
import { sameChange } from '../../../shared/sync/merge';
import type { ScanResult } from '../../../shared/sync/folderProtocol';
import type { SyncProblem } from '../../../shared/sync/problems';
import type { FieldnotesDb } from '../db';
import { changesByStamps } from '../history/read';

export async function withoutHarmlessRelays(db: FieldnotesDb, scan: ScanResult): Promise<SyncProblem[]> {
  if (!scan.refused?.length) return scan.problems;
  // One look-up for every refused change of the scan, then counted file by file.
  const refused = scan.refused.flatMap(({ path, changes }) => changes.map((change) => ({ path, change })));
  const stored = await changesByStamps(
    db,
    refused.map(({ change }) => change.hlc),
  );
  const forgedByPath = new Map<string, number>(scan.refused.map(({ path }) => [path, 0]));
  refused.forEach(({ path, change }, index) => {
    const copy = stored[index];
    if (!copy || !sameChange(copy, change)) forgedByPath.set(path, forgedByPath.get(path)! + 1);
  });
  return scan.problems.flatMap((problem) => {
    if (problem.kind !== 'forged-changes' || !problem.path || !forgedByPath.has(problem.path)) return [problem];
    const amount = forgedByPath.get(problem.path)!;
    return amount ? [{ ...problem, amount }] : [];
  });
}

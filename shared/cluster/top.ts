/**
 * The `keep` items with the largest values[item], ties to the lower item, returned in ascending item order.
 * It runs once per note and once per term, so it finds a threshold with a native numeric sort of the values
 * rather than sorting items with a comparator.
 */
export function largestItems(items: readonly number[], values: Float64Array, keep: number): number[] {
  if (items.length <= keep) return [...items].sort((a, b) => a - b);
  const sorted = new Float64Array(items.length);
  for (let i = 0; i < items.length; i++) sorted[i] = values[items[i]!]!;
  sorted.sort();
  const threshold = sorted[items.length - keep]!;
  let room = keep;
  for (const item of items) if (values[item]! > threshold) room--;
  const out: number[] = [];
  const ties: number[] = [];
  for (const item of items) {
    if (values[item]! > threshold) out.push(item);
    else if (values[item] === threshold) ties.push(item);
  }
  ties.sort((a, b) => a - b);
  for (let i = 0; i < room; i++) out.push(ties[i]!);
  return out.sort((a, b) => a - b);
}

/**
 * The `keep` items with the largest values[item], ties to the lower item, returned in ascending item order.
 * It runs once per note and once per term, so it finds the threshold value by selection (Hoare's quickselect,
 * linear on average) in a reused buffer rather than by sorting.
 */
let scratch = new Float64Array(1024);

export function largestItems(items: readonly number[], values: Float64Array, keep: number): number[] {
  if (items.length <= keep) return [...items].sort((a, b) => a - b);
  if (scratch.length < items.length) scratch = new Float64Array(2 * items.length);
  for (let i = 0; i < items.length; i++) scratch[i] = values[items[i]!]!;
  const threshold = kthSmallest(scratch, items.length, items.length - keep);
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

/** The value that would sit at index `k` if the first `length` entries of `buffer` were sorted (reorders them). */
function kthSmallest(buffer: Float64Array, length: number, k: number): number {
  let lo = 0;
  let hi = length - 1;
  while (lo < hi) {
    const pivot = buffer[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (buffer[i]! < pivot) i++;
      while (buffer[j]! > pivot) j--;
      if (i <= j) {
        const t = buffer[i]!;
        buffer[i++] = buffer[j]!;
        buffer[j--] = t;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return buffer[k]!;
  }
  return buffer[k]!;
}

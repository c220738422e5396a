/**
 * The baseline of the architecture's Benchmarks section: plain k-means (ml-kmeans, k-means++ seeding, Euclidean) on the very TF-IDF
 * vectors our pipeline builds, with k set to the true number of themes. ml-kmeans wants dense rows.
 */
import { kmeans } from 'ml-kmeans';
import { tokeniseNotes } from '../../shared/cluster/tokenize';
import { vectorize } from '../../shared/cluster/vectorize';

export function kmeansBaseline(texts: readonly string[], k: number, seed: number): string[] {
  const { rows } = vectorize(tokeniseNotes(texts).stems);
  const dense: number[][] = [];
  for (let r = 0; r < texts.length; r++) {
    const row = new Array<number>(rows.dims).fill(0);
    for (let p = rows.rowPtr[r]!; p < rows.rowPtr[r + 1]!; p++) row[rows.cols[p]!] = rows.vals[p]!;
    dense.push(row);
  }
  const result = kmeans(dense, k, { seed, initialization: 'kmeans++' });
  return result.clusters.map(String);
}

/**
 * The knobs of the clustering pipeline in one place, with the measurement behind each value
 * (NHS patient-feedback benchmark, bench/cluster.bench.ts). Changing one is a benchmark run, not a guess.
 */
export const TUNING = {
  /** Co-occurring terms each term lends weight to, the cosine a pair needs, and the borrowed weight. */
  smoothing: { neighbours: 20, minSimilarity: 0.05, weight: 1 },
  /**
   * Weight of the meaning vector against the words in a note's blended vector (0 = words only). Measured with
   * bench/cluster/variants.ts on the NHS set whole, each trust's question alone and session-sized samples:
   * 0.2 beat words alone on every set on both ARI and NMI; 0.3 and more, or fewer dimensions, lost ARI on some.
   */
  meaningShare: 0.2,
  /** Notes whose words the English table mostly does not know (another language) are clustered by words alone. */
  minCorpusCoverage: 0.5,
  /** Largest entries kept per smoothed row: bounds k-means cost at a small loss of detail. */
  smoothedTerms: 24,
  /** More suggestions than this overwhelm a wall of stickies; a facilitator can always ask for a given k. */
  maxAutoK: 12,
  /**
   * Fewer groups are rarely a useful wall, and on weakly structured notes stability favours the smallest k (a
   * known bias of the criterion): k = 3 won there by chance and gave the worst partitions. Ask for 2 or 3 explicitly.
   */
  minAutoK: 4,
  /** Runs per candidate k: enough to tell a stable split from a lucky one. */
  runs: 6,
  /** Rows used to choose k; the chosen partition is then refined on every row. */
  sampleSize: 1000,
  selectionIterations: 10,
  selectionTolerance: 0.01,
  finalIterations: 30,
  /** Full-data runs at the chosen k; their medoid is the answer. */
  finalRuns: 3,
  /** Stop k-means when at most this fraction of rows changes cluster. */
  tolerance: 0.001,
  seed: 0x5eed,
};

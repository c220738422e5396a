import type { WordTable } from './wordTable';

/** The clustering contract shared by the board's worker, the CLI and the benchmark. Plain data only. */

export interface ClusterInput {
  id: string;
  text: string;
}

export interface SuggestedCluster {
  /** Stable within one result: "c1", "c2", ... in the order of the clusters (largest first). */
  id: string;
  /** The top shared words joined for display, e.g. "parking · car · spaces". */
  label: string;
  /** Words the cluster's notes share most distinctively, in display form (the commonest surface word of each stem). */
  words: string[];
  /** Input order is kept. */
  noteIds: string[];
  /** Cohesion in [0, 1]: mean cosine of the notes' TF-IDF vectors with their centroid (1 = same words). */
  score: number;
}

export interface ClusterResult {
  clusters: SuggestedCluster[];
  /** Notes with nothing to group on: empty, only stopwords, or words no other note uses. Input order. */
  unclustered: string[];
  /** How the number of clusters was reached, for the curious and for tests. */
  diagnostics: {
    requestedK: number | null;
    chosenK: number;
    stability: number | null;
    vocabulary: number;
    /** Whether meaning vectors were blended in, and the share of the notes' words the table knew. */
    meaning: boolean;
    coverage: number;
  };
}

export interface ClusterOptions {
  /** Ask for exactly this many clusters instead of letting the notes decide. */
  k?: number;
  /** Called with the fraction done, 0..1, between phases and runs. */
  onProgress?: (fraction: number) => void;
  /** Checked between phases and iterations; an AbortSignal fits. */
  signal?: { readonly aborted: boolean };
  /**
   * English word vectors (loaded by the caller: the worker fetches the table, the CLI reads it from disk).
   * Without one, or with method 'words', notes are grouped by the words they share only.
   */
  wordTable?: WordTable | null;
  method?: ClusterMethod;
}

/** 'meaning' blends word vectors with shared words; 'words' is TF-IDF with co-occurrence smoothing only. */
export type ClusterMethod = 'meaning' | 'words';

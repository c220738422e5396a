/** Public surface of the clustering core: suggested clusters, notes like a note and themes for a note, the word-vector table. */
export { clusterNotes } from './clusterNotes';
export { isAbortError, type AbortFlag } from './abort';
export type { ClusterInput, ClusterMethod, ClusterOptions, ClusterResult, SuggestedCluster } from './types';
export {
  indexNotes,
  similarNotes,
  suggestThemes,
  type NoteIndex,
  type SimilarNote,
  type ThemeSuggestion,
} from './similar';
export { decodeWordTable, WordTableError, type WordTable } from './wordTable';

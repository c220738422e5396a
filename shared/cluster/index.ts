/** Public surface of the clustering core: one function, its contract, and how to recognise a cancel. */
export { clusterNotes } from './clusterNotes';
export { isAbortError, type AbortFlag } from './abort';
export type { ClusterInput, ClusterOptions, ClusterResult, SuggestedCluster } from './types';

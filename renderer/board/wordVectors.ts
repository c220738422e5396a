/**
 * The word-vector table for the board's workers: a build artefact (scripts/build-word-vectors.ts) that Vite
 * emits beside the app, fetched from the app's own origin the first time a worker needs it, never from the
 * network. A worker that cannot load it clusters by shared words alone and says so.
 */
import { decodeWordTable, type WordTable } from '../../shared/cluster/wordTable';
import wordVectorsUrl from '../../generated/word-vectors.bin?url';

let loading: Promise<WordTable | null> | null = null;

export function loadWordTable(url: string = wordVectorsUrl): Promise<WordTable | null> {
  loading ??= fetch(url)
    .then(async (response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return decodeWordTable(new Uint8Array(await response.arrayBuffer()));
    })
    .catch((error: unknown) => {
      console.warn(`Word vectors unavailable, grouping by shared words: ${String(error)}`);
      return null;
    });
  return loading;
}

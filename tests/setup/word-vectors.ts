/** Vitest global setup: builds the word-vector table once when it is missing (about 15 s), as `npm run build` does. */
import { ensureWordVectors } from '../../scripts/build-word-vectors';

export default function setup(): void {
  ensureWordVectors({ log: (line) => console.log(line) });
}

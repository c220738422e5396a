import { afterEach, describe, expect, it } from 'vitest';
import { setUiLocale } from '../ui/i18n';
import { createSimilarityHandler, type SimilarityReply } from './similarity.worker';
import { similarityProblem } from './similarityProblem';

afterEach(() => setUiLocale('en'));

describe('a question to the similarity worker before it has notes', () => {
  it('is answered with no-notes, which the page says in the app’s language', async () => {
    const replies: SimilarityReply[] = [];
    const handle = createSimilarityHandler(() => Promise.resolve(null));
    await handle({ type: 'query', requestId: 7, noteId: 'n1', limit: 5, themeOf: null }, (r) => replies.push(r));
    expect(replies).toEqual([{ type: 'no-notes', requestId: 7 }]);

    expect(similarityProblem({ type: 'no-notes', requestId: 7 })).toBe('No notes to compare yet.');
    setUiLocale('fr-CA');
    expect(similarityProblem({ type: 'no-notes', requestId: 7 })).toBe('Il n’y a pas encore de notes à comparer.');
    expect(similarityProblem({ type: 'error', requestId: 8, message: 'out of memory' })).toBe(
      'une erreur inattendue (détail technique\u00a0: out of memory)',
    );
  });
});

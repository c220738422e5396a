/**
 * Why the similarity worker could not answer, in the app's language: the worker runs apart from the page and
 * knows no language, so it says what happened and the page words it.
 */
import { msg } from '../ui/i18n';
import type { SimilarityProblemReply } from './similarity.worker';

export function similarityProblem(reply: SimilarityProblemReply): string {
  // An unexpected failure's own message is technical detail, shown as it came.
  return reply.type === 'no-notes' ? msg('similarity.noNotes') : reply.message;
}

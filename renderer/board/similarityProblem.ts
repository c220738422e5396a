/**
 * Why the similarity worker could not answer, in the app's language: the worker runs apart from the page and
 * knows no language, so it says what happened and the page words it.
 */
import { msg } from '../ui/i18n';
import type { SimilarityProblemReply } from './similarity.worker';

export function similarityProblem(reply: SimilarityProblemReply): string {
  // An unexpected failure is said as one, its own message only as the technical detail.
  return reply.type === 'no-notes'
    ? msg('similarity.noNotes')
    : msg('dataErrors.unexpected', { detail: reply.message });
}

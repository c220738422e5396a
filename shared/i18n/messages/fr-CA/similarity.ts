/** Canadian French messages: similarity (ce que dit le calcul des notes semblables quand il ne peut pas répondre). */
import type { similarity as en } from '../en/similarity';

export const similarity: Record<keyof typeof en, string> = {
  'similarity.noNotes': 'Il n’y a pas encore de notes à comparer.',
};

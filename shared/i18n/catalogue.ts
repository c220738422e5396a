/**
 * The message catalogue: every message id and its text in each language (architecture: Languages). English is the
 * reference; French must have exactly the same ids and placeholders, which `catalogue.test.ts` checks along with
 * ids used in code but missing here, and ids here that no code uses.
 */
import { en } from './messages/en';
import { frCA } from './messages/fr-CA';
import type { Locale } from './locales';

export type MessageId = keyof typeof en;

const CATALOGUES: Record<Locale, Record<MessageId, string>> = { en, 'fr-CA': frCA };

export function catalogue(locale: Locale): Record<MessageId, string> {
  return CATALOGUES[locale];
}

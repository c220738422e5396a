/**
 * The deck the workshop screen shows, from a project snapshot: the export plan with its default choices (flag
 * policy, and e-mails, phone numbers and addresses redacted; the slower name tagger is left to the export panel),
 * then the findings document, then the deck, so what the room sees has passed the same gate as every export.
 */
import { buildFindingsDocument } from '../findings/document';
import type { ReportLevel } from '../findings/levels';
import type { FindingsSnapshot } from '../findings/snapshot';
import { planExport } from '../privacy/plan';
import type { Locale } from '../i18n/locales';
import { translator } from '../i18n/translate';
import { buildDeck, type Deck } from './deck';

/** The deck's own words are in `locale` (the app's, on the workshop screen); what people typed stays as typed. */
export function deckFromSnapshot(snapshot: FindingsSnapshot, level: ReportLevel, now: string, locale?: Locale): Deck {
  const plan = planExport(snapshot, { scan: { names: false } });
  return buildDeck(buildFindingsDocument(plan, { now, level }), { tr: translator(locale) });
}

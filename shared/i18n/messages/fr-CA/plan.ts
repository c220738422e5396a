/** Canadian French messages: plan. */
import type { plan as en } from '../en/plan';

export const plan: Record<keyof typeof en, string> = {
  'plan.timeframe.short': 'Court terme',
  'plan.timeframe.medium': 'Moyen terme',
  'plan.timeframe.long': 'Long terme',
  'plan.timeframeInline.short': 'court terme',
  'plan.timeframeInline.medium': 'moyen terme',
  'plan.timeframeInline.long': 'long terme',
  'plan.response.adopted': 'Adopté dans le plan',
  'plan.response.inProgress': 'En cours',
  'plan.response.notAdopted': 'Examiné et non adopté',
  'plan.response.outOfScope': 'Hors de la portée du plan',
  'plan.noResponse': 'Aucune réponse consignée pour l’instant',
  'plan.lead': 'responsable : {lead}',
  'plan.partners': 'partenaires : {partners}',
  'plan.baseline': 'point de départ : {value}',
  'plan.target': 'cible : {value}',
  'plan.source': 'source : {value}',
  'plan.withDetails': '{text} ({details})',
  'plan.detailSeparator': ' ; ',
};

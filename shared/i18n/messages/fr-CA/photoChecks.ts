/** Canadian French messages: photoChecks (pourquoi une photo ou sa vignette ne peut pas être gardée). */
import type { photoChecks as en } from '../en/photoChecks';

export const photoChecks: Record<keyof typeof en, string> = {
  'photoChecks.tooLarge':
    'la {what, select, thumbnail {vignette} other {photo}} fait {size}, au-delà de la limite de {limit} pour une {what, select, thumbnail {vignette} other {photo}} enregistrée',
  'photoChecks.notJpeg':
    'la {what, select, thumbnail {vignette} other {photo}} n’est pas une image JPEG (le fichier est peut-être endommagé)',
  'photoChecks.metadata':
    'la {what, select, thumbnail {vignette} other {photo}} porte encore des métadonnées {segments}, qui peuvent dire où elle a été prise',
  'photoChecks.notBase64':
    'les données de la {what, select, thumbnail {vignette} other {photo}} sont endommagées (pas en base64)',
  'photoChecks.invalid': 'une de ses valeurs n’est pas valide',
  'photoChecks.comment': 'commentaire',
  // Le refus de la commande photo, tel que l’application le montre
  'photoChecks.refused': 'Cette photo ne peut pas être gardée : {problem}.',
};

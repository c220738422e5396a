/** Canadian French messages: widgets. */
import type { widgets as en } from '../en/widgets';

export const widgets: Record<keyof typeof en, string> = {
  // Widgets shared by screens
  'ui.status.planned': 'Prévue',
  'ui.status.running': 'En cours',
  'ui.status.closed': 'Terminée',
  'ui.projectNotFound': 'Projet introuvable',
  'ui.projectNotFoundText': 'Ce projet n’existe pas sur cet appareil (il a peut-être été supprimé).',
  'ui.sessionNotFound': 'Séance introuvable',
  'ui.sessionNotFoundText': 'Cette séance n’existe pas sur cet appareil (supprimée, ou pas encore synchronisée).',
  'ui.backToSessions': 'Retour aux séances',
  'ui.edit': 'Modifier',
  'ui.save': 'Enregistrer',
  'ui.cancel': 'Annuler',
  'ui.close': 'Fermer',
  'ui.typeToConfirmBefore': 'Tapez',
  'ui.typeToConfirmAfter': 'pour confirmer',
  'ui.typedMatches': 'Appuyez sur Entrée ou sur le bouton pour continuer.',
  'ui.typedWaiting': 'Le bouton s’active une fois le mot tapé.',
  'ui.working': 'En cours…',
  'ui.erasureLimits': 'L’effacement ne peut pas atteindre les copies déjà sorties de Fieldnotes :',
  'ui.erasureLimitsGiven': 'un paquet ou une exportation déjà remis à quelqu’un (demandez-lui de le supprimer) ;',
  'ui.erasureLimitsHistory':
    'les versions antérieures du dossier partagé que conserve votre service de synchronisation (historique des versions OneDrive, SharePoint ou Dropbox, copie de sauvegarde d’une clé USB).',
  'ui.keys.or': '{first} ou {second}',
  'ui.keys.Enter': 'Entrée',
  'ui.keys.Escape': 'Échap',
  'ui.keys.Delete': 'Suppr',
  'ui.keys.Backspace': 'Retour arrière',
  'ui.keys.Shift': 'Maj',
  'ui.keys.Home': 'Début',
  'ui.keys.End': 'Fin',
  'ui.keys.ContextMenu': 'Menu',
};

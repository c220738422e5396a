/** Canadian French messages: app. */
import type { app as en } from '../en/app';

export const app: Record<keyof typeof en, string> = {
  // The app frame
  'app.skipToContent': 'Aller au contenu',
  'app.opening': 'Ouverture…',
  'app.notifications': 'Notifications',
  'app.dismissNotification': 'Fermer la notification',
  'app.currentProject': 'Projet en cours',
  'app.nav.project': 'Projet',
  'app.nav.app': 'Application',
  'app.nav.sessions': 'Séances',
  'app.nav.findings': 'Constats',
  'app.nav.board': 'Tableau',
  'app.nav.workshop': 'Atelier',
  'app.nav.setup': 'Configuration',
  'app.nav.sync': 'Synchronisation',
  'app.nav.allProjects': 'Tous les projets',
  'app.language': 'Langue',
  'app.pageNotFound': 'Page introuvable',
  'app.nothingAt': 'Il n’y a rien à l’adresse « {path} ».',
  'app.goToProjects': 'Aller à vos projets',
  'app.dismissMessage': 'Fermer le message',
  'app.dismiss': 'Fermer',
  'app.undid': 'Annulé : {label}',
  'app.redid': 'Rétabli : {label}',
  'app.nothingToUndo': 'Rien à annuler',
  'app.undoAction': 'Annuler',
  'app.undoNotLast': 'D’autres modifications ont suivi : appuyez sur Ctrl+Z pour les annuler une à une.',
  'app.nothingToRedo': 'Rien à rétablir',
};

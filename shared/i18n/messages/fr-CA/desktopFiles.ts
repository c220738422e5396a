/** Canadian French messages: desktopFiles (une tâche de fichier que le processus principal n’a pas pu faire). */
import type { desktopFiles as en } from '../en/desktopFiles';

export const desktopFiles: Record<keyof typeof en, string> = {
  'desktopFiles.cannotWrite': '« {file} » n’a pas pu être écrit : {reason}.',
  'desktopFiles.outsideFolder': '« {name} » est refusé : ce nom mène hors du dossier choisi.',
  'desktopFiles.notAFile': '« {file} » n’est pas un fichier.',
  'desktopFiles.changedWhileRead': '« {file} » a changé pendant sa lecture. Réessayez.',
  'desktopFiles.noSyncFolder':
    'Aucun dossier partagé n’est choisi pour ce projet. Choisissez-en un dans l’écran Synchronisation.',
  'desktopFiles.notAFolder': '« {path} » n’est pas un dossier qui peut être ouvert.',
  'desktopFiles.notAbsolute': 'La boîte de dialogue a donné un chemin qui n’est pas absolu.',
  'desktopFiles.refused':
    'L’application de bureau a refusé une demande de cette fenêtre. C’est une anomalie de Fieldnotes, pas une erreur de votre part, et rien n’a été modifié. Redémarrez Fieldnotes et réessayez ; si cela se reproduit, signalez-le. (Détail technique : {reason}.)',
  'desktopFiles.refusedInvalid': 'la demande à {channel} n’était pas valide : {issue}',
  'desktopFiles.refusedSender':
    '{known, select, yes {la demande à {channel} venait de {frame}, pas d’une page de Fieldnotes} other {la demande à {channel} venait d’un cadre inconnu, pas d’une page de Fieldnotes}}',
};

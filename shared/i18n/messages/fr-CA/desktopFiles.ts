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
  'desktopFiles.refused': 'L’application de bureau a refusé la demande : {detail}',
};

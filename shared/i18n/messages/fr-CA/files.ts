/** Canadian French messages: files (pourquoi un fichier ne peut pas être écrit ou lu ; les tailles en octets). */
import type { files as en } from '../en/files';

export const files: Record<keyof typeof en, string> = {
  'files.cannotWrite': 'impossible d’écrire {file} : {reason}',
  'files.reason.noFolder': 'son dossier n’existe pas',
  'files.reason.pathHasFile': 'une partie de son chemin est un fichier, pas un dossier',
  'files.reason.isFolder': 'c’est un dossier, pas un fichier',
  'files.reason.permission': 'permission refusée',
  'files.reason.diskFull': 'le disque est plein',
  'files.reason.quota': 'le quota du disque est épuisé',
  'files.reason.readOnly': 'le disque est en lecture seule',
  'files.reason.nameTooLong': 'le nom est trop long',
  'files.reason.linkLoop': 'c’est un lien qui tourne en rond',
  'files.reason.diskError': 'le disque a signalé une erreur',
  'files.reason.linkRefused': 'c’est un lien, et les liens ne sont pas suivis ici',
  'files.reason.notOrdinary':
    '{what, select, folder {c’est un dossier} pipe {c’est un tube nommé} device {c’est un périphérique} socket {c’est un socket} other {ce n’est pas un fichier ordinaire}}, pas un fichier ; Fieldnotes n’écrit que des fichiers ordinaires',
  'files.reason.folderNotFolder': 'son dossier n’est pas un dossier',
  'files.reason.parentIsFile': 'c’est un fichier, pas un dossier',
  'files.reason.namesTaken':
    '{count, plural, one {# dossier de ce nom existe} other {# dossiers de ce nom existent}} déjà',
  'files.tooLarge': '« {file} » fait {size} Mo ; Fieldnotes ouvre les fichiers d’au plus {limit} Mo.',
  'files.noSyncFolder': 'Il n’y a aucun dossier à {path}.',
  'files.changedWhileRead': 'le fichier a changé pendant sa lecture ; réessayez une fois qu’il est enregistré',
  // Tailles (describeBytes)
  'files.size.megabytes': '{size} Mo',
  'files.size.kilobytes': '{size} Ko',
};

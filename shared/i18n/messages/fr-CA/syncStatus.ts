/** Canadian French messages: what sync says about itself (its status, its problems, the mass-deletion question). */
import type { syncStatus as en } from '../en/syncStatus';

export const syncStatus: Record<keyof typeof en, string> = {
  // Depuis quand, et qui
  'syncStatus.ago.never': 'jamais',
  'syncStatus.ago.unknown': 'à un moment inconnu',
  'syncStatus.ago.justNow': 'à l’instant',
  'syncStatus.ago.minutes': '{count, plural, one {il y a # minute} other {il y a # minutes}}',
  'syncStatus.ago.hours': '{count, plural, one {il y a # heure} other {il y a # heures}}',
  'syncStatus.ago.days': '{count, plural, one {hier} other {il y a # jours}}',
  'syncStatus.duration.minutes': '{count, plural, one {# minute} other {# minutes}}',
  'syncStatus.duration.hours': '{count, plural, one {# heure} other {# heures}}',
  'syncStatus.duration.days': '{count, plural, one {# jour} other {# jours}}',
  'syncStatus.device.ending': 'l’appareil dont l’identifiant finit par {id}',
  'syncStatus.device.unknown': 'un appareil',
  'syncStatus.device.thisComputer': 'cet ordinateur',
  'syncStatus.device.thisComputerStart': 'Cet ordinateur',

  // L’état
  'syncStatus.lastSynced': 'Dernière synchronisation : {ago}.',
  'syncStatus.notSynced': 'Pas encore synchronisé.',
  'syncStatus.allSent': 'Toutes vos modifications sont dans le dossier partagé.',
  'syncStatus.waiting':
    '{count, plural, one {# modification attend d’aller dans le dossier partagé.} other {# modifications attendent d’aller dans le dossier partagé.}}',
  'syncStatus.headline.unsupported':
    'Ce navigateur ne peut pas utiliser de dossier partagé. Échangez le travail par paquets (Exporter et Importer), ou ouvrez Fieldnotes dans Chrome ou Edge.',
  'syncStatus.headline.off':
    'Aucun dossier partagé choisi. Choisissez-en un à l’écran Synchronisation pour synchroniser avec d’autres appareils, ou utilisez des paquets.',
  'syncStatus.headline.problem': 'La synchronisation demande votre attention.',
  'syncStatus.headline.attention': '{lastSync} Certains points sont à vérifier.',
  'syncStatus.headline.inStep':
    '{lastSync} À jour avec {count, plural, one {# autre appareil} other {# autres appareils}}.',
  'syncStatus.headline.alone': '{lastSync} Aucun autre appareil pour l’instant.',
  'syncStatus.massDeletion':
    'Cela retirerait {deleting} des {live} éléments de « {project} ». Rien n’a encore été retiré. Continuez seulement si vous vous y attendiez.',
  'syncStatus.aProject': 'un projet',

  // Chaque problème que la synchronisation peut trouver
  'syncProblem.notYet.many':
    '{count} fichiers {unnamed, select, yes {d’un appareil} other {de {device}}} n’ont pas fini d’être copiés. Ils seront lus à une prochaine synchronisation ; rien n’est perdu.',
  'syncProblem.notYet.one':
    'Un fichier {unnamed, select, yes {d’un appareil} other {de {device}}} n’a pas fini d’être copié{file}. Il sera lu à une prochaine synchronisation ; rien n’est perdu.',
  'syncProblem.damaged':
    'Un fichier {unnamed, select, yes {d’un appareil} other {de {device}}} est endommagé{file} : il est complet, mais son contenu ne correspond pas à sa somme de contrôle, alors ses modifications n’ont pas été lues. Demandez à la personne qui utilise {unnamed, select, yes {cet appareil} other {{device}}} d’exporter le projet en paquet (écran Synchronisation) et importez-le ici ; le fichier endommagé pourra ensuite être supprimé du dossier partagé.',
  'syncProblem.conflictedCopy.many':
    'Votre service de synchronisation de fichiers a fait {count} copies en double de fichiers. Fieldnotes les ignore ; vous pouvez les supprimer.',
  'syncProblem.conflictedCopy.one':
    'Votre service de synchronisation de fichiers a fait une copie en double{file}. Fieldnotes l’ignore ; vous pouvez la supprimer.',
  'syncProblem.newerVersion':
    '{Device} utilise une version plus récente de Fieldnotes. Mettez l’application à jour pour voir ce travail ; il est gardé en sûreté d’ici là.',
  'syncProblem.upTo': '(jusqu’au {date})',
  'syncProblem.heldFuture':
    '{count, plural, one {# modification {unnamed, select, yes {d’un appareil} other {de {device}}} est datée dans le futur{upTo}, plus d’un jour en avance sur cet ordinateur, et elle est retenue, pas appliquée.} other {# modifications {unnamed, select, yes {d’un appareil} other {de {device}}} sont datées dans le futur{upTo}, plus d’un jour en avance sur cet ordinateur, et elles sont retenues, pas appliquées.}} Acceptez-les ou refusez-les à l’écran Synchronisation (en ligne de commande : --accept-future). Demandez qu’on corrige la date et l’heure de cet ordinateur.',
  'syncProblem.clockAhead':
    'L’horloge {unnamed, select, yes {d’un appareil} other {de {device}}} avance de {duration}. Ses modifications sont gardées, mais les changements aux mêmes éléments pourraient ne pas paraître d’ici là. Demandez qu’on corrige la date et l’heure de cet ordinateur.',
  'syncProblem.duplicate.own':
    'Un autre ordinateur enregistre sous l’identité de celui-ci (Fieldnotes a sans doute été copié avec ses données). Le travail des deux ordinateurs est gardé. Sur l’un d’eux, exportez son travail en paquet, désinstallez puis réinstallez Fieldnotes, puis importez le paquet.',
  'syncProblem.duplicate.other':
    'Deux ordinateurs enregistrent sous l’identité {unnamed, select, yes {d’un appareil} other {de {device}}} (l’un a sans doute été copié de l’autre). Leur travail est gardé, mais demandez qu’on réinitialise l’identité de synchronisation sur l’un d’eux.',
  'syncProblem.first': '(la première : {detail})',
  'syncProblem.invalid.some':
    'Certaines modifications {unnamed, select, yes {d’un appareil} other {de {device}}} étaient inutilisables et ont été ignorées{first}.',
  'syncProblem.invalid':
    '{count, plural, one {# modification {unnamed, select, yes {d’un appareil} other {de {device}}} était inutilisable et a été ignorée{first}.} other {# modifications {unnamed, select, yes {d’un appareil} other {de {device}}} étaient inutilisables et ont été ignorées{first}.}}',
  'syncProblem.forged':
    '{count, plural, one {# modification dans les fichiers {unnamed, select, yes {d’un appareil} other {de {device}}} est signée par un autre appareil et a été refusée} other {# modifications dans les fichiers {unnamed, select, yes {d’un appareil} other {de {device}}} sont signées par un autre appareil et ont été refusées}} (modifications signées par un autre appareil). Un appareil ne peut écrire que dans son propre dossier ; vérifiez qui d’autre écrit dans le dossier partagé.',
  'syncProblem.otherProject':
    '{count, plural, one {# modification {unnamed, select, yes {d’un appareil} other {de {device}}} vise un élément d’un autre projet et a été refusée.} other {# modifications {unnamed, select, yes {d’un appareil} other {de {device}}} visent un élément d’un autre projet et ont été refusées.}}',
  'syncProblem.stampConflict':
    '{count, plural, one {# modification {unnamed, select, yes {d’un appareil} other {de {device}}} reprend l’estampille d’une autre modification et a été refusée ; celle du dossier propre à l’appareil est gardée.} other {# modifications {unnamed, select, yes {d’un appareil} other {de {device}}} reprennent l’estampille d’autres modifications et ont été refusées ; celles du dossier propre à l’appareil sont gardées.}}',
  'syncProblem.wrongPlace': 'Un fichier du dossier partagé n’est pas à sa place et a été ignoré{file}.',
  'syncProblem.manyItems': 'de nombreux éléments',
  'syncProblem.items': '{count, plural, one {# élément} other {# éléments}}',
  'syncProblem.massDeletion':
    '{Device} retire {what} de ce projet. L’application demande confirmation avant de l’appliquer ; vérifiez avec cette personne que c’était voulu.',
  'syncProblem.link':
    'Un lien dans le dossier partagé n’a pas été suivi{path} : Fieldnotes n’y lit que de vrais dossiers et fichiers. Si personne de l’équipe ne l’a créé, supprimez-le.',
  'syncProblem.folderUnavailable':
    'Le dossier partagé est inaccessible{detail}. Vérifiez qu’il est branché. Votre travail est en sûreté sur cet ordinateur.',
  'syncProblem.detail.folderMissing': 'le dossier est introuvable',
  'syncProblem.writeFailed':
    'Vos dernières modifications n’ont pas pu être écrites dans le dossier partagé{detail}. Elles sont en sûreté sur cet ordinateur et seront écrites à la prochaine synchronisation.',
  'syncProblem.compactionSkipped':
    'Le ménage des fichiers de synchronisation de cet ordinateur a été remis à plus tard{detail}. Rien n’est perdu.',
  'syncProblem.erasedValues':
    '{count, plural, one {# modification dans les fichiers {unnamed, select, yes {d’un appareil} other {de {device}}} contient encore des mots effacés ; elle est laissée de côté.} other {# modifications dans les fichiers {unnamed, select, yes {d’un appareil} other {de {device}}} contiennent encore des mots effacés ; elles sont laissées de côté.}} {Device} réécrira ses fichiers à sa prochaine synchronisation ; s’il ne doit plus jamais se synchroniser, purgez-le (écran Synchronisation, ou fieldnotes purge).',
};

/** Canadian French messages: the Sync screen, bundles (export, import) and the words sync uses for its status. */
import type { sync as en } from '../en/sync';

export const sync: Record<keyof typeof en, string> = {
  // L’écran et ses sections
  'sync.title': 'Synchronisation de {project}',
  'sync.import.heading': 'Importer un paquet',
  'sync.import.intro':
    'Ajoutez des séances, un projet entier ou une trousse de projet qu’on vous a envoyés. Vous voyez ce qu’ils ajoutent avant que quoi que ce soit change.',
  'sync.folder.heading': 'Dossier partagé',
  'sync.folder.unsupported':
    'Ce navigateur ne peut pas synchroniser par un dossier. La synchronisation par dossier demande Chrome ou Edge, ou l’application de bureau Fieldnotes. Les paquets (ci-dessous) fonctionnent partout : exportez-en un ici et importez-le sur l’autre appareil.',
  'sync.folder.syncsThrough':
    'Ce projet se synchronise par {label}. Chaque appareil qui utilise le même dossier (par OneDrive, SharePoint, Dropbox ou une clé USB) reste à jour.',
  'sync.folder.change': 'Changer de dossier…',
  'sync.folder.stop': 'Ne plus synchroniser par ce dossier',
  'sync.folder.none':
    'Aucun dossier partagé choisi. Choisissez un dossier que votre service de synchronisation de fichiers (OneDrive, SharePoint, Dropbox) partage avec les autres personnes qui animent, ou une clé USB que vous vous passez. Rien n’est envoyé ailleurs.',
  'sync.folder.choose': 'Choisir un dossier…',
  'sync.folder.chosen': 'Synchronisation par {label}',
  'sync.folder.cannotUse': 'Le dossier n’a pas pu être utilisé : {reason}',
  'sync.folder.forgotten': 'Ce projet ne se synchronise plus par un dossier',
  'sync.device.heading': 'Cet appareil',
  'sync.device.name': 'Nom de l’appareil',
  'sync.device.placeholder': 'Par exemple : Portable de Maria',
  'sync.device.save': 'Enregistrer le nom',
  'sync.device.note':
    'Les autres appareils voient ce nom dans leur état de synchronisation et dans les paquets que vous exportez.',
  'sync.device.renamed': 'Cet appareil s’appelle maintenant {name}',
  'sync.device.cleared': 'Nom de l’appareil effacé',
  'sync.status.heading': 'État',
  'sync.status.devicesSeen': 'Appareils vus',
  'sync.status.deviceLine': '{name} — dernière écriture : {ago}',
  'sync.status.noOtherDevices': 'Aucun autre appareil pour l’instant.',
  'sync.status.problems': 'Problèmes trouvés',
  'sync.status.noProblems': 'Aucun.',
  'sync.status.reviewRemoval': 'Examiner le retrait…',
  'sync.status.syncing': 'Synchronisation…',
  'sync.status.syncNow': 'Synchroniser maintenant',
  'sync.status.compact': 'Compacter mon historique',
  'sync.status.note':
    'La synchronisation se fait d’elle-même chaque minute pendant que Fieldnotes est ouvert, et quand le dossier change. « Compacter mon historique » remplace les nombreux petits fichiers de synchronisation de cet appareil par un seul, pour que les autres appareils les lisent plus vite. Rien n’est perdu.',
  'sync.status.removedAfterConfirm': 'Synchronisation terminée ; les éléments ont été retirés',
  'sync.removal.title': 'Retirer {count, plural, one {# élément} other {# éléments}} ?',
  'sync.removal.keep': '{count, plural, one {Le garder pour l’instant} other {Les garder pour l’instant}}',
  'sync.removal.confirm': 'Retirer {count, plural, one {# élément} other {# éléments}}',
  'sync.removal.why':
    'Un autre appareil les a retirés. Si vous ne vous y attendiez pas, gardez-les : rien n’est retiré avant que vous le disiez, et vous pouvez demander aux autres personnes qui animent ce qui s’est passé.',

  // Une synchronisation, dans la ligne d’état
  'sync.run.syncing': 'Synchronisation avec le dossier partagé…',
  'sync.run.tidying': 'Ménage de votre historique de synchronisation…',
  'sync.run.needsPermission':
    'Fieldnotes a de nouveau besoin de votre permission pour utiliser le dossier partagé. Appuyez sur « Synchroniser maintenant » pour la donner.',
  'sync.run.noFolder': 'Aucun dossier partagé n’est choisi pour ce projet.',
  'sync.run.tidied':
    'Historique compacté : {count, plural, one {# fichier remplacé} other {# fichiers remplacés}} par un seul.',
  'sync.run.failed': 'La synchronisation n’a pas abouti : {reason}. Votre travail est en sûreté sur cet ordinateur.',
  'sync.run.failedQuietly': 'La synchronisation n’a pas abouti. Votre travail est en sûreté sur cet ordinateur.',
  'sync.run.paused': 'Synchronisation en pause : elle retirerait de nombreux éléments. Confirmez ci-dessous.',
  'sync.run.synced':
    'Synchronisé. {sent, plural, one {# modification envoyée} other {# modifications envoyées}}, {received, plural, one {# modification reçue} other {# modifications reçues}}.',
  'sync.run.erasures':
    '{count, plural, one {# effacement appliqué} other {# effacements appliqués}} depuis un autre appareil : ces mots ont disparu ici aussi.',
  'sync.run.rewritten': 'Les fichiers de synchronisation de cet ordinateur ont été réécrits sans les mots effacés.',

  // Mots effacés encore dans le dossier, et purge d’un appareil retiré
  'sync.erased.heading': 'Mots effacés encore dans le dossier partagé',
  'sync.erased.intro':
    'Les fichiers de synchronisation de ces appareils contiennent encore des mots qui ont été effacés. Chaque appareil réécrit ses propres fichiers à sa prochaine synchronisation ; d’ici là, les mots restent dans le dossier.',
  'sync.erased.device':
    '{name} — {files, plural, one {# fichier} other {# fichiers}}, vu pour la dernière fois : {ago}',
  'sync.erased.own': ' ; réécrits à la prochaine synchronisation de cet ordinateur',
  'sync.erased.purge': 'Purger les fichiers de {name}…',
  'sync.purge.title': 'Purger les fichiers de {name} ?',
  'sync.purge.word': 'purger',
  'sync.purge.confirm': 'Purger ses fichiers',
  'sync.purge.onlyRetired':
    'Seulement pour un appareil qui ne se synchronisera plus jamais (perdu, retiré ou effacé). Fieldnotes réécrit ses fichiers dans le dossier partagé sans les mots effacés, et garde tout ce qu’il a écrit d’autre.',
  'sync.purge.stillInUse':
    'Un appareil encore utilisé réécrit ses propres fichiers à sa prochaine synchronisation : ne le purgez pas. S’il se synchronise de nouveau après une purge, il signalera dans son dossier des fichiers qu’il n’a pas écrits.',
  'sync.purge.unreachable': 'Fieldnotes ne peut pas atteindre le dossier partagé ; rien n’a été purgé.',
  'sync.purge.skipped': 'Rien n’a été purgé : {reason}.',
  'sync.purge.clean': 'Les fichiers de {name} ne contiennent aucun mot effacé ; rien à purger.',
  'sync.purge.nothing': 'Rien n’a été purgé.',
  'sync.purge.done':
    'Fichiers de {name} purgés : {erased, plural, one {# modification contenant des mots effacés retirée} other {# modifications contenant des mots effacés retirées}}, {kept, plural, one {# modification gardée} other {# modifications gardées}}.',

  // Modifications retenues pour leur date dans le futur
  'sync.held.heading': 'Modifications datées dans le futur',
  'sync.held.intro':
    'Ces modifications portent une date plus d’un jour en avance sur cet ordinateur ; elles sont donc retenues, pas appliquées : sinon, un appareil mal réglé l’emporterait sur chaque modification ultérieure. Acceptez-les si le travail est voulu ; dans tous les cas, demandez qu’on corrige la date et l’heure de cet appareil.',
  'sync.held.line':
    'Retenues : {count, plural, one {# modification} other {# modifications}} de {device}, datées du {dates}',
  'sync.held.range': '{from} au {to}',
  'sync.held.accept': 'Accepter',
  'sync.held.reject': 'Refuser…',
  'sync.held.rejectTitle': 'Refuser {count, plural, one {# modification} other {# modifications}} de {device} ?',
  'sync.held.keepWaiting': 'Les laisser en attente',
  'sync.held.rejectConfirm': 'Les refuser',
  'sync.held.rejectWhy':
    'Elles sont écartées pour de bon : si les mêmes modifications reviennent, par le dossier ou par un paquet, elles sont laissées de côté. Rien d’autre de cet appareil n’est touché.',
  'sync.held.stillWaiting':
    'Les modifications de {device} retireraient la plus grande partie du projet ; elles restent donc en attente. Demandez à la personne qui utilise cet appareil ce qui s’est passé.',
  'sync.held.accepted': '{count, plural, one {# modification acceptée} other {# modifications acceptées}} de {device}',
  'sync.held.acceptedLeftOut':
    '{count, plural, one {# modification acceptée} other {# modifications acceptées}} de {device} ; {left, plural, one {# modification visant des éléments effacés ou déjà connus laissée} other {# modifications visant des éléments effacés ou déjà connus laissées}} de côté',
  'sync.held.cannotAccept': 'Les modifications n’ont pas pu être acceptées : {reason}',
  'sync.held.rejected': '{count, plural, one {# modification refusée} other {# modifications refusées}} de {device}',
  'sync.held.cannotReject': 'Les modifications n’ont pas pu être refusées : {reason}',

  // Le journal des conflits
  'sync.conflicts.summary': 'Valeurs remplacées par un autre appareil ({count, number})',
  'sync.conflicts.none':
    'Aucune : aucune modification faite ici n’a été remplacée par une modification plus récente ailleurs.',
  'sync.conflicts.caption': 'Valeurs remplacées par un autre appareil, les plus récentes en premier',
  'sync.conflicts.what': 'Quoi',
  'sync.conflicts.field': 'Champ',
  'sync.conflicts.was': 'Valeur ici',
  'sync.conflicts.now': 'Maintenant',
  'sync.conflicts.when': 'Quand',
  'sync.conflicts.labelled': '{what} « {label} »',
  'sync.conflicts.empty': '(vide)',
  'sync.conflicts.yes': 'oui',
  'sync.conflicts.no': 'non',
  'sync.conflicts.table.projects': 'Projet',
  'sync.conflicts.table.groups': 'Groupe d’intérêt',
  'sync.conflicts.table.questions': 'Question',
  'sync.conflicts.table.sessions': 'Séance',
  'sync.conflicts.table.participants': 'Participant',
  'sync.conflicts.table.notes': 'Note',
  'sync.conflicts.table.themes': 'Thème',
  'sync.conflicts.table.findings': 'Constat',
  'sync.conflicts.table.erasures': 'Effacement',
  'sync.conflicts.table.codingPasses': 'Passe de codage',
  'sync.conflicts.table.codings': 'Codage',
  'sync.conflicts.table.photos': 'Photo',
  'sync.conflicts.table.memos': 'Mémo',
  'sync.conflicts.field.deleted': 'retiré',
  'sync.conflicts.field.text': 'texte',
  'sync.conflicts.field.name': 'nom',
  'sync.conflicts.field.title': 'titre',

  // Exporter un paquet
  'bundle.export.heading': 'Exporter un paquet',
  'bundle.export.intro':
    'Un paquet est un seul fichier {extension} à remettre par clé USB ou par courriel. Il fonctionne dans tous les navigateurs et sans dossier partagé. Importer deux fois le même paquet ne change rien.',
  'bundle.export.button': 'Exporter le paquet…',
  'bundle.export.what': 'Quoi exporter',
  'bundle.export.project': 'Tout ce projet',
  'bundle.export.sessions': 'Des séances choisies',
  'bundle.export.kit':
    'Une trousse de projet pour l’animation (guide, groupes, types de notes et thèmes maîtres ; ni séances ni notes)',
  'bundle.export.whichSessions': 'Séances à exporter',
  'bundle.export.protect': 'Protéger par une phrase de passe',
  'bundle.export.passphrase': 'Phrase de passe',
  'bundle.export.again': 'Phrase de passe, encore',
  'bundle.export.passphraseNote':
    'Une phrase de passe oubliée ne peut pas être récupérée : sans elle, personne, pas même vous, ne peut ouvrir le paquet. Donnez-la à la personne qui le reçoit séparément, pas dans le même courriel.',
  'bundle.export.chooseSession': 'Choisissez au moins une séance à exporter.',
  'bundle.export.tooShort': 'Utilisez une phrase de passe d’au moins {min, number} caractères.',
  'bundle.export.notSame': 'Les deux phrases de passe ne sont pas identiques. Tapez-les de nouveau.',
  'bundle.export.preparing': 'Préparation du paquet…',
  'bundle.export.preparingLocked': 'Préparation et verrouillage du paquet…',
  'bundle.export.fileType': 'Paquet Fieldnotes',
  'bundle.export.cancelled': 'Exportation annulée ; rien n’a été enregistré.',
  'bundle.export.saved': 'Paquet enregistré sous « {fileName} ».',
  'bundle.export.savedAnnounced': 'Paquet enregistré sous {fileName}',
  'bundle.export.failed': 'Le paquet n’a pas pu être créé : {reason}',

  // Importer un paquet
  'bundle.import.button': 'Importer un paquet…',
  'bundle.import.title': 'Importer un paquet',
  'bundle.import.choose':
    'Choisissez un fichier {extension} venant d’une autre personne qui anime ou de l’équipe du projet. Vous verrez ce qu’il ajoute avant que quoi que ce soit change.',
  'bundle.import.chooseFile': 'Choisir un fichier…',
  'bundle.import.cancel': 'Annuler',
  'bundle.import.locked':
    '« {fileName} » est protégé par une phrase de passe. Entrez la phrase de passe qu’on vous a donnée avec le fichier.',
  'bundle.import.passphrase': 'Phrase de passe',
  'bundle.import.open': 'Ouvrir le paquet',
  'bundle.import.openProject': 'Ouvrir {project}',
  'bundle.import.close': 'Fermer',
  'bundle.import.import': 'Importer',
  'bundle.import.holds': 'Ce que contient ce paquet',
  'bundle.import.from': '« {fileName} », de {device}.',
  'bundle.import.fromLocked': '« {fileName} », de {device}, protégé par une phrase de passe.',
  'bundle.import.file': '« {fileName} ».',
  'bundle.import.fileLocked': '« {fileName} », protégé par une phrase de passe.',
  'bundle.import.sessions': 'Séances',
  'bundle.import.themes': 'Thèmes',
  'bundle.import.change.new': 'nouveau',
  'bundle.import.change.updated': 'modifié',
  'bundle.import.change.removed': 'retiré',
  'bundle.import.confirmRemoval':
    'Oui, retirer {count, plural, one {cet élément} other {ces # éléments}}. (Ce paquet retire plus de la moitié de ce que contient le projet. Continuez seulement si vous vous y attendiez.)',
  'bundle.import.reading': 'Lecture du paquet…',
  'bundle.import.unlocking': 'Déverrouillage du paquet…',
  'bundle.import.importing': 'Importation…',
  'bundle.import.needPassphrase': 'Entrez la phrase de passe qu’on vous a donnée avec ce paquet.',
  'bundle.import.removalsUnconfirmed':
    'Cette importation retirerait de nombreux éléments. Cochez la case pour confirmer, ou annulez. Rien n’a été importé.',
  'bundle.import.imported': 'Importé dans « {project} » : {summary}',
  'bundle.import.importedAnnounced': 'Paquet importé dans {project}',
  'bundle.import.failed': 'Le paquet n’a pas pu être importé : {reason} Rien n’a été importé.',
  'bundle.error.damaged':
    'Ce paquet est endommagé (sa copie n’est peut-être pas terminée). Rien n’a été importé. Demandez qu’on vous l’envoie de nouveau.',
  'bundle.error.tooLarge':
    'Ce paquet se décompresserait en plus que ce que Fieldnotes accepte (il est peut-être endommagé ou n’a pas été créé par Fieldnotes). Rien n’a été importé.',
  'bundle.error.notABundle': 'Ce fichier n’est pas un paquet Fieldnotes. Rien n’a été importé.',
  'bundle.error.newerVersion':
    'Ce paquet a été créé par une version plus récente de Fieldnotes. Mettez l’application à jour pour l’importer. Rien n’a été importé.',
  'bundle.error.passphraseNeeded':
    'Ce paquet est protégé par une phrase de passe. Entrez la phrase de passe pour l’importer.',
  'bundle.error.wrongPassphrase':
    'Cette phrase de passe n’ouvre pas ce paquet. Vérifiez-la et réessayez. Rien n’a été importé.',
  // L’aperçu d’un paquet, en phrases
  'bundle.preview.nothingNew': 'Rien de nouveau : tout ce que contient ce paquet est déjà ici.',
  'bundle.preview.addsProject': 'Ajoute le projet « {project} ».',
  'bundle.preview.adds': 'Ajoute {list}.',
  'bundle.preview.addsTo': 'Ajoute {list} à « {project} ».',
  'bundle.preview.changes': 'Modifie {list}.',
  'bundle.preview.projectDetails': 'les détails du projet',
  'bundle.preview.restores': 'Rétablit ici ce qui avait été retiré : {list}.',
  'bundle.preview.removes': 'Retire {list}.',
  'bundle.preview.newSessions': '{count, plural, one {Nouvelle séance} other {Nouvelles séances}} : {list}.',
  'bundle.preview.quoted': '« {title} »',
  'bundle.preview.listEnd': '{rest} et {last}',
  'bundle.preview.damaged':
    '{count, plural, one {# modification endommagée sera ignorée.} other {# modifications endommagées seront ignorées.}}',
  'bundle.preview.refusedPhoto': 'Une de ses photos ne sera pas importée : {reason}.',
  'bundle.preview.held':
    '{count, plural, one {# modification est datée plus d’un jour en avance sur cet ordinateur : elle attend à l’écran Synchronisation que vous l’acceptiez ou la refusiez.} other {# modifications sont datées plus d’un jour en avance sur cet ordinateur : elles attendent à l’écran Synchronisation que vous les acceptiez ou les refusiez.}}',
  'bundle.preview.erasing':
    'Efface ici pour toujours {count, plural, one {# note} other {# notes}} : {count, plural, one {effacée} other {effacées}} sur un autre appareil.',
  'bundle.preview.erasures':
    'Contient {count, plural, one {# effacement} other {# effacements}} : ce qu’ils visent sera effacé s’il arrive un jour ici.',
  'bundle.preview.erasedValues':
    'Laisse de côté {count, plural, one {# modification} other {# modifications}} à des éléments effacés ici : ils restent effacés.',
  'bundle.preview.count.projects': '{count, plural, one {# projet} other {# projets}}',
  'bundle.preview.count.groups': '{count, plural, one {# groupe d’intérêt} other {# groupes d’intérêt}}',
  'bundle.preview.count.questions': '{count, plural, one {# question} other {# questions}}',
  'bundle.preview.count.sessions': '{count, plural, one {# séance} other {# séances}}',
  'bundle.preview.count.participants': '{count, plural, one {# participant} other {# participants}}',
  'bundle.preview.count.notes': '{count, plural, one {# note} other {# notes}}',
  'bundle.preview.count.themes': '{count, plural, one {# thème} other {# thèmes}}',
  'bundle.preview.count.findings': '{count, plural, one {# constat} other {# constats}}',
  'bundle.preview.count.erasures': '{count, plural, one {# effacement} other {# effacements}}',
  'bundle.preview.count.codingPasses': '{count, plural, one {# passe de codage} other {# passes de codage}}',
  'bundle.preview.count.codings': '{count, plural, one {# codage} other {# codages}}',
  'bundle.preview.count.photos': '{count, plural, one {# photo} other {# photos}}',
  'bundle.preview.count.memos': '{count, plural, one {# mémo} other {# mémos}}',
};

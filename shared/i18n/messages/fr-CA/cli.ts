/** Canadian French messages: cli (everything the `fieldnotes` command prints). */
import type { cli as en } from '../en/cli';

export const cli: Record<keyof typeof en, string> = {
  // Every command
  'cli.usage': `Utilisation\u00a0: fieldnotes '<commande>' [options]

Commandes\u00a0:
{commands}

Options de toutes les commandes\u00a0:
  --lang en|fr-CA  la langue à employer (par défaut\u00a0: FIELDNOTES_LANG, sinon la langue du système, sinon
                   l’anglais)\u202f; export écrit aussi ses rapports dans cette langue

Lancez «\u00a0fieldnotes '<commande>' --help\u00a0» pour connaître les options d’une commande.
`,
  'cli.unknownLanguage': 'fieldnotes : --lang vaut en ou fr-CA, et non « {given} »\n',
  'cli.unknownCommand': 'fieldnotes : commande inconnue « {name} » ; commandes : {commands}\n',
  'cli.failed': 'fieldnotes {name} : {message}\n',
  'cli.unexpected':
    'fieldnotes {name} : la commande s’est arrêtée sur une erreur inattendue, une anomalie de Fieldnotes. Aucun fichier n’a été laissé à moitié écrit : chacun n’est mis en place qu’une fois complet. Relancez la commande ; si elle échoue encore, signalez-le avec le détail technique ci-dessous.\nDétail technique : {detail}\n',
  'cli.seeHelp': '{message} (voir fieldnotes {command} --help)',
  'cli.warning': 'avertissement : {text}\n',
  'cli.fromSource': '{source} : {text}',
  'cli.withPath': '{text} ({path})',
  'cli.folderUnreadable':
    'Le dossier de synchronisation n’a pas pu être lu, donc rien n’a été écrit. Vérifiez que le dossier peut être ouvert, puis réessayez. (Détail technique : {detail})',
  'cli.nothingAt': 'rien n’a été trouvé à {path}',
  'cli.missingOut': 'il manque --out FICHIER',
  'cli.aDevice': 'un appareil',
  'cli.unnamed': '(sans nom)',
  'cli.none': 'aucun',
  'cli.quoted': '« {text} »',
  'cli.andMore': 'et {count} de plus',
  'cli.wrote': '  écrit : {file}',
  'cli.totals':
    '{sessions, plural, one {# séance} other {# séances}} · {notes, plural, one {# note} other {# notes}} · {themes, plural, one {# thème} other {# thèmes}} · {findings, plural, one {# constat} other {# constats}}',
  'cli.passphraseHint': '{problem} Donnez-la avec --passphrase-file FICHIER.',
  'cli.passphrase.unreadable': 'impossible de lire le fichier de phrase de passe {file}',
  'cli.passphrase.empty': 'le fichier de phrase de passe {file} est vide',
  'cli.project.none': 'il n’y a aucun projet Fieldnotes dans {root}',
  'cli.project.notFound': 'aucun projet nommé « {wanted} » dans {root} ; projets présents : {names}',
  'cli.project.several':
    '{root} contient {count} projets{named, select, yes { portant ce nom} other {}} ; choisissez-en un avec --project NOM : {names}',
  'cli.massDeletion.help': 'poursuivre quand un appareil supprime plus de la moitié du projet (arrêt par défaut)',
  'cli.massDeletion.stopped':
    '{device} supprime {deleting} des {live} éléments de « {project} ». L’application demande une confirmation avant d’appliquer cela ; rien n’a donc été fait. Si c’était voulu, relancez avec --allow-mass-deletion.',
  'cli.massDeletion.thisProject': 'ce projet',
  'cli.csv.unknownEncoding': 'encodage inconnu « {value} » ; utilisez utf-8, windows-1252 ou mac-roman',
  'cli.csv.noSuchFile': '{file} : fichier introuvable',
  'cli.csv.isFolder': '{file} : c’est un dossier, pas un fichier',
  'cli.csv.permission': '{file} : permission refusée',
  'cli.csv.cannotRead': '{file} : lecture impossible ({reason})',
  'cli.csv.notOrdinary': '{file} : ce n’est pas un fichier ordinaire',
  'cli.pii.email': 'adresse de courriel',
  'cli.pii.phone': 'numéro de téléphone',
  'cli.pii.address': 'adresse municipale',
  'cli.pii.postalCode': 'code postal',
  'cli.pii.name': 'nom de personne',
  'cli.pii.other': 'marqué par vous',
  // export
  'cli.export.summary':
    'exporter les constats (xlsx, JSON, docx, REFI-QDA) de dossiers de synchronisation ou de lots, consolidés',
  'cli.export.help': `Utilisation\u00a0: fieldnotes export CHEMIN... [--xlsx F] [--json F] [--docx F] [--qdpx F] [--qdc F] [--csv F] [--html F]
       [--pptx F] [--deck-pdf F] [--said-did-docx F] [--said-did-html F] [--group G] [--include-memos]

Exporte les constats d’un projet depuis un ou plusieurs dossiers de synchronisation ou lots .fieldnotes.
Plusieurs CHEMINs sont consolidés\u00a0: le travail de chaque animatrice ou animateur est fusionné en une seule vue
du projet avant l’export.

Formats (au moins un)\u00a0:
{formats}

Options\u00a0:
  --project ID|NOM         quel projet, quand les sources en contiennent plusieurs
  --group ID|NOM           seulement ce qu’a dit ce groupe d’intérêt (à répéter pour plusieurs)\u202f; un rapport
                           «\u00a0Vous avez dit, nous avons fait\u00a0» ainsi fait est le rapport de ce groupe
  --level master|session   présenter les thèmes principaux (par défaut quand le projet en a) ou les thèmes des
                           séances
  --report-lang en|fr-CA   la langue des rapports et des fichiers (par défaut\u00a0: --lang, sinon FIELDNOTES_LANG,
                           sinon l’anglais)\u202f; notes, thèmes et noms restent tels qu’ils ont été écrits
  --include-memos          ajouter les mémos de l’équipe au rapport «\u00a0Ce que nous avons entendu\u00a0» (--docx,
                           --html)\u202f; les mémos vont toujours dans --json, --qdpx et --qdc, auteurs numérotés,
                           jamais dans le CSV, la présentation ni «\u00a0Vous avez dit, nous avons fait\u00a0»
  --no-names               ne pas chercher de noms de personnes (plus rapide\u202f; adresses, téléphones et courriels
                           sont tout de même supprimés)
  --passphrase-file FICHIER
                           phrase de passe des lots chiffrés (première ligne de FICHIER)
  --accept-future          prendre aussi les changements datés de plus d’un jour dans le futur (écartés avec un
                           avertissement sinon)
{massDeletion}
  -h, --help               afficher cette aide

Confidentialité\u00a0: toute adresse de courriel, tout numéro de téléphone, toute adresse municipale, tout code
postal et tout nom de personne trouvés sont supprimés\u202f; les notes sensibles et celles soumises à un protocole
culturel sont comptées, mais leur texte est retenu\u202f; aucune note marquée «\u00a0ne pas citer\u00a0» n’est citée.

Codes de sortie\u00a0: 0 écrit, 2 entrée ou utilisation incorrecte, 1 erreur inattendue.
`,
  'cli.export.formatLine': '  --{flag} FICHIER   {label}',
  'cli.export.noProject': '{path} ne contient aucun projet Fieldnotes',
  'cli.export.invalidChanges':
    '{source} : {count, plural, one {# changement n’a pas passé la validation et a été ignoré} other {# changements n’ont pas passé la validation et ont été ignorés}}',
  'cli.export.projectNotFound': 'aucun projet « {wanted} » dans ces fichiers ; ils contiennent : {list}',
  'cli.export.severalProjects': 'ces fichiers contiennent {count} projets ; choisissez-en un avec --project : {list}',
  'cli.export.noSources': 'il faut au moins un dossier de synchronisation ou un lot (voir fieldnotes export --help)',
  'cli.export.noFormat': 'choisissez au moins un format, p. ex. --xlsx constats.xlsx (voir fieldnotes export --help)',
  'cli.export.badLevel': '--level vaut master ou session',
  'cli.export.badReportLanguage': '--report-lang vaut en ou fr-CA, et non « {given} »',
  'cli.export.erased':
    '{count, plural, one {# changement de ces fichiers contient} other {# changements de ces fichiers contiennent}} encore des paroles effacées ; {count, plural, one {il est exclu} other {ils sont exclus}} de l’export',
  'cli.export.noProjectRecord':
    'la fiche du projet {id} n’est pas dans ces fichiers (seules ses modifications ultérieures y sont) ; ajoutez le dossier ou le lot de l’appareil qui a créé le projet',
  'cli.export.badClocks':
    '{count, plural, one {# décision de rattachement exclue} other {# décisions de rattachement exclues}} du journal de rattachement : leur valeur d’horloge est illisible',
  'cli.export.noGroup': 'il n’y a aucun groupe d’intérêt « {wanted} » dans ce projet (groupes : {groups})',
  'cli.export.project':
    'Projet « {name} », à partir de {sources, plural, one {# source} other {# sources}} ({level, select, master {thèmes principaux, consolidés} other {thèmes des séances}}) :',
  'cli.export.memos':
    '  mémos : {count, plural, one {# mémo} other {# mémos}} dans les données des constats et les fichiers REFI-QDA{inReport, select, yes { ainsi que dans le rapport} other { ; pas dans le rapport (ajoutez --include-memos)}}',
  'cli.export.privacy':
    '  confidentialité : {withheld, plural, one {# note retenue} other {# notes retenues}}, {dropped} exclues, {redactions, plural, one {# renseignement personnel supprimé} other {# renseignements personnels supprimés}}',
  'cli.export.privacyKinds': '{privacy} ({kinds})',
  'cli.export.piiCount': '{count} {kind}',
  'cli.export.community':
    '  communauté : {count, plural, one {# séance retenue} other {# séances retenues}} en attente de l’approbation de la communauté ({communities})',
  // inspect
  'cli.inspect.summary': 'montrer ce que contient un dossier de synchronisation ou un lot .fieldnotes',
  'cli.inspect.help': `Utilisation\u00a0: fieldnotes inspect CHEMIN [--json] [--passphrase-file FICHIER]

Montre ce que contient un dossier de synchronisation (ou le dossier d’un projet qui s’y trouve) ou un lot
.fieldnotes\u00a0: pour chaque projet, les séances, notes, thèmes et autres fiches comptés après fusion, les
appareils qui les ont écrits, et chaque problème trouvé (fichiers pas encore complets, copies faites par un
service de synchronisation de fichiers, formats plus récents, horloges très en avance, deux ordinateurs
partageant une même identité). Lecture seule\u202f; ne change rien.

Options\u00a0:
  --json                   afficher le rapport en JSON
  --passphrase-file FICHIER
                           la phrase de passe d’un lot chiffré (première ligne de FICHIER)
  --accept-future          compter comme d’habitude les changements datés de plus d’un jour dans le futur
                           (retenus et listés sinon)
  -h, --help               afficher cette aide

Codes de sortie\u00a0: 0 lu (quels que soient les problèmes trouvés), 2 entrée ou utilisation incorrecte, 1 erreur inattendue.
`,
  'cli.inspect.onePath': 'il faut un seul chemin : fieldnotes inspect CHEMIN',
  'cli.inspect.passphraseNeeded':
    'ce lot est protégé par une phrase de passe ; donnez-la avec --passphrase-file FICHIER',
  'cli.inspect.folder': 'Dossier de synchronisation {path} : {count, plural, one {# projet} other {# projets}}',
  'cli.inspect.bundle': 'Lot {path} ({scope}, fait par {by}{encrypted, select, yes {, chiffré} other {}})',
  'cli.inspect.problem':
    '[{severity, select, error {erreur} warning {avertissement} info {info} other {{severity}}}] {text}',
  'cli.inspect.project': 'Projet « {name} » ({id})',
  'cli.inspect.nameNotKnown': '(nom encore inconnu)',
  'cli.inspect.counts':
    '{sessions, plural, one {# séance} other {# séances}} · {notes, plural, one {# note} other {# notes}} · {themes, plural, one {# thème} other {# thèmes}} · {participants, plural, one {# personne participante} other {# personnes participantes}} · {groups, plural, one {# groupe} other {# groupes}} · {questions, plural, one {# question} other {# questions}} · {findings, plural, one {# constat} other {# constats}}',
  'cli.inspect.pending':
    '  {count, plural, one {# fiche n’est connue} other {# fiches ne sont connues}} que par des modifications ultérieures (leur création n’est pas encore arrivée)',
  'cli.inspect.devices': '  appareils : {count}',
  'cli.inspect.device':
    '    {name} [{id}] : {segments, plural, =0 {} one {# fichier, } other {# fichiers, }}{changes, plural, one {# changement} other {# changements}}{hasLast, select, yes {, dernière écriture {last}} other {}}',
  'cli.inspect.problems': '  problèmes : {count, plural, =0 {aucun} other {{count}}}',
  // bundle
  'cli.bundle.summary': 'regrouper un projet d’un dossier de synchronisation dans un lot .fieldnotes',
  'cli.bundle.help': `Utilisation\u00a0: fieldnotes bundle DOSSIER --out FICHIER.{ext} [options]

Regroupe un projet d’un dossier de synchronisation dans un lot .{ext} que l’application importe (Importer un
lot). DOSSIER est le dossier de synchronisation, ou le dossier d’un projet qui s’y trouve. Les fichiers dont
la copie n’est pas terminée sont laissés de côté, avec un avertissement\u202f; le lot contient tout le reste.

Options\u00a0:
  --out FICHIER            le lot à écrire\u202f; obligatoire
  --project NOM            quel projet, quand le dossier en contient plusieurs
  --passphrase-file FICHIER
                           chiffrer avec la phrase de passe de la première ligne de FICHIER (AES-256-GCM)
  --accept-future          regrouper aussi les changements datés de plus d’un jour dans le futur (écartés avec
                           un avertissement sinon)
  -h, --help               afficher cette aide

Codes de sortie\u00a0: 0 écrit, 2 entrée ou utilisation incorrecte, 1 erreur inattendue.
`,
  'cli.bundle.oneFolder': 'il faut un seul dossier : fieldnotes bundle DOSSIER --out FICHIER.{ext}',
  'cli.bundle.deviceName': 'fieldnotes bundle (ligne de commande)',
  'cli.bundle.wrote':
    'Écrit {file} : « {name} », {sessions, plural, one {# séance} other {# séances}}, {notes, plural, one {# note} other {# notes}}, {themes, plural, one {# thème} other {# thèmes}} de {devices, plural, one {# appareil} other {# appareils}}{encrypted, select, yes {, chiffré} other {}}.\n',
  // purge
  'cli.purge.summary': 'réécrire les fichiers de synchronisation d’un appareil retiré sans les paroles effacées',
  'cli.purge.help': `Utilisation\u00a0: fieldnotes purge DOSSIER --device NOM [--project NOM] [--confirm]

Pour un appareil qui ne se synchronisera plus jamais (perdu, retiré ou effacé)\u00a0: réécrit ses fichiers dans le
dossier de synchronisation sans les paroles qui ont été effacées (une personne a retiré son consentement, une
note a été effacée), et garde tous les autres changements qu’il a faits. Un appareil encore utilisé réécrit
lui-même ses fichiers à sa prochaine synchronisation\u00a0: ne le purgez pas.

Sans --confirm, dit ce qui changerait et ne change rien.

Options\u00a0:
  --device NOM      l’appareil, par le nom affiché dans l’application (ou son identifiant de 16 caractères)
  --project NOM     quel projet, quand le dossier en contient plusieurs
  --confirm         réécrire les fichiers
  -h, --help        afficher cette aide

Codes de sortie\u00a0: 0 fait (ou rien à faire), 2 entrée ou utilisation incorrecte, 1 erreur inattendue.
`,
  'cli.purge.device': '{named, select, yes {« {name} »} other {l’appareil sans nom}} [{id}]',
  'cli.purge.noDevice': 'aucun appareil nommé « {wanted} » dans ce projet ; appareils présents : {list}',
  'cli.purge.severalDevices':
    '{count} appareils s’appellent « {wanted} » ; désignez-en un par son identifiant : {list}',
  'cli.purge.oneFolder': 'il faut un seul dossier : fieldnotes purge DOSSIER --device NOM',
  'cli.purge.missingDevice': 'il manque --device NOM (l’appareil à purger)',
  'cli.purge.skipped': 'impossible de purger {device} : {reason}. Rien n’a été changé.',
  'cli.purge.clean':
    '{device} : aucun de ses {files, plural, one {# fichier} other {# fichiers}} ne contient de valeur effacée ; rien à purger.\n',
  'cli.purge.would': `{device}\u00a0: {erasedFiles, plural, one {# fichier} other {# fichiers}} sur {files} {erasedFiles, plural, one {contient} other {contiennent}} des valeurs effacées ({erased, plural, one {# changement} other {# changements}}).
La purge réécrit ses fichiers sans elles et garde ses {kept, plural, one {# autre changement} other {# autres changements}}.
Rien n’a été changé. Ne purgez qu’un appareil qui ne se synchronisera plus jamais (perdu, retiré ou effacé)\u00a0:
un appareil encore utilisé réécrit lui-même ses fichiers à sa prochaine synchronisation. Relancez avec --confirm pour purger.
`,
  'cli.purge.done':
    'Purgé {device} : {erased, plural, one {# changement contenant des valeurs effacées supprimé} other {# changements contenant des valeurs effacées supprimés}}, {kept, plural, one {# changement gardé} other {# changements gardés}} ; {retired, plural, one {# fichier remplacé} other {# fichiers remplacés}} par {written}.\n',
  // cluster
  'cli.cluster.summary': 'suggérer des regroupements pour les notes d’un fichier CSV',
  'cli.cluster.help': `Utilisation\u00a0: fieldnotes cluster NOTES.csv --out GROUPES.csv [options]

Suggère des regroupements pour les notes d’un fichier CSV et écrit, pour chaque ligne, son identifiant et le
nom de son regroupement.

Options\u00a0:
  --out FICHIER        où écrire le résultat (CSV en UTF-8\u00a0: id,cluster,cluster_words)\u202f; obligatoire
  --text-column NOM    colonne contenant le texte de la note (par défaut\u00a0: text)
  --id-column NOM      colonne contenant l’identifiant de la note (par défaut\u00a0: id\u202f; sans elle, les lignes sont
                       numérotées à partir de 1)
  --k N                exactement N regroupements au lieu de laisser les notes en décider
  --method NOM         meaning (par défaut\u00a0: le sens des notes et les mots qu’elles partagent) ou words
                       (seulement les mots partagés, l’ancienne méthode)
  --encoding NOM       utf-8, windows-1252 ou mac-roman (par défaut\u00a0: détecté)
  -h, --help           afficher cette aide

Codes de sortie\u00a0: 0 fait, 2 entrée ou utilisation incorrecte, 1 erreur inattendue.
`,
  'cli.cluster.unclustered': 'Sans regroupement',
  'cli.cluster.oneFile': 'il faut un seul fichier d’entrée : fieldnotes cluster NOTES.csv --out GROUPES.csv',
  'cli.cluster.badK': '--k doit être un nombre entier d’au moins 1, et non « {value} »',
  'cli.cluster.badMethod': '--method vaut « meaning » ou « words », et non « {value} »',
  'cli.cluster.noColumn':
    '{file} : aucune colonne nommée « {name} » (colonnes : {columns}) ; choisissez-en une avec {option}',
  'cli.cluster.noVectors': 'Avertissement : {problem} ; regroupement par mots partagés seulement.\n',
  'cli.cluster.wrote':
    '{rows, plural, one {# ligne écrite} other {# lignes écrites}} dans {file} : {clusters, plural, one {# regroupement} other {# regroupements}} {meaning, select, yes {par le sens} other {par mots partagés}}, {unclustered} sans regroupement (lu en {encoding}, {detected, select, yes {détecté} other {comme demandé}}).\n',
  // validate
  'cli.validate.summary': 'vérifier un fichier JSON de constats, REFI-QDA (.qdpx, .qdc) ou un lot .fieldnotes',
  'cli.validate.help': `Utilisation\u00a0: fieldnotes validate FICHIER [options]

Vérifie un fichier JSON de constats, un projet REFI-QDA (.qdpx) ou un livre de codes (.qdc), ou un lot
.fieldnotes.

Options\u00a0:
  --xsd-dir DOSSIER        dossier contenant Project-mrt2019.xsd et Codebook-mrt2019.xsd (par défaut\u00a0:
                           FIELDNOTES_REFI_XSD_DIR, sinon les copies officielles fournies avec Fieldnotes)
  --passphrase-file FICHIER
                           phrase de passe d’un lot chiffré (première ligne de FICHIER)
  -h, --help               afficher cette aide

Codes de sortie\u00a0: 0 valide, 2 non valide ou utilisation incorrecte, 1 erreur inattendue.
`,
  'cli.validate.valid': 'VALIDE {kind} : {file}',
  'cli.validate.invalid': 'NON VALIDE {what} : {reason}',
  'cli.validate.what.json': 'JSON',
  'cli.validate.what.findings': 'fichier de constats',
  'cli.validate.what.project': 'projet REFI-QDA',
  'cli.validate.what.codebook': 'livre de codes REFI-QDA',
  'cli.validate.what.zip': 'archive zip',
  'cli.validate.what.bundle': 'lot',
  'cli.validate.notJson': 'le fichier n’est pas du JSON valide (il est peut-être tronqué)',
  'cli.validate.wrongFormat': '« format » ne vaut pas « {format} » ; ce n’est pas un fichier de constats Fieldnotes',
  'cli.validate.newer':
    'il est au format version {version}, fait par un Fieldnotes plus récent ; celui-ci connaît jusqu’à la version {known}. Mettez Fieldnotes à jour',
  'cli.validate.schema': 'ne correspond pas au schéma : {errors}',
  'cli.validate.separator': ' ; ',
  'cli.validate.findingsKind': 'JSON de constats ({format} version {version})',
  'cli.validate.findingsFacts':
    'projet « {name} », niveau {level, select, master {principal} other {séance}}, fait le {date}',
  'cli.validate.noXsd': 'pas de {file} dans {dir}',
  'cli.validate.xsdMissing':
    'les XSD REFI-QDA fournis avec Fieldnotes sont absents (réinstallez, ou utilisez --xsd-dir)',
  'cli.validate.noXmllint': 'xmllint n’est pas installé (Debian : apt-get install libxml2-utils)',
  'cli.validate.failsToValidate': 'échec de la validation',
  'cli.validate.xsdSkipped': 'vérification XSD non faite : {reason}',
  'cli.validate.projectFacts':
    '{sources, plural, one {# source} other {# sources}} · {codes, plural, one {# code} other {# codes}} · {selections, plural, one {# sélection codée} other {# sélections codées}} · {cases, plural, one {# cas} other {# cas}}{notes, plural, =0 {} one { · # note (mémo)} other { · # notes (mémos)}}',
  'cli.validate.readerNote': 'remarque : {text}',
  'cli.validate.codebookFacts':
    '{codes, plural, one {# code} other {# codes}} · {sets, plural, one {# ensemble} other {# ensembles}}',
  'cli.validate.xsdMismatch': 'ne correspond pas à {xsd} : {problems}',
  'cli.validate.matches': 'correspond à {xsd}',
  'cli.validate.refiKind': '{what} ({extension})',
  'cli.validate.bundleKind': 'lot Fieldnotes (version {version}{encrypted, select, yes {, chiffré} other {}})',
  'cli.validate.bundleFacts':
    'projet {id}, fait le {date}, {segments, plural, one {# segment} other {# segments}} aux décomptes et empreintes vérifiés',
  'cli.validate.bundleInvalid':
    'remarque : {count, plural, one {# changement n’a pas passé la validation et serait ignoré} other {# changements n’ont pas passé la validation et seraient ignorés}}',
  'cli.validate.damagedZip': 'le fichier est endommagé ou tronqué',
  'cli.validate.otherZip':
    'ce n’est ni un projet REFI-QDA (pas de project.qde) ni un lot Fieldnotes (pas de manifest.json)',
  'cli.validate.unknownKind': 'ni un JSON de constats, ni un fichier REFI-QDA, ni un lot',
  'cli.validate.oneFile': 'il faut un seul fichier : fieldnotes validate FICHIER',
  'cli.validate.tooLarge': '{file} dépasse {megabytes} Mo',
  'cli.validate.cannotRead': 'impossible de lire {file}',
  // import-csv
  'cli.import.summary': 'importer les notes d’un fichier CSV dans un projet d’un dossier de synchronisation',
  'cli.import.help': `Utilisation\u00a0: fieldnotes import-csv NOTES.csv --sync-folder DOSSIER --project NOM [options]

Écrit les lignes d’un fichier CSV comme notes dans un projet d’un dossier de synchronisation, en tant que
nouvel appareil\u202f; chaque application qui synchronise le dossier les reçoit alors. «\u00a0Importer des notes\u00a0» dans
l’application lit les mêmes colonnes selon les mêmes règles. Les colonnes sont trouvées par leur en-tête, dans
n’importe quel ordre, sans égard à la casse\u00a0:
{columns}
Si une ligne ne peut pas être importée, rien n’est écrit et chaque raison est listée. Un fichier de n’importe
quelle taille est lu par morceaux\u202f; les notes apparaissent dans le dossier toutes à la fois, quand chaque
ligne a été écrite.

Options\u00a0:
  --sync-folder DOSSIER
                       le dossier partagé\u202f; obligatoire
  --project NOM        le projet, par son nom\u202f; obligatoire (créez-le dans l’application et synchronisez une
                       fois d’abord)
  --session TITRE      mettre toutes les notes dans cette séance (une séance existante, par son titre, ou une
                       nouvelle), sans lire la colonne Séance\u202f; par défaut\u00a0: la colonne Séance, et le nom du
                       fichier pour les lignes qui n’en ont pas
  --group NOM          le groupe d’intérêt des nouvelles séances dont les lignes n’en nomment aucun
  --device-name NOM    comment les autres appareils désignent cette importation (par défaut\u00a0: «\u00a0Importation CSV
                       (FICHIER)\u00a0»)
  --encoding NOM       utf-8, windows-1252 ou mac-roman (par défaut\u00a0: détecté)
  --again              importer un fichier déjà importé dans ce projet (refusé par défaut\u00a0: toutes ses notes y
                       seraient en double)
{massDeletion}
  -h, --help           afficher cette aide

Codes de sortie\u00a0: 0 importé, 2 entrée ou utilisation incorrecte, 1 erreur inattendue.
`,
  'cli.import.problem': '  ligne {line} : {message}\n',
  'cli.import.moreProblems':
    '  et {count, plural, one {# autre ligne qui ne peut pas être importée} other {# autres lignes qui ne peuvent pas être importées}}\n',
  'cli.import.sameName':
    '{count} projets s’appellent « {name} » dans {root} ; renommez-en un dans l’application d’abord',
  'cli.import.noProject':
    'aucun projet nommé « {name} » dans {root} ; créez-le dans l’application et synchronisez une fois, puis importez',
  'cli.import.noGroup': 'aucun groupe d’intérêt nommé « {name} » ; groupes : {groups}',
  'cli.import.done':
    '{notes, plural, one {# note importée} other {# notes importées}} dans « {project} »{sessions}{people} en tant qu’appareil {id} (« {device} » ; {how}).{warnings}\n',
  'cli.import.newSessions': ', {count, plural, one {# nouvelle séance} other {# nouvelles séances}} ({titles})',
  'cli.import.newParticipants':
    ', {count, plural, one {# nouvelle personne participante} other {# nouvelles personnes participantes}}',
  'cli.import.empty': '{file} : le fichier est vide',
  'cli.import.again':
    '{file} a déjà été importé dans « {project} » ({when}, en tant que « {device} ») ; l’importer de nouveau ajouterait chaque note en double. Pour l’importer quand même, ajoutez --again.',
  'cli.import.noTextColumn':
    '{file} n’a pas de colonne pour le texte des notes (un en-tête comme « Texte » ou « Note ») ; ses colonnes : {columns}',
  'cli.import.oneFile':
    'il faut un seul fichier CSV : fieldnotes import-csv NOTES.csv --sync-folder DOSSIER --project NOM',
  'cli.import.missingFolder': 'il manque --sync-folder DOSSIER',
  'cli.import.missingProject': 'il manque --project NOM',
  'cli.import.deviceName': 'Importation CSV ({file})',
  'cli.import.nothing': `Rien n’a été importé\u00a0:
{problems}`,
  'cli.import.noNotes': '{file} ne contient aucune note à importer',
  'cli.import.how': 'lu en {encoding}{asked, select, yes {, comme demandé} other {, détecté}}',
};

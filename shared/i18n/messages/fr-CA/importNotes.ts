/** Canadian French messages: importing notes from a CSV or .xlsx file, and the planner’s words for each row. */
import type { importNotes as en } from '../en/importNotes';

export const importNotes: Record<keyof typeof en, string> = {
  // La boîte de dialogue et ses étapes
  'importNotes.open': 'Importer des notes…',
  'importNotes.title': 'Importer des notes',
  'importNotes.noProject': 'Ce projet n’existe plus sur cet appareil.',
  'importNotes.intro':
    'Un fichier CSV (séparé par des virgules, des points-virgules ou des tabulations ; UTF-8, Windows-1252 ou Mac Roman) ou un classeur Excel .xlsx, avec une note par ligne et une ligne d’en-tête qui nomme les colonnes.',
  'importNotes.chooseFile': 'Choisir un fichier…',
  'importNotes.chooseAnother': 'Choisir un autre fichier…',
  'importNotes.fileType': 'Notes (CSV ou Excel)',
  'importNotes.sheet': 'Lecture de la feuille « {sheet} ».',
  'importNotes.cancelImport': 'Annuler l’importation',
  'importNotes.close': 'Fermer',
  'importNotes.import': 'Importer',
  'importNotes.importCount': 'Importer {count, plural, one {# note} other {# notes}}',
  'importNotes.defaultTitle': 'Notes importées',

  // Encodage
  'importNotes.encoding.plain':
    'Lu en {encoding} ({how, select, detected {détecté} other {votre choix}}) : le fichier ne contient que des lettres sans accents, des chiffres et de la ponctuation, qui se lisent de la même façon dans tous les encodages.',
  'importNotes.encoding.label':
    'Encodage du texte : {encoding} ({how, select, detected {détecté} other {votre choix}})',
  'importNotes.encoding.help':
    'Voici comment les lettres accentuées et les guillemets du fichier se lisent dans chaque encodage. S’ils semblent erronés, choisissez celui où ils se lisent bien.',
  'importNotes.encoding.from.utf8': 'la plupart des applications actuelles ; « CSV UTF-8 » d’Excel',
  'importNotes.encoding.from.windows': '« CSV » d’Excel sous Windows',
  'importNotes.encoding.from.mac': 'anciennes versions d’Office pour Mac',

  // Colonnes et destination des notes
  'importNotes.columns': 'Colonnes',
  'importNotes.chooseColumn': 'Choisir une colonne…',
  'importNotes.notInFile': 'Absente de ce fichier',
  'importNotes.columnNumber': 'Colonne {number, number}',
  'importNotes.label.text': 'Texte de la note (obligatoire)',
  'importNotes.label.session': 'Séance',
  'importNotes.label.question': 'Question',
  'importNotes.label.speaker': 'Code de la personne qui parle',
  'importNotes.label.kind': 'Type (catégorie du cadre)',
  'importNotes.label.group': 'Groupe d’intérêt',
  'importNotes.label.sensitive': 'Sensible (oui/non)',
  'importNotes.label.doNotQuote': 'Ne pas citer (oui/non)',
  'importNotes.label.culturalProtocol': 'Protocole culturel (oui/non)',
  'importNotes.heading.text': 'Texte',
  'importNotes.heading.session': 'Séance',
  'importNotes.heading.question': 'Question',
  'importNotes.heading.speaker': 'Personne',
  'importNotes.heading.kind': 'Type',
  'importNotes.heading.group': 'Groupe',
  'importNotes.heading.sensitive': 'Sensible',
  'importNotes.heading.doNotQuote': 'Ne pas citer',
  'importNotes.heading.culturalProtocol': 'Protocole culturel',
  'importNotes.target.withSessions': 'Les lignes sans séance vont dans',
  'importNotes.target.all': 'Les notes vont dans',
  'importNotes.target.new': 'Une nouvelle séance…',
  'importNotes.target.newTitle': 'Titre de la nouvelle séance',

  // L’aperçu et ce que l’importation fera
  'importNotes.preview.region': 'Aperçu du fichier',
  'importNotes.preview.caption':
    'Aperçu : les {shown, number} premières sur {count, plural, one {# ligne} other {# lignes}}',
  'importNotes.preview.line': 'Ligne',
  'importNotes.preview.row': 'Ligne',
  'importNotes.preview.flags': 'Indicateurs',
  'importNotes.preview.flagCell': '{flag} : « {cell} »',
  'importNotes.summary.notes': '{count, plural, one {# note prête} other {# notes prêtes}}',
  'importNotes.summary.sessions': '{count, plural, one {# nouvelle séance} other {# nouvelles séances}}',
  'importNotes.summary.speakers':
    '{count, plural, one {# nouveau code de personne} other {# nouveaux codes de personnes}}',
  'importNotes.summary.end': '{list}.',
  'importNotes.summary.formulaResults':
    '{count, number} cellules de formule ont été lues selon leur valeur enregistrée.',
  'importNotes.problems.heading':
    '{count, plural, one {# ligne ne peut pas être importée} other {# lignes ne peuvent pas être importées}}',
  'importNotes.problems.intro':
    'Rien n’est importé tant que chaque ligne ne peut pas l’être. Corrigez-les dans le fichier et choisissez-le de nouveau.',
  'importNotes.problems.line': 'Ligne {line} : {message}.',
  'importNotes.problems.row': 'Ligne {line} : {message}.',
  'importNotes.problems.more': 'et {count, number} de plus.',
  'importNotes.progress.label': 'Progression de l’importation',
  'importNotes.progress.value': '{done, number} sur {total, plural, one {# note} other {# notes}}',
  'importNotes.done': '{count, plural, one {# note importée} other {# notes importées}}.',
  'importNotes.doneInto':
    '{count, plural, one {# note importée} other {# notes importées}} dans {sessions, plural, one {# nouvelle séance} other {# nouvelles séances}}.',
  'importNotes.cancelled': 'Importation annulée. Rien n’a été importé.',
  'importNotes.failed': '{reason} Rien n’a été importé.',

  // Un fichier illisible
  'importNotes.file.cannotRead': 'Le fichier n’a pas pu être lu : {reason}',
  'importNotes.file.cannotOpen': 'Le fichier n’a pas pu être ouvert : {reason}',
  'importNotes.file.tooBig':
    '« {fileName} » fait {mb, number, ::.0} Mo ; Fieldnotes importe des notes de fichiers d’au plus {max, number} Mo. Rien n’a été importé. Divisez le fichier en fichiers plus petits et importez chacun.',
  'importNotes.file.empty': '« {fileName} » est vide. Rien n’a été importé.',
  'importNotes.file.xls':
    '« {fileName} » est un ancien fichier Excel (.xls). Rien n’a été importé. Ouvrez-le dans Excel ou LibreOffice et enregistrez-le en .xlsx ou en CSV.',
  'importNotes.file.zip':
    '« {fileName} » est une archive zip, pas un fichier CSV. Rien n’a été importé. Choisissez un fichier .csv ou .xlsx.',
  'importNotes.file.csvProblem': '« {fileName} » ne peut pas être lu : {problem}. Rien n’a été importé.',
  'importNotes.file.tooManyRows':
    '« {fileName} » compte {count, number} lignes ; une importation en prend au plus {max, number}. Rien n’a été importé. Divisez le fichier et importez chaque partie.',
  'importNotes.file.noHeader':
    '« {fileName} » n’a pas de ligne d’en-tête (la première ligne nomme les colonnes). Rien n’a été importé.',
  'importNotes.file.notWorkbook':
    '« {fileName} » n’est pas un classeur Excel lisible (il est peut-être endommagé ou mal copié). Rien n’a été importé. Ouvrez-le dans Excel ou LibreOffice et enregistrez-le de nouveau, ou enregistrez-le en CSV.',
  'importNotes.file.noRows': '« {fileName} » n’a aucune ligne, dans aucune feuille. Rien n’a été importé.',

  // Le planificateur — pourquoi une ligne ne peut pas être importée, et ce qu’il faut savoir avant d’importer
  'importPlan.chooseText': 'choisissez la colonne qui contient le texte des notes',
  'importPlan.emptyText': 'le texte de la note est vide',
  'importPlan.tooLong': 'la note fait {length, number} caractères ; une note en contient au plus {max, number}',
  'importPlan.noGroup':
    'il n’y a pas de groupe d’intérêt « {group} » dans ce projet (ajoutez-le dans Configuration, ou corrigez la cellule)',
  'importPlan.noQuestion': 'la question « {question} » n’est pas dans le guide de discussion',
  'importPlan.noKind': '« {kind} » n’est pas un des types du projet ({kinds})',
  'importPlan.noKinds': 'aucun défini',
  'importPlan.longCode': 'le code de personne « {code}… » dépasse {max} caractères',
  'importPlan.withdrawn': 'la personne {code} a retiré son consentement ; ses notes ne peuvent pas être importées',
  'importPlan.notYesNo': '« {cell} » dans la colonne {column} n’est ni oui ni non',
  'importPlan.sameTitle': '{count} séances s’appellent « {title} » ; renommez-en une d’abord',
  'importPlan.otherGroup': 'la séance « {title} » appartient à {current}, pas à {group}',
  'importPlan.noGroupName': 'aucun groupe',
  'importPlan.longTitle': 'le titre de la séance dépasse {max} caractères',
  'importPlan.twoGroups': 'la séance « {title} » reçoit deux groupes d’intérêt différents dans ce fichier',
  'importPlan.blankRows': '{count, plural, one {# ligne vide a été ignorée.} other {# lignes vides ont été ignorées.}}',
  'importPlan.formulaLike':
    '{count, plural, one {# note commence par =, +, - ou @ : importée comme texte brut, jamais calculée.} other {# notes commencent par =, +, - ou @ : importées comme texte brut, jamais calculées.}}',
};

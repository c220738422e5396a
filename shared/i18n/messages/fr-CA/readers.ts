/** Canadian French messages: readers (un fichier de constats JSON ou REFI-QDA qui ne peut pas être relu). */
import type { readers as en } from '../en/readers';

export const readers: Record<keyof typeof en, string> = {
  'readers.tooLarge':
    '{what, select, findings {Ce fichier de constats} qdpx {Ce fichier .qdpx} codebook {Ce livre de codes} other {Ce fichier}} fait {size} Mo ; Fieldnotes lit les fichiers d’au plus {limit} Mo. Rien n’a été importé. Exportez une plus petite partie (moins de séances) et réessayez.',
  // JSON des constats
  'readers.json.notJson': 'Ce fichier n’est pas du JSON valide (il est peut-être tronqué). Rien n’a été importé.',
  'readers.json.wrongFormat': 'Ce n’est pas un fichier de constats Fieldnotes. Rien n’a été importé.',
  'readers.json.newer':
    'Ce fichier de constats a été fait par une version plus récente de Fieldnotes (version de format {version} ; cette application lit jusqu’à la version {known}). Mettez Fieldnotes à jour pour l’ouvrir. Rien n’a été importé.',
  'readers.json.damaged': 'Ce fichier de constats est endommagé : {problem}. Rien n’a été importé.',
  'readers.json.damagedAt':
    'Ce fichier de constats est endommagé : le champ « {where} » {problem}. Rien n’a été importé.',
  'readers.json.unknownProblem': 'problème inconnu',
  // REFI-QDA
  'readers.refi.notXml':
    '{what, select, project {Le fichier project.qde} other {Le livre de codes}} n’est pas du XML bien formé : {kind, select, unclosed {un élément n’est pas fermé avant la fin du fichier} end {le fichier se termine trop tôt} mismatch {une balise fermante ne correspond pas à l’élément qu’elle ferme} character {il contient un caractère que le XML n’accepte pas} entity {une entité (comme &amp;) est mal formée ou inconnue} attribute {un attribut est mal formé} root {il y a du texte ou un second élément hors de l’élément racine} other {il y a une erreur de syntaxe}}, vers la ligne {line, number}, colonne {column, number}. Rien n’a été importé. (Texte d’origine de l’analyseur XML, en anglais, pour le soutien technique : « {detail} »)',
  'readers.refi.empty':
    '{what, select, project {Le fichier project.qde est vide} other {Le livre de codes est vide}}. Rien n’a été importé.',
  'readers.refi.notProject':
    "Ce n’est pas un projet REFI-QDA (aucun élément '<'Project> dans project.qde). Rien n’a été importé.",
  'readers.refi.notZip': 'Ce n’est pas un fichier .qdpx (un .qdpx est une archive zip). Rien n’a été importé.',
  'readers.refi.unpacksTooLarge':
    'Ce .qdpx se décompresse en plus de texte que Fieldnotes ne peut en lire. Rien n’a été importé.',
  'readers.refi.damagedZip':
    'Ce fichier .qdpx est endommagé ou incomplet (le zip ne peut pas être lu). Copiez-le de nouveau et réessayez. Rien n’a été importé.',
  'readers.refi.noProject':
    'Ce zip ne contient pas de project.qde ; ce n’est donc pas un projet REFI-QDA. Rien n’a été importé.',
  'readers.refi.notCodebook':
    "Ce n’est pas un livre de codes REFI-QDA (aucun élément '<'CodeBook>). Rien n’a été importé.",
  'readers.refi.sourceUnreadable': 'La source « {name} » n’a pas de texte brut lisible ; elle a été ignorée.',
  'readers.refi.sourceUnreadableAt':
    'La source « {name} » n’a pas de texte brut lisible ({path}) ; elle a été ignorée.',
  'readers.refi.selectionOutside': 'Une sélection dans « {name} » pointe hors de son texte ; elle a été ignorée.',
  'readers.refi.otherSources':
    '{count, plural, one {# source qui n’est pas du texte (PDF, image, audio, vidéo) a été ignorée.} other {# sources qui ne sont pas du texte (PDF, images, audio, vidéo) ont été ignorées.}}',
};

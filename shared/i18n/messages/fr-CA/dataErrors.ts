/** Canadian French messages: dataErrors (pourquoi la couche de données refuse une modification ou ne peut l’enregistrer). */
import type { dataErrors as en } from '../en/dataErrors';

/**
 * Each record an error can speak of, with the article each sentence needs: French agrees it with the noun's gender
 * (« La note n’est pas valide », « Le thème n’est pas valide »). Keys as in renderer/data/errors.ts (`subjectKey`).
 */
const nouns: [key: string, gender: 'f' | 'm', noun: string][] = [
  ['note', 'f', 'note'],
  ['question', 'f', 'question'],
  ['session', 'f', 'séance'],
  ['participant', 'f', 'personne participante'],
  ['theme', 'm', 'thème'],
  ['project', 'm', 'projet'],
  ['group', 'm', 'groupe d’intérêt'],
  ['finding', 'm', 'constat'],
  ['noteKind', 'm', 'type de note'],
  ['memo', 'm', 'mémo'],
  ['photo', 'f', 'photo'],
  ['coding', 'm', 'codage'],
  ['codingPass', 'f', 'passe de codage'],
  ['vote', 'm', 'vote'],
  ['masterTheme', 'm', 'thème maître'],
  ['workshopSession', 'f', 'séance d’atelier'],
];

type Form = 'the' | 'this' | 'a';
const ARTICLES: Record<Form, Record<'f' | 'm', string>> = {
  the: { f: 'la ', m: 'le ' },
  this: { f: 'cette ', m: 'ce ' },
  a: { f: 'une ', m: 'un ' },
};

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** `{arg, select, note {la note} theme {le thème} … other {…}}`, capitalised when the sentence starts with it. */
function records(arg: string, form: Form, other: string, starts = false): string {
  const say = (text: string) => (starts ? capital(text) : text);
  const cases = nouns.map(([key, gender, noun]) => `${key} {${say(ARTICLES[form][gender] + noun)}}`).join(' ');
  return `{${arg}, select, ${cases} other {${say(other)}}}`;
}

export const dataErrors: Record<keyof typeof en, string> = {
  // Enregistrer
  'dataErrors.invalid': `${records('subject', 'the', 'la modification', true)} n’est pas valide.`,
  'dataErrors.invalidDetail': `${records('subject', 'the', 'la modification', true)} n’est pas valide\u00a0: {detail}.`,
  'dataErrors.gone': `${records('what', 'this', 'cet élément', true)} n’existe plus.`,
  'dataErrors.duplicate': `${records('what', 'a', 'un élément', true)} avec cet identifiant existe déjà.`,
  'dataErrors.quota':
    'Le disque est plein, alors cette modification n’a pas été enregistrée. Libérez de l’espace (ou exportez et archivez d’anciens projets), puis réessayez. Rien de ce qui était déjà enregistré n’est perdu.',
  'dataErrors.versionChange':
    'Fieldnotes a été mis à jour ou ouvert dans une autre fenêtre, alors cette fenêtre a cessé d’enregistrer. Rechargez cette fenêtre pour continuer ; rien de ce qui était déjà enregistré n’est perdu.',
  'dataErrors.blocked':
    'La modification n’a pas pu être enregistrée : une autre fenêtre de Fieldnotes est encore ouverte avec une version plus ancienne. Fermez-la pour continuer.',
  'dataErrors.unavailable':
    'La modification n’a pas pu être enregistrée, donc rien n’a été modifié. Réessayez, et redémarrez Fieldnotes si cela se reproduit. (Détail technique : {detail})',
  'dataErrors.unexpected': 'une erreur inattendue (détail technique : {detail})',
  // Notes
  'dataErrors.noteErased': 'Cette note a été effacée ; elle ne peut pas être enregistrée de nouveau.',
  'dataErrors.noteEmpty': 'Une note ne peut pas être vide.',
  'dataErrors.noteTooLong':
    'Cette note compte {length, number} caractères ; une note peut en contenir au plus {max, number}. Divisez-la en plusieurs notes.',
  'dataErrors.noteOfWithdrawn': '{code} a retiré son consentement ; on ne peut plus lui attribuer de notes.',
  'dataErrors.noteThemeOtherProject': 'Une note ne peut rejoindre qu’un thème de son propre projet.',
  'dataErrors.sessionOtherProject': 'Cette séance appartient à un autre projet.',
  'dataErrors.themeOtherProject': 'Ce thème appartient à un autre projet.',
  'dataErrors.linkOtherProject': 'Une note ne peut être liée qu’à un thème de son propre projet.',
  'dataErrors.tooManyLinks': 'Une note peut être liée à au plus {max} thèmes en plus du sien.',
  // Personnes participantes
  'dataErrors.speakerCodeUsed': 'Le code de parole {code} est déjà utilisé dans cette séance.',
  'dataErrors.participantsAtOnce': 'Ajoutez de 1 à {max} personnes participantes à la fois.',
  'dataErrors.useWithdrawConsent': 'Utilisez « retirer le consentement », qui efface aussi les notes.',
  'dataErrors.withdrawnRecord': '{code} a retiré son consentement ; sa fiche ne peut plus changer.',
  'dataErrors.alreadyWithdrawn': '{code} a déjà retiré son consentement.',
  // Mémos
  'dataErrors.memoEmpty': 'Un mémo ne peut pas être vide.',
  'dataErrors.memoTooLong':
    'Ce mémo compte {length, number} caractères ; un mémo peut en contenir au plus {max, number}. Divisez-le en plusieurs mémos.',
  'dataErrors.memoTitleTooLong': 'Le titre d’un mémo peut compter au plus {max, number} caractères.',
  'dataErrors.memoChooseTarget': `Choisissez ${records('target', 'the', 'l’élément')} dont parle ce mémo.`,
  'dataErrors.memoTargetOtherProject': `${records('target', 'this', 'cet élément', true)} appartient à un autre projet.`,
  // Projets et codage
  'dataErrors.noTemplate': 'Il n’y a aucun modèle nommé « {name} ».',
  'dataErrors.coderMissing': 'Tapez le nom de la personne qui code.',
  'dataErrors.coderAlreadyCodes': '{coder} code déjà cette séance.',
  'dataErrors.codingPassDone': '{coder} a indiqué avoir terminé ; rouvrez la passe pour la modifier.',
  'dataErrors.noteNotInSession': 'Cette note ne fait plus partie de cette séance.',
  // Photos
  'dataErrors.thumbnailRefused': 'Cette miniature ne peut pas être conservée : {problem}.',
  // Séances avec une communauté
  'dataErrors.communityNotSaved': 'Communauté non enregistrée : {detail}.',
  'dataErrors.approvalNotRecorded': 'Approbation non consignée : {detail}.',
  'dataErrors.approvalWithoutCommunity':
    'Indiquez que la séance a été tenue avec une communauté avant de consigner son approbation.',
  // Atelier et tableau
  'dataErrors.voteWholeDots': 'Un vote ajoute ou retire des points entiers.',
  'dataErrors.votesWhole': 'Les votes doivent être un nombre entier, 0 ou plus.',
  'dataErrors.mergeChooseOther': 'Choisissez au moins un autre thème à fusionner.',
  'dataErrors.mergeOtherProject': 'Seuls des thèmes du même projet peuvent être fusionnés.',
  'dataErrors.splitSelectFirst': 'Sélectionnez d’abord les notes à détacher.',
  'dataErrors.splitNoneInTheme': 'Aucune de ces notes n’est dans « {name} ».',
  'dataErrors.nestOtherProject': 'Un thème ne peut être imbriqué que dans un thème de son propre projet.',
  'dataErrors.nestInsideItself': '« {name} » ne peut pas aller dans lui-même ni dans un de ses sous-thèmes.',
  // Constats et thèmes maîtres
  'dataErrors.findingTooLong': 'L’énoncé d’un constat peut compter au plus {max, number} caractères.',
  'dataErrors.categoryNotKind': 'Cette catégorie du cadre n’est pas un des types de note de ce projet.',
  'dataErrors.priorityWhole': 'La priorité est un nombre entier, 0 ou plus.',
  'dataErrors.findingThemeGone': 'Un des thèmes du constat n’existe plus.',
  'dataErrors.findingNoteGone': 'Une des notes du constat n’existe plus.',
  'dataErrors.quoteNotQuotable':
    'Une note marquée « ne pas citer », sensible ou soumise à un protocole culturel ne peut pas servir de citation. Choisissez une autre note.',
  'dataErrors.responseTooLong': 'Une raison ou un résultat peut compter au plus {max, number} caractères.',
  'dataErrors.masterThemeNameMissing': 'Un thème maître doit avoir un nom.',
  'dataErrors.masterThemeExists': 'Il y a déjà un thème maître nommé « {name} ».',
  'dataErrors.notMasterTheme': '« {name} » est un thème de séance, pas un thème maître.',
  'dataErrors.themeNotInProject': 'Ce thème ne fait pas partie de ce projet.',
  'dataErrors.masterNotMapped': '« {name} » est un thème maître ; seuls les thèmes de séance sont associés.',
  // Un fichier de constats importé dans le projet
  'dataErrors.noNoteKind': 'Il n’y a aucun type de note « {kind} ».',
  'dataErrors.importRecordRemoved': `Le fichier renvoie à ${records('what', 'a', 'un élément')} qui n’existe plus.`,
  'dataErrors.importWithdrawn': '{code} a retiré son consentement ; ses notes ne peuvent pas être importées.',
  // Lots
  'dataErrors.bundleChooseSession': 'Choisissez au moins une séance de ce projet à exporter.',
};

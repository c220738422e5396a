/**
 * Canadian French messages: schema issues (ce qu’un schéma trouve d’incorrect dans une valeur lue). Chaque problème
 * suit « le champ « x » » (masculin) ou « le contenu » : les accords se font au masculin singulier.
 */
import type { schemaIssues as en } from '../en/schemaIssues';

export const schemaIssues: Record<keyof typeof en, string> = {
  'schemaIssues.at': 'le champ « {field} » {problem}',
  'schemaIssues.whole': 'le contenu {problem}',
  'schemaIssues.missing': 'est absent',
  'schemaIssues.wrongType':
    'devrait être {expected, select, string {du texte} number {un nombre} int {un nombre entier} boolean {true ou false} array {une liste} object {un objet} record {un objet} date {une date} null {null} other {d’un autre type}}',
  'schemaIssues.empty': 'est vide',
  'schemaIssues.tooLong': 'est trop long (au plus {limit, plural, one {# caractère} other {# caractères}})',
  'schemaIssues.tooShort': 'est trop court (au moins {limit, plural, one {# caractère} other {# caractères}})',
  'schemaIssues.exactLength': 'devrait compter exactement {limit, plural, one {# caractère} other {# caractères}}',
  'schemaIssues.tooManyItems': 'a trop d’éléments (au plus {limit, plural, one {# élément} other {# éléments}})',
  'schemaIssues.tooFewItems': 'a trop peu d’éléments (au moins {limit, plural, one {# élément} other {# éléments}})',
  'schemaIssues.tooLarge': 'est trop grand ({inclusive, select, yes {au plus} other {moins de}} {limit, number})',
  'schemaIssues.tooSmall': 'est trop petit ({inclusive, select, yes {au moins} other {plus de}} {limit, number})',
  'schemaIssues.format':
    '{format, select, uuid {n’est pas un UUID} datetime {n’est pas une date et heure (comme 2026-03-14T09:30:00Z)} date {n’est pas une date (AAAA-MM-JJ)} time {n’est pas une heure (HH:MM)} email {n’est pas une adresse courriel} url {n’est pas une adresse Web} colour {n’est pas une couleur (#RRVVBB)} deviceId {n’est pas un identifiant d’appareil (16 chiffres hexadécimaux)} clockStamp {n’est pas un horodatage d’horloge} sha256 {n’est pas une somme de contrôle SHA-256 (64 chiffres hexadécimaux)} fileName {n’est pas un simple nom de fichier} other {n’a pas la forme attendue}}',
  'schemaIssues.oneValue': 'devrait être {expected}',
  'schemaIssues.oneOf': 'devrait être l’une de ces valeurs : {expected}',
  'schemaIssues.unknownKeys':
    '{count, plural, one {a un champ inconnu : {keys}} other {a des champs inconnus : {keys}}}',
  'schemaIssues.noForm': 'ne correspond à aucune des formes acceptées',
  'schemaIssues.multipleOf': 'devrait être un multiple de {divisor, number}',
  'schemaIssues.badKey': 'a une clé non valide',
  'schemaIssues.badItem': 'a un élément non valide',
  'schemaIssues.repeated': 'nomme deux fois le même élément',
  'schemaIssues.tooManyBytes': 'est trop grand (au plus {limit, number} Mo)',
  'schemaIssues.photo': 'est refusé : {problem}',
  'schemaIssues.notValid': 'n’est pas valide',
  // Une modification refusée à la lecture d’un fichier de synchronisation ou d’un paquet.
  'changeChecks.record':
    '{hasId, select, yes {l’enregistrement {id} de la table {table}} other {un enregistrement de la table {table}}} : {issue}',
  'changeChecks.change': 'une modification : {issue}',
  'changeChecks.notReadable': 'une ligne est illisible',
  'changeChecks.notValid': 'une modification n’est pas valide',
  'changeChecks.otherProject': 'l’enregistrement {id} de la table {table} est classé sous un autre projet',
  'changeChecks.idMismatch': 'son identifiant d’enregistrement ne correspond pas',
  'changeChecks.projectMismatch': 'son identifiant de projet ne correspond pas',
  'changeChecks.clockMismatch': 'son horloge et son appareil ne correspondent pas',
  'changeChecks.photoRefused': 'une photo a été refusée : {problem}',
  'changeChecks.value': 'une valeur n’est pas valide : {issue}',
};

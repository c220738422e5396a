/** Canadian French messages: refi. */
import type { refi as en } from '../en/refi';

export const refi: Record<keyof typeof en, string> = {
  'refi.sessionGroup': 'Groupe d’intérêt : {group}',
  'refi.sessionDate': 'Date : {date}',
  'refi.otherNotes': 'Autres notes',
  'refi.var.caseType': 'Type de cas',
  'refi.var.group': 'Groupe d’intérêt',
  'refi.var.session': 'Séance',
  'refi.var.date': 'Date',
  'refi.var.attendance': 'Participation',
  'refi.caseType.group': 'Groupe d’intérêt',
  'refi.caseType.participant': 'Personne participante',
  'refi.noThemes': 'Aucun thème pour l’instant',
  'refi.masterSet': 'Thème principal : {name}',
  'refi.masterSetDescription': 'Thèmes du tableau que l’équipe de projet a rattachés à ce thème principal.',
  'refi.memoOn':
    'Mémo sur {target, select, project {le projet} theme {le thème} note {la note} session {la séance} other {{target}}}{hasLabel, select, yes { {label}} other {}}',
  'refi.memoDescription': 'Mémo ({author}, {date}){hasTitle, select, yes { : {title}} other {}}',
};

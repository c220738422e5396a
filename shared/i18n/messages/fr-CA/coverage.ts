/** Canadian French messages: the coverage panel and the level choice. */
import type { coverage as en } from '../en/coverage';

export const coverage: Record<keyof typeof en, string> = {
  'coverage.heading': 'Couverture : qui a été entendu sur quoi',
  'coverage.noGroups':
    'Aucun groupe d’intérêt ni aucune séance pour l’instant. Ajoutez des groupes dans Configuration et planifiez des séances : la matrice se remplira.',
  'coverage.noThemes':
    '{level, select, master {Aucun thème principal pour l’instant. Ajoutez-en sous « Thèmes principaux » et associez-y les thèmes des séances.} other {Aucun thème pour l’instant. Regroupez les notes en thèmes sur le tableau ; chaque thème devient une ligne ici.}}',
  'coverage.matrix': 'Matrice de couverture',
  'coverage.caption':
    'Notes par thème et par groupe d’intérêt, les groupes qui ont des notes en premier. 0 : le groupe s’est réuni, mais n’a jamais abordé le thème. – : le groupe n’a encore eu aucune séance.',
  'coverage.theme': 'Thème',
  'coverage.notHeard': 'pas entendu',
  'coverage.held': '{count, plural, =0 {aucune séance pour l’instant} one {# séance} other {# séances}}',
  'coverage.gaps': 'Lacunes',
  'coverage.noGaps': 'Aucune lacune : chaque groupe a eu une séance et a abordé chaque thème.',
  'coverage.gapNoSession': '{group} : aucune séance pour l’instant.',
  'coverage.gapSilent': '{group} n’a jamais abordé « {theme} ».',
  'level.reportOn': 'Rapport sur',
  'level.session': 'Thèmes des séances',
  'level.master': 'Thèmes principaux',
  'level.sessionNone': 'aucun pour l’instant : créez des thèmes sur le tableau d’une séance',
  'level.sessionCount': '{count, plural, one {# thème} other {# thèmes}}',
  'level.masterNone': 'aucun pour l’instant : ajoutez-en dans l’onglet Thèmes principaux',
  'level.masterCount':
    '{masters, plural, one {# thème principal} other {# thèmes principaux}}, {mapped, plural, one {# thème de séance associé} other {# thèmes de séance associés}}',
  'level.sessionHelp':
    'Les thèmes des séances sont les regroupements que chaque animateur ou animatrice a faits sur son propre tableau.',
  'level.masterHelp':
    'Les thèmes principaux sont la liste commune du projet ; un thème de séance compte dans le thème principal auquel il est associé.',
};

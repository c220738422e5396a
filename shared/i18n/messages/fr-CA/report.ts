/** Canadian French messages: report. */
import type { report as en } from '../en/report';

export const report: Record<keyof typeof en, string> = {
  // The "What we heard" report (Word and printable page)
  'report.title': 'Ce que nous avons entendu : {project}',
  'report.description': 'Ce que nous avons entendu : constats des groupes de discussion communautaires',
  'report.prepared': 'Préparé le {date} avec {generator}.',
  'report.contents': 'Table des matières',
  'report.focusGroupOf': 'groupe de discussion {group}',
  'report.speakersNotCounted':
    '{count, plural, one {# personne ayant pris la parole} other {# personnes ayant pris la parole}} (non comptées)',
  'report.notRecorded': 'non consignée',
  'report.howWeListened': 'Notre démarche d’écoute',
  'report.method':
    'Nous avons tenu {sessions, plural, one {# groupe de discussion} other {# groupes de discussion}} avec {groups, plural, one {# groupe d’intérêt} other {# groupes d’intérêt}}{people, plural, =0 {} one {; # personne y a participé} other {; # personnes y ont participé}}. Les preneurs de notes ont consigné {notes, plural, one {# note} other {# notes}}, classées en {themes, plural, one {# thème} other {# thèmes}}.',
  'report.col.session': 'Séance',
  'report.col.group': 'Groupe d’intérêt',
  'report.col.date': 'Date',
  'report.col.attendance': 'Participation',
  'report.col.notes': 'Notes',
  'report.col.rank': 'Rang',
  'report.col.theme': 'Thème',
  'report.col.votes': 'Votes',
  'report.col.groupsOf': 'Groupes (sur {count, number})',
  'report.col.sessions': 'Séances',
  'report.eachGroupAsked': 'Questions posées à chaque groupe :',
  'report.notYetHeardNoSession': 'Pas encore entendus (aucune séance tenue) : {groups}.',
  'report.howBreadth': 'Comment l’étendue est calculée',
  'report.breadthRule':
    'L’étendue compte les groupes d’intérêt qui ont soulevé un thème parmi les groupes avec lesquels nous avons tenu au moins une séance, ainsi que les séances où il a été abordé. Les groupes sans séance sont indiqués comme pas encore entendus, et non comme silencieux.',
  'report.howNotes': 'Comment les notes sont désignées',
  'report.noteRefRule':
    "Les notes sont désignées S'<séance>'-N'<note>' : les séances sont numérotées dans l’ordre de leur création, les notes dans l’ordre où elles ont été écrites dans leur séance. L’identifiant affiché à côté de chaque note ne change jamais.",
  'report.themeByTheme': 'Ce que nous avons entendu, thème par thème',
  'report.themeCounts':
    '{breadth}{groups} ; {notes, plural, one {# note} other {# notes}} ; {votes, plural, one {# vote} other {# votes}}.',
  'report.ideasFromRoom': 'Idées exprimées par les participants',
  'report.priorities': 'Priorités',
  'report.findings': 'Constats',
  'report.evidence': 'Appui : {notes, plural, one {# note} other {# notes}}, {breadth}.',
  'report.action': 'Action : {text}',
  'report.measure': 'Mesure : {text}',
  'report.ideasForAction': 'Idées d’action',
  'report.coverage': 'Couverture',
  'report.coverageNote':
    'Notes par thème et par groupe d’intérêt. Une case vide signifie que le groupe n’a pas encore eu de séance.',
  'report.notRaisedBy': '{theme} : non soulevé par {group}',
  'report.gaps': 'Lacunes',
  'report.memos.heading': 'Mémos',
  'report.memos.intro':
    'Les mémos analytiques de l’équipe de projet : sa propre réflexion en cours de travail, et non les propos des personnes participantes. Les auteurs sont numérotés, jamais nommés.',
  'report.memos.onProject': 'Sur le projet',
  'report.memos.onTheme': 'Sur le thème « {name} »',
  'report.memos.onSession': 'Sur la séance « {title} »',
  'report.memos.onNote': 'Sur la note {ref}',
  'report.memos.byline': '{author}, {date}',
  'report.about': 'À propos de ce rapport',
  'report.community':
    'Les séances tenues avec une communauté ne sortent que dans la mesure approuvée par celle-ci : {pending, plural, one {# séance est retenue} other {# séances sont retenues}} en attente de l’approbation de la communauté{counted, plural, =0 {.} one {, et # note est comptée sans son texte.} other {, et # notes sont comptées sans leur texte.}}',
  'report.privacy':
    'Les personnes ne sont identifiées que par leur groupe d’intérêt. Les notes marquées « ne pas citer », sensibles ou soumises à un protocole culturel ne sont jamais citées. {withheld, plural, one {# note marquée comptée} other {# notes marquées comptées}} sans leur texte, {dropped, plural, one {# note marquée retirée} other {# notes marquées retirées}}, {redactions, plural, one {# renseignement personnel supprimé} other {# renseignements personnels supprimés}}.',
  'report.summary': 'Sommaire',
  'report.summaryText':
    'Nous avons entendu {heard, number} des {groups, plural, one {# groupe d’intérêt} other {# groupes d’intérêt}} lors de {sessions, plural, one {# groupe de discussion} other {# groupes de discussion}}{people, plural, =0 {} one {; # personne y a participé} other {; # personnes y ont participé}}. {notes, plural, one {Leur note a été classée} other {Leurs # notes ont été classées}} en {themes, plural, one {# thème} other {# thèmes}}.',
  'report.topThemes': 'Les {count, number} principaux thèmes',
  'report.theThemes': 'Les thèmes',
  'report.themeSentence': '{theme}{said} ({breadth}).',
  'report.whoWeHeard': 'Qui nous avons entendu',
  'report.groupHeard':
    '{group} : {sessions, plural, one {# séance} other {# séances}}{people, plural, =0 {} one {, # personne} other {, # personnes}}',
  'report.noGroupYet': 'Aucun groupe d’intérêt n’a encore eu de séance.',
  'report.notYetHeard': 'Pas encore entendus : {groups}.',
  'report.everyGroupHeard': 'Tous les groupes d’intérêt ont été entendus.',
  'report.breadth':
    '{denominator, plural, =0 {entendu dans {sessions, plural, one {# séance} other {# séances}}} other {entendu dans {groups, plural, one {# groupe} other {# groupes}} sur {denominator, plural, other {#}}, {sessions, plural, one {# séance} other {# séances}}}}',
  'report.chart.barTitle':
    '{byVotes, select, yes {Priorités : thèmes selon les votes} other {Priorités : thèmes selon les notes}}{more, plural, =0 {} other { (les {shown, number} premiers)}}',
  'report.chart.barAlt':
    '{byVotes, select, yes {Diagramme à barres des thèmes selon les votes, du plus élevé au plus bas :} other {Diagramme à barres des thèmes selon les notes, du plus élevé au plus bas :}} {rows}{more, plural, =0 {.} one { ; et # autre thème dans le tableau ci-dessous.} other { ; et # autres thèmes dans le tableau ci-dessous.}}',
  'report.chart.barRow':
    '{theme}, {value, plural, one {# {byVotes, select, yes {vote} other {note}}} other {# {byVotes, select, yes {votes} other {notes}}}} ({breadth})',
  'report.chart.heatTitle': 'Couverture : notes par thème et par groupe d’intérêt',
  'report.chart.heatAlt':
    'Carte de chaleur des notes par thème et par groupe d’intérêt (plus foncé : plus de notes ; rouge pâle : le groupe a été rencontré mais n’a pas soulevé le thème ; gris avec un tiret : aucune séance avec le groupe pour l’instant).',
  'report.chart.heatRowNone': '{theme} : aucun groupe pour l’instant',
  'report.chart.heatRow': '{theme} : {groups}',
};

/** Canadian French messages: deck. */
import type { deck as en } from '../en/deck';

export const deck: Record<keyof typeof en, string> = {
  'deck.subtitle': 'Atelier du conseil : ce que nous avons entendu',
  'deck.factSessions':
    '{sessions, plural, one {# groupe de discussion} other {# groupes de discussion}} avec {groups, plural, one {# groupe de parties prenantes} other {# groupes de parties prenantes}}',
  'deck.factNotes':
    '{notes, plural, one {# note classée} other {# notes classées}} en {themes, plural, one {# thème} other {# thèmes}}',
  'deck.titleNotesOrder':
    'Une diapositive par thème, par ordre de priorité ; puis qui nous n’avons pas encore entendu, et les priorités.',
  'deck.titleNotesPrivacy':
    'Retenu pour la confidentialité : {withheld, plural, one {# note comptée mais non montrée} other {# notes comptées mais non montrées}} ; {dropped, plural, one {# note écartée} other {# notes écartées}}.',
  'deck.rank':
    'Rang {rank} sur {total} selon les votes : {votes, plural, one {# vote} other {# votes}}{workshop, plural, =0 {.} other {, dont # à l’atelier du conseil.}}',
  'deck.breadthNotes': '{breadth} ; {notes, plural, one {# note} other {# notes}}.',
  'deck.noFindingYet': 'Aucun constat n’a encore été rédigé pour ce thème.',
  'deck.alsoFound': 'Autre constat : {statement}',
  'deck.ideaForAction': 'Idée d’action : {idea}',
  'deck.quotesRule':
    'Les citations n’incluent jamais les notes marquées « ne pas citer », sensibles ou sous protocole culturel.',
  'deck.notHeardTitle': 'Qui nous n’avons pas encore entendu',
  'deck.notHeardAsk':
    'Avant de fixer les priorités, dites quelles voix manquent ou sont peu entendues, pour que la salle pèse les constats avec justesse.',
  'deck.notHeardNone': 'Chaque groupe de parties prenantes a été rencontré et chaque question a des réponses.',
  'deck.thinRule': 'Peu de réponses signifie moins du quart des notes d’un groupe ou d’une question typique.',
  'deck.prioritiesTitle': 'Priorités',
  'deck.prioritiesOrder':
    'Thèmes par ordre de votes : les votes par pastilles des groupes de discussion et ceux de l’atelier du conseil.',
  'deck.prioritiesTies':
    'En cas d’égalité, le thème entendu par plus de groupes passe devant, puis celui entendu dans plus de séances.',
  'deck.kicker':
    'Priorité {rank} sur {total} · {votes, plural, one {# vote} other {# votes}}{workshop, plural, =0 {} other { (dont # à cet atelier)}}',
  'deck.notes': '{count, plural, one {# note} other {# notes}}',
  'deck.groupNotes': '{group} : {count, plural, one {# note} other {# notes}}',
  'deck.noQuote': 'Aucune citation ne peut être montrée pour ce thème.',
  'deck.heardFrom': 'Entendu auprès de',
  'deck.prioritiesByVotes': 'Priorités selon les votes',
  'deck.noSessionYet': 'Pas encore de séance',
  'deck.fewNotes': 'Peu de notes',
  'deck.fewAnswers': 'Questions avec peu de réponses',
  'deck.none': 'Aucun',
  'deck.moreThemes': 'et {count, plural, one {# autre thème} other {# autres thèmes}}',
};

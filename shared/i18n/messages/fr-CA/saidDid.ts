/** Canadian French messages: saidDid (the "You said, we did" report). */
import type { saidDid as en } from '../en/saidDid';

export const saidDid: Record<keyof typeof en, string> = {
  'saidDid.title': 'Vous avez dit, nous avons fait : {project}',
  'saidDid.titleGroups': 'Vous avez dit, nous avons fait : {project} ({groups})',
  'saidDid.description': 'Vous avez dit, nous avons fait : ce qui a été fait de ce que les gens nous ont dit',
  'saidDid.thanks':
    'Merci d’avoir participé. Ce rapport vous dit ce que nous avons entendu dans les groupes de discussion et ce que nous en avons fait.',
  'saidDid.thanksGroups':
    'Merci d’avoir participé. Ce rapport vous dit ce que nous avons entendu dans les groupes de discussion {groups} et ce que nous en avons fait.',
  'saidDid.held':
    'Nous avons tenu {sessions, plural, one {# groupe de discussion} other {# groupes de discussion}}{scoped, select, yes {} other { avec {groups, plural, one {# groupe d’intérêt} other {# groupes d’intérêt}}}}{people, plural, =0 {} one { ; # personne y a participé} other { ; # personnes y ont participé}}.',
  'saidDid.noFindings':
    'Nous n’avons pas encore consigné de constats tirés de ces conversations. Nous vous dirons ce que nous en avons fait lorsque ce sera le cas.',
  'saidDid.atAGlance': 'En un coup d’œil',
  'saidDid.wroteDown':
    'Nous avons consigné ce que vous nous avez dit en {count, plural, one {# constat} other {# constats}}. Parmi ceux-ci :',
  'saidDid.glance.adopted': '{count, plural, one {# figure dans le plan.} other {# figurent dans le plan.}}',
  'saidDid.glance.inProgress':
    '{count, plural, one {# est en cours de réalisation.} other {# sont en cours de réalisation.}}',
  'saidDid.glance.notAdopted':
    '{count, plural, one {# a été examiné et non adopté.} other {# ont été examinés et non adoptés.}}',
  'saidDid.glance.outOfScope':
    '{count, plural, one {# dépasse ce que ce plan peut changer.} other {# dépassent ce que ce plan peut changer.}}',
  'saidDid.glance.undecided': '{count, plural, one {# reste à décider.} other {# restent à décider.}}',
  'saidDid.col.youSaid': 'Ce que vous avez dit',
  'saidDid.col.weDid': 'Ce que nous avons fait',
  'saidDid.weDid.adopted': 'Nous l’avons inscrit dans le plan.',
  'saidDid.weDid.inProgress': 'Nous y travaillons.',
  'saidDid.weDid.notAdopted': 'Nous l’avons examiné attentivement et ne l’avons pas inscrit dans le plan.',
  'saidDid.weDid.outOfScope': 'Cela dépasse ce que ce plan peut changer.',
  'saidDid.weDid.undecided': 'Nous n’avons pas encore décidé.',
  'saidDid.whatYouSaid': 'Ce que vous avez dit et ce que nous avons fait',
  'saidDid.youSaid': 'Vous avez dit : {text}',
  'saidDid.noWords': 'Un constat sans texte',
  'saidDid.heardFrom': 'Entendu auprès de : {groups}.',
  'saidDid.aFocusGroup': 'un groupe de discussion',
  'saidDid.weDid': 'Ce que nous avons fait : {text}',
  'saidDid.why': 'Pourquoi : {text}',
  'saidDid.became': 'Ce que c’est devenu : {text}',
  'saidDid.willBeDone': 'Ce qui sera fait',
  'saidDid.howWeKnow': 'Comment nous saurons que cela fonctionne',
  'saidDid.ledBy': 'Sous la direction de {lead}.',
  'saidDid.ledByWith': 'Sous la direction de {lead}, avec {partners}.',
  'saidDid.with': 'Avec {partners}.',
  'saidDid.when': 'Quand : {when}.',
  'saidDid.when.short': 'bientôt (à court terme)',
  'saidDid.when.medium': 'au cours des prochaines années (à moyen terme)',
  'saidDid.when.long': 'à plus long terme',
  'saidDid.now': 'actuellement : {value}',
  'saidDid.goal': 'objectif : {value}',
  'saidDid.from': 'source : {value}',
  'saidDid.decided': 'Décidé le {date}.',
  'saidDid.and': '{first} et {last}',
  'saidDid.about': 'À propos de ce rapport',
  'saidDid.aboutText':
    'Personne n’est nommé dans ce rapport. Les citations indiquent seulement le groupe dont elles proviennent, et rien de ce qu’on nous a demandé de ne pas citer, ou confié sous le sceau de la confidence, n’est cité. Préparé le {date} avec {generator}.',
};

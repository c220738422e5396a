/** Canadian French messages: community. */
import type { community as en } from '../en/community';

export const community: Record<keyof typeof en, string> = {
  // « Retour à la communauté » : le rapport qu’une communauté garde de sa propre séance
  'communityReturn.title': 'Remis à {community} : {session}',
  'communityReturn.fileName': 'Remis à {community} - {session}',
  'communityReturn.theCommunity': 'la communauté',
  'communityReturn.description':
    'Retour à la communauté : les paroles qu’une communauté a partagées, et ce qui en a été fait',
  'communityReturn.lead':
    '{hasDate, select, yes {Voici le dossier propre à {community} de ce qui a été partagé à la séance {session} le {date}, pour {project}.} other {Voici le dossier propre à {community} de ce qui a été partagé à la séance {session}, pour {project}.}} Il appartient à {community}.',
  'communityReturn.yourApproval': 'Votre approbation',
  'communityReturn.noApproval':
    'Aucune approbation n’a été consignée : rien de cette séance ne figure dans les rapports, classeurs ou fichiers que le projet diffuse.',
  'communityReturn.approved':
    'Approuvé par {approvedBy} le {date} pour {scope}. Seul ce que couvre cette approbation figure dans ce que le projet diffuse.',
  'communityReturn.scope.quotes': 'vos paroles en citation',
  'communityReturn.scope.counts': 'le nombre de vos notes',
  'communityReturn.scope.themes': 'les thèmes qui en sont nommés',
  'communityReturn.scope.nothing': 'rien à diffuser',
  'communityReturn.howToRead':
    'Les personnes qui ont parlé n’apparaissent que par leur code. Les notes de quiconque a retiré son consentement n’y sont pas. Un fichier de paquet, à côté de ce rapport, contient les mêmes données pour l’application Fieldnotes.',
  'communityReturn.whatShared': 'Ce qui a été partagé ({count, plural, one {# note} other {# notes}})',
  'communityReturn.note': '{ref} : {text}',
  'communityReturn.noteWithDetails': '{ref} : {text} ({details})',
  'communityReturn.detailSeparator': ' ; ',
  'communityReturn.noteTheme': 'thème « {name} »',
  'communityReturn.mark.culturalProtocol': 'Protocole culturel : partagé selon vos conditions, à ne pas transmettre',
  'communityReturn.mark.sensitive': 'Sensible : paroles retenues',
  'communityReturn.mark.doNotQuote': 'À ne pas citer',
  'communityReturn.chosenAsQuote': 'Retenue comme citation',
  'communityReturn.themesHeading': 'Les thèmes tirés de vos paroles',
  'communityReturn.theme': '{name} ({count, plural, one {# note} other {# notes}})',
  'communityReturn.themeInMaster':
    '{name} ({count, plural, one {# note} other {# notes}}) — fait partie du thème du projet « {master} »',
  'communityReturn.noThemes': 'Aucun thème n’a été tiré de cette séance.',
  'communityReturn.doneHeading': 'Ce qui en a été fait',
  'communityReturn.noFindings': 'Aucun constat ne s’appuie encore sur cette séance.',
  'communityReturn.findingWithoutStatement': 'Constat (pas encore formulé)',
  'communityReturn.drawsOn': 'S’appuie sur vos notes {refs}.',
};

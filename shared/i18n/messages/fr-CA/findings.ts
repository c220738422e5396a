/** Canadian French messages: findings. */
import type { findings as en } from '../en/findings';

export const findings: Record<keyof typeof en, string> = {
  // Findings: the screen's frame and the export panel
  'findings.title': 'Constats de {project}',
  'findings.counts':
    '{sessions, plural, one {# séance} other {# séances}} · {notes, plural, one {# note} other {# notes}} · {themes, plural, one {# thème} other {# thèmes}} · {findings, plural, one {# constat} other {# constats}}',
  'findings.views': 'Vues des constats',
  'findings.tab.findings': 'Constats',
  'findings.tab.coverage': 'Couverture',
  'findings.tab.mapping': 'Thèmes principaux',
  'findings.tab.export': 'Exportation',
  'findings.tab.memos': 'Mémos',
  'export.reading': 'Lecture du projet…',
  'export.gone': 'Ce projet n’existe plus sur cet appareil.',
  'export.heading': 'Exportation',
  'export.dataAsOf': 'Données à {time}.',
  'export.useLatest': 'Utiliser les données les plus récentes',
  'export.reportsOn':
    '{level, select, master {Rapports sur les thèmes principaux (regroupés) ; modifiez ce choix avec « Rapport sur » ci-dessus.} other {Rapports sur les thèmes des séances ; modifiez ce choix avec « Rapport sur » ci-dessus.}}',
  'export.step.scope': '1. Ce qu’il faut inclure',
  'export.step.flags': '2. Notes marquées',
  'export.step.scan': '3. Renseignements personnels',
  'export.step.leaves': '4. Ce qui sortira',
  'export.step.save': '5. Enregistrer',
  'export.scan.about':
    'Recherche les adresses de courriel, numéros de téléphone, adresses municipales, codes postaux et (au choix) noms de personnes dans tout ce qui sortirait : notes, noms de thèmes, constats, titres de séances et lieux, mémos. Chaque correspondance est affichée ci-dessous ; toutes sont supprimées, sauf celles que vous choisissez de garder.',
  'export.scan.names': 'Chercher aussi les noms de personnes (plus lent)',
  'export.scan.cancel': 'Annuler la recherche',
  'export.scan.again': 'Relancer la recherche',
  'export.scan.start': 'Rechercher les renseignements personnels',
  'export.scan.progress': 'Progression de la recherche',
  'export.scan.progressValue': '{percent, number} % : {done, number} textes sur {total, number}',
  'export.scan.progressText': '{done, number} textes sur {total, number}',
  'export.scan.finished':
    '{names, select, yes {Recherche terminée (avec les noms)} other {Recherche terminée}} : {count, plural, one {# renseignement personnel possible trouvé} other {# renseignements personnels possibles trouvés}}.',
  'export.scan.cancelled': 'Recherche annulée. Relancez-la avant d’exporter.',
  'export.scan.failed': 'La recherche a échoué : {reason}',
  'export.leaves.sessions': 'Séances',
  'export.leaves.groups': 'Groupes d’intérêt',
  'export.leaves.participants': 'Codes des personnes',
  'export.leaves.notes': 'Notes',
  'export.leaves.withheld': ' (texte retenu pour {count, number})',
  'export.community.pending':
    '{count, plural, one {# séance retenue en attente de l’approbation de la communauté} other {# séances retenues en attente de l’approbation de la communauté}}',
  'export.community.pendingDetail':
    '({communities}) : rien {count, plural, one {n’en sort} other {n’en sort}} avant que l’approbation soit consignée dans la séance.',
  'export.community.limited':
    '{count, plural, one {# séance communautaire approuvée ne sort que ce que couvre son approbation.} other {# séances communautaires approuvées ne sortent que ce que couvrent leurs approbations.}}',
  'export.leaves.dropped': 'Notes retirées',
  'export.leaves.themes': 'Thèmes',
  'export.leaves.findings': 'Constats',
  'export.leaves.redactions': 'Passages supprimés',
  'export.leaves.memos': 'Mémos',
  'export.leaves.memosWhere':
    '{reports, select, yes { (dans les données des constats, les fichiers REFI-QDA et le rapport « Ce que nous avons entendu »)} other { (dans les données des constats et les fichiers REFI-QDA ; pas dans les rapports)}}',
  'export.memos.include': 'Inclure les mémos dans le rapport « Ce que nous avons entendu »',
  'export.memos.help':
    'Les mémos accompagnent toujours les données des constats (JSON) et les fichiers REFI-QDA, leurs auteurs numérotés. Jamais dans le CSV des notes, la présentation de l’atelier ni « Vous avez dit, nous avons fait ».',
  'export.leaves.never':
    '{count, plural, one {# renseignement personnel gardé} other {# renseignements personnels gardés}} selon votre choix. Jamais inclus : les noms des animateurs, des preneurs de notes ou des personnes qui consignent le consentement, les noms d’appareils, les chemins de fichiers et les noms de comptes. Les citations sont attribuées à un groupe d’intérêt, jamais à une personne.',
  'export.save.language': 'Langue des rapports',
  'export.save.languageHelp':
    'Titres et phrases du rapport et du classeur ; les notes restent telles qu’elles ont été tapées.',
  'export.save.scanFirst':
    'Lancez d’abord la recherche de renseignements personnels (étape 3) ; les boutons d’enregistrement l’attendent.',
  'export.save.allLegend': 'Tout exporter : les formats choisis dans un fichier zip, dans un seul dossier',
  'export.save.all': 'Exporter {count, plural, one {le format choisi} other {les # formats choisis}}',
  'export.save.preparing': 'Préparation…',
  'export.save.one': 'Ou enregistrer un seul format',
  'export.save.format': 'Enregistrer : {format}',
  'export.save.writing': 'Écriture de {done, number} sur {total, number}…',
  'export.save.saved': 'Enregistré : {what}.',
  'export.save.savedNow': 'Enregistré : {what}',
  'export.save.formatsIn': '{count, plural, one {# format} other {# formats}} dans {file}',
  'export.save.formatsInFolder': '{count, plural, one {# format} other {# formats}} dans le dossier {folder}',
  'export.save.cancelled': 'Non enregistré : la fenêtre d’enregistrement a été annulée.',
  'export.save.failed': 'L’exportation n’a pas pu être écrite : {reason}',
  'export.format.xlsx': 'Classeur (Excel, LibreOffice)',
  'export.format.json': 'Données des constats (JSON)',
  'export.format.csv': 'Notes (CSV)',
  'export.format.docx': 'Rapport « Ce que nous avons entendu » (Word)',
  'export.format.html': 'Rapport « Ce que nous avons entendu » (page imprimable)',
  'export.format.qdc': 'Livre de codes (REFI-QDA)',
  'export.format.qdpx': 'Projet pour NVivo, ATLAS.ti, MAXQDA, QualCoder (REFI-QDA)',
  'export.format.pptx': 'Présentation pour l’atelier du conseil (PowerPoint)',
  'export.format.deckPdf': 'Présentation pour l’atelier du conseil (PDF)',
  'export.format.saidDidDocx': 'Rapport « Vous avez dit, nous avons fait » (Word)',
  'export.format.saidDidHtml': 'Rapport « Vous avez dit, nous avons fait » (page imprimable)',
};

/** Canadian French messages: projects. */
import type { projects as en } from '../en/projects';

export const projects: Record<keyof typeof en, string> = {
  // Projects
  'projects.title': 'Projets',
  'projects.empty':
    'Aucun projet pour l’instant. Commencez-en un à partir du modèle Plan de sécurité communautaire : il apporte les groupes d’intérêt, les types de notes et un guide de discussion modifiable.',
  'projects.archivedList': 'Projets archivés',
  'projects.list': 'Projets',
  'projects.nameLabel': 'le nom du projet',
  'projects.rename': 'Renommer',
  'projects.renamed': 'Projet renommé',
  'projects.setup': 'Configuration',
  'projects.setupOf': ' de {project}',
  'projects.restored': '{project} restauré',
  'projects.archived': '{project} archivé',
  'projects.restore': 'Restaurer',
  'projects.archive': 'Archiver',
  'projects.showActive': 'Afficher les projets actifs',
  'projects.showArchived': 'Afficher les projets archivés ({count, number})',
  'projects.new': 'Nouveau projet',
  'projects.needName': 'Donnez un nom au projet.',
  'projects.created': 'Projet {project} créé',
  'projects.name': 'Nom du projet',
  'projects.startFrom': 'Partir de',
  'projects.templateSafety':
    ' — {groups, plural, one {# groupe d’intérêt} other {# groupes d’intérêt}}, {kinds, plural, one {# type de note} other {# types de notes}}, {questions, plural, one {# question} other {# questions}}',
  'projects.templateBlank': ' — seulement deux types de notes ; ajoutez les vôtres',
  'projects.create': 'Créer le projet',
};

/** English messages: projects. */
export const projects = {
  // Projects
  'projects.title': 'Projects',
  'projects.empty':
    'No projects yet. Start one from the Community Safety Plan template: it brings the stakeholder groups, note kinds and a discussion guide you can edit.',
  'projects.archivedList': 'Archived projects',
  'projects.list': 'Projects',
  'projects.nameLabel': 'project name',
  'projects.rename': 'Rename',
  'projects.renamed': 'Project renamed',
  'projects.setup': 'Setup',
  'projects.setupOf': ' of {project}',
  'projects.restored': 'Restored {project}',
  'projects.archived': 'Archived {project}',
  'projects.restore': 'Restore',
  'projects.archive': 'Archive',
  'projects.showActive': 'Show active projects',
  'projects.showArchived': 'Show archived projects ({count, number})',
  'projects.new': 'New project',
  'projects.needName': 'Give the project a name.',
  'projects.created': 'Project {project} created',
  'projects.name': 'Project name',
  'projects.startFrom': 'Start from',
  'projects.templateSafety':
    ' — {groups, plural, one {# stakeholder group} other {# stakeholder groups}}, {kinds, plural, one {# note kind} other {# note kinds}}, {questions, plural, one {# question} other {# questions}}',
  'projects.templateBlank': ' — only two note kinds; add your own',
  'projects.create': 'Create project',
} as const satisfies Record<string, string>;

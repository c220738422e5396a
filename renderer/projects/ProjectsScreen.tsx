/** The list of projects: create (from a template or blank), open, rename, archive and restore. */
import { useT } from '../ui/i18n';
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useData } from '../app/DataContext';
import { navigate, routePath } from '../app/router';
import { listProjects } from '../data/queries';
import { updateProject } from '../data/commands/projects';
import { InlineEdit } from '../ui/InlineEdit';
import { useAct } from '../app/useAct';
import { NewProjectDialog } from './NewProjectDialog';
import { ImportBundleDialog } from '../sync';

export function ProjectsScreen() {
  const { db, runner } = useData();
  const act = useAct();
  const projects = useLiveQuery(() => listProjects(db), [db]);
  const [showArchived, setShowArchived] = useState(false);
  const { t } = useT();
  if (!projects) return null;
  const active = projects.filter((p) => !p.archived);
  const archived = projects.filter((p) => p.archived);
  const shown = showArchived ? archived : active;

  return (
    <section className="screen">
      <div className="screen-head">
        <h1>{t('projects.title')}</h1>
        <NewProjectDialog onCreated={(project) => navigate({ name: 'sessions', projectId: project.id })} />
        <ImportBundleDialog />
      </div>
      {active.length === 0 && !showArchived && <p className="empty">{t('projects.empty')}</p>}
      {shown.length > 0 && (
        <ul className="card-list" aria-label={showArchived ? t('projects.archivedList') : t('projects.list')}>
          {shown.map((project) => (
            <li key={project.id} className="card">
              <h2 className="card-title">
                <InlineEdit
                  label={t('projects.nameLabel')}
                  editLabel={t('projects.rename')}
                  value={project.name}
                  display={<a href={routePath({ name: 'sessions', projectId: project.id })}>{project.name}</a>}
                  onSave={(name) => act(updateProject(runner, project.id, { name }), t('projects.renamed'))}
                />
              </h2>
              {project.description && <p className="muted">{project.description}</p>}
              <div className="card-actions">
                <a className="button-link" href={routePath({ name: 'setup', projectId: project.id })}>
                  {t('projects.setup')}
                  <span className="visually-hidden">{t('projects.setupOf', { project: project.name })}</span>
                </a>
                <button
                  type="button"
                  onClick={() =>
                    act(
                      updateProject(runner, project.id, { archived: !project.archived }),
                      project.archived
                        ? t('projects.restored', { project: project.name })
                        : t('projects.archived', { project: project.name }),
                    )
                  }
                >
                  {project.archived ? t('projects.restore') : t('projects.archive')}
                  <span className="visually-hidden"> {project.name}</span>
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {(archived.length > 0 || showArchived) && (
        <button type="button" className="link-button" onClick={() => setShowArchived(!showArchived)}>
          {showArchived ? t('projects.showActive') : t('projects.showArchived', { count: archived.length })}
        </button>
      )}
    </section>
  );
}

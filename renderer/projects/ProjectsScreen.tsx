/** The list of projects: create (from a template or blank), open, rename, archive and restore. */
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
  if (!projects) return null;
  const active = projects.filter((p) => !p.archived);
  const archived = projects.filter((p) => p.archived);
  const shown = showArchived ? archived : active;

  return (
    <section className="screen">
      <div className="screen-head">
        <h1>Projects</h1>
        <NewProjectDialog onCreated={(project) => navigate({ name: 'sessions', projectId: project.id })} />
        <ImportBundleDialog />
      </div>
      {active.length === 0 && !showArchived && (
        <p className="empty">
          No projects yet. Start one from the Community Safety Plan template: it brings the stakeholder groups, note
          kinds and a discussion guide you can edit.
        </p>
      )}
      {shown.length > 0 && (
        <ul className="card-list" aria-label={showArchived ? 'Archived projects' : 'Projects'}>
          {shown.map((project) => (
            <li key={project.id} className="card">
              <h2 className="card-title">
                <InlineEdit
                  label="project name"
                  editLabel="Rename"
                  value={project.name}
                  display={<a href={routePath({ name: 'sessions', projectId: project.id })}>{project.name}</a>}
                  onSave={(name) => act(updateProject(runner, project.id, { name }), 'Project renamed')}
                />
              </h2>
              {project.description && <p className="muted">{project.description}</p>}
              <div className="card-actions">
                <a className="button-link" href={routePath({ name: 'setup', projectId: project.id })}>
                  Setup<span className="visually-hidden"> of {project.name}</span>
                </a>
                <button
                  type="button"
                  onClick={() =>
                    act(
                      updateProject(runner, project.id, { archived: !project.archived }),
                      project.archived ? `Restored ${project.name}` : `Archived ${project.name}`,
                    )
                  }
                >
                  {project.archived ? 'Restore' : 'Archive'}
                  <span className="visually-hidden"> {project.name}</span>
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {(archived.length > 0 || showArchived) && (
        <button type="button" className="link-button" onClick={() => setShowArchived(!showArchived)}>
          {showArchived ? 'Show active projects' : `Show archived projects (${archived.length})`}
        </button>
      )}
    </section>
  );
}

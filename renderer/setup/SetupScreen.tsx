/** Project setup: name and description, the discussion guide, stakeholder groups and note kinds. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useData } from '../app/DataContext';
import { getProject } from '../data/queries';
import { updateProject } from '../data/commands/projects';
import { InlineEdit } from '../ui/InlineEdit';
import { ProjectNotFound } from '../ui/NotFound';
import { useAct } from '../app/useAct';
import { QuestionsSection } from './QuestionsSection';
import { GroupsSection } from './GroupsSection';
import { KindsSection } from './KindsSection';

export function SetupScreen({ projectId }: { projectId: string }) {
  const { db, runner } = useData();
  const act = useAct();
  const project = useLiveQuery(() => getProject(db, projectId), [db, projectId]);
  if (project === undefined) return <ProjectNotFound />;
  return (
    <section className="screen">
      <h1>Setup of {project.name}</h1>
      <div className="setup-meta">
        <p>
          <strong>Name: </strong>
          <InlineEdit
            label="project name"
            editLabel="Rename"
            value={project.name}
            onSave={(name) => act(updateProject(runner, projectId, { name }), 'Project renamed')}
          />
        </p>
        <p>
          <strong>Description: </strong>
          <InlineEdit
            label="project description"
            multiline
            value={project.description}
            display={project.description || <span className="muted">none</span>}
            onSave={(description) => act(updateProject(runner, projectId, { description }), 'Description saved')}
          />
        </p>
      </div>
      <QuestionsSection projectId={projectId} />
      <GroupsSection projectId={projectId} />
      <KindsSection project={project} />
    </section>
  );
}

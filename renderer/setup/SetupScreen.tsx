/** Project setup: name and description, the discussion guide, stakeholder groups and note kinds. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useData } from '../app/DataContext';
import { getProject } from '../data/queries';
import { updateProject } from '../data/commands/projects';
import { InlineEdit } from '../ui/InlineEdit';
import { ProjectNotFound } from '../ui/NotFound';
import { useAct } from '../app/useAct';
import { useT } from '../ui/i18n';
import { QuestionsSection } from './QuestionsSection';
import { GroupsSection } from './GroupsSection';
import { KindsSection } from './KindsSection';

export function SetupScreen({ projectId }: { projectId: string }) {
  const { db, runner } = useData();
  const act = useAct();
  const { t } = useT();
  const project = useLiveQuery(() => getProject(db, projectId), [db, projectId]);
  if (project === undefined) return <ProjectNotFound />;
  return (
    <section className="screen">
      <h1>{t('setup.title', { project: project.name })}</h1>
      <div className="setup-meta">
        <p>
          <strong>{t('setup.name')} </strong>
          <InlineEdit
            label={t('setup.nameLabel')}
            editLabel={t('setup.rename')}
            value={project.name}
            onSave={(name) => act(updateProject(runner, projectId, { name }), t('projects.renamed'))}
          />
        </p>
        <p>
          <strong>{t('setup.description')} </strong>
          <InlineEdit
            label={t('setup.descriptionLabel')}
            multiline
            value={project.description}
            display={project.description || <span className="muted">{t('setup.none')}</span>}
            onSave={(description) =>
              act(updateProject(runner, projectId, { description }), t('setup.descriptionSaved'))
            }
          />
        </p>
      </div>
      <QuestionsSection projectId={projectId} />
      <GroupsSection projectId={projectId} />
      <KindsSection project={project} />
    </section>
  );
}

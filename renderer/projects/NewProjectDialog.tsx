/** “New project”: a name and a template, in an accessible modal dialog (react-aria-components). */
import { useT, uiTranslator } from '../ui/i18n';
import { useState } from 'react';
import {
  Button,
  Dialog,
  DialogTrigger,
  Heading,
  Input,
  Label,
  Modal,
  ModalOverlay,
  Radio,
  RadioGroup,
  TextField,
} from 'react-aria-components';
import type { Project } from '../../shared/domain/schemas';
import { PROJECT_TEMPLATES } from '../../shared/templates/communitySafetyPlan';
import { useData } from '../app/DataContext';
import { createProject } from '../data/commands/projects';
import { describeError } from '../data/errors';
import { announce } from '../app/announce';
import { DialogFooter } from '../ui/ConfirmDialog';

export function NewProjectDialog({ onCreated }: { onCreated(project: Project): void }) {
  const { runner } = useData();
  const [name, setName] = useState('');
  const [templateId, setTemplateId] = useState(PROJECT_TEMPLATES[0]!.id);
  const [error, setError] = useState<string | null>(null);
  const { t } = useT();

  return (
    <DialogTrigger
      onOpenChange={(open) => {
        if (open) {
          setName('');
          setError(null);
        }
      }}
    >
      <Button className="primary-button">{t('projects.new')}</Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog className="dialog">
            {({ close }) => (
              <form
                onSubmit={async (event) => {
                  event.preventDefault();
                  if (!name.trim()) {
                    setError(t('projects.needName'));
                    return;
                  }
                  try {
                    const project = await createProject(runner, { name: name.trim(), templateId });
                    announce(t('projects.created', { project: project.name }));
                    close();
                    onCreated(project);
                  } catch (failure) {
                    setError(describeError(failure, uiTranslator()));
                  }
                }}
              >
                <Heading slot="title">{t('projects.new')}</Heading>
                <TextField value={name} onChange={setName} isRequired className="field" autoFocus>
                  <Label>{t('projects.name')}</Label>
                  <Input />
                </TextField>
                <RadioGroup value={templateId} onChange={setTemplateId} className="field">
                  <Label>{t('projects.startFrom')}</Label>
                  {PROJECT_TEMPLATES.map((template) => (
                    <Radio key={template.id} value={template.id} className="radio">
                      <span className="radio-mark" aria-hidden="true" />
                      <span>
                        <strong>{template.name}</strong>
                        {template.id === 'community-safety-plan' && (
                          <span className="muted">
                            {t('projects.templateSafety', {
                              groups: template.groups.length,
                              kinds: template.kinds.length,
                              questions: template.questions.length,
                            })}
                          </span>
                        )}
                        {template.id === 'blank' && <span className="muted">{t('projects.templateBlank')}</span>}
                      </span>
                    </Radio>
                  ))}
                </RadioGroup>
                {error && (
                  <p className="field-error" role="alert">
                    {error}
                  </p>
                )}
                <DialogFooter>
                  <Button type="button" onPress={close}>
                    {t('ui.cancel')}
                  </Button>
                  <Button type="submit" className="primary-button">
                    {t('projects.create')}
                  </Button>
                </DialogFooter>
              </form>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}

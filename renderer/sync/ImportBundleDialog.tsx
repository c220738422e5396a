/**
 * "Import bundle…": pick a .fieldnotes file, give its passphrase if it has one, read what
 * it would add or change, then apply. Nothing is written before "Import"; every refusal (damaged, wrong
 * passphrase, not a bundle, newer version) is shown as the bundle's own message, with nothing changed.
 * Used on the Sync screen and on the Projects screen (a project kit creates the project on a new device).
 * The steps live in a reducer (importBundleSteps.ts), the reading and applying in useBundleImport.
 */
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { navigate } from '../app/router';
import { useT } from '../ui/i18n';
import { ChooseBundleStep, ImportDoneStep, PassphraseStep } from './ImportBundleSteps';
import { ImportPreviewView } from './ImportPreviewView';
import { useBundleImport } from './useBundleImport';

export function ImportBundleDialog({ fromProjectId }: { fromProjectId?: string }) {
  const bundle = useBundleImport();
  const { t } = useT();
  const { step, busy, error, passphrase, confirmRemovals } = bundle.state;

  return (
    <DialogTrigger onOpenChange={(open) => open && bundle.reset()}>
      <Button className={fromProjectId ? undefined : 'primary-button'}>{t('bundle.import.button')}</Button>
      <ModalOverlay className="modal-overlay" isDismissable={!busy}>
        <Modal className="modal modal-wide">
          <Dialog className="dialog import-bundle">
            {({ close }) => (
              <>
                <Heading slot="title">{t('bundle.import.title')}</Heading>
                {step.name === 'choose' && (
                  <ChooseBundleStep busy={!!busy} onCancel={close} onChoose={() => void bundle.chooseFile()} />
                )}
                {step.name === 'passphrase' && (
                  <PassphraseStep
                    fileName={step.fileName}
                    passphrase={passphrase}
                    busy={!!busy}
                    onPassphrase={bundle.typePassphrase}
                    onCancel={close}
                    onSubmit={() => bundle.unlock(step.fileName, step.bytes)}
                  />
                )}
                {step.name === 'preview' && (
                  <ImportPreviewView
                    fileName={step.fileName}
                    preview={step.preview}
                    confirmRemovals={confirmRemovals}
                    onConfirmRemovals={bundle.confirmRemovals}
                    busy={!!busy}
                    onCancel={close}
                    onApply={() => void bundle.apply(step.preview)}
                  />
                )}
                {step.name === 'done' && (
                  <ImportDoneStep
                    message={step.message}
                    projectName={step.projectName}
                    canOpen={step.projectId !== fromProjectId}
                    onOpen={() => {
                      close();
                      navigate({ name: 'sessions', projectId: step.projectId });
                    }}
                    onClose={close}
                  />
                )}
                {busy && (
                  <p className="muted" role="status">
                    {busy}
                  </p>
                )}
                {error && (
                  <p className="field-error" role="alert">
                    {error}
                  </p>
                )}
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}

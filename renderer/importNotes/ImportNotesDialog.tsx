/**
 * "Import notes…": pick a CSV or .xlsx file → it is read (encoding detected, changeable) → map its columns →
 * preview the first rows → every row that cannot be imported is listed by its line → import all in one
 * transaction, with progress and cancel. Nothing is written unless every row can be.
 */
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useData } from '../app/DataContext';
import { useT } from '../ui/i18n';
import { ImportSteps } from './ImportSteps';

export function ImportNotesDialog({ projectId }: { projectId: string }) {
  const { db } = useData();
  const { t } = useT();
  return (
    <DialogTrigger>
      <Button>{t('importNotes.open')}</Button>
      <ModalOverlay className="modal-overlay">
        <Modal className="modal modal-wide">
          <Dialog className="dialog">
            {({ close }) => (
              <>
                <Heading slot="title">{t('importNotes.title')}</Heading>
                <ImportSteps db={db} projectId={projectId} close={close} />
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}

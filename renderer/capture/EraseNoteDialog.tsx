/**
 * "Erase note permanently" (Shift+Delete on a note in the feed): for a note that must go for good — someone in it
 * could be identified, it was never meant to be written down. Unlike Delete, it cannot be undone, so the dialog
 * says so, says what erasure cannot reach, and asks for "erase" to be typed.
 */
import type { Note } from '../../shared/domain/schemas';
import { useData } from '../app/DataContext';
import { eraseNote } from '../data/commands/notes';
import { ErasureLimits } from '../ui/ErasureLimits';
import { TypedConfirmDialog } from '../ui/TypedConfirmDialog';
import { useAct } from '../app/useAct';
import { useT } from '../ui/i18n';

export function EraseNoteDialog({
  note,
  onClose,
  onErased,
}: {
  note: Pick<Note, 'id'> | null;
  onClose(): void;
  /** Called once the note is erased (the feed then moves focus on). */
  onErased(noteId: string): void;
}) {
  const { runner } = useData();
  const act = useAct();
  const { t } = useT();
  return (
    <TypedConfirmDialog
      isOpen={note !== null}
      title={t('capture.erase.title')}
      word={t('capture.erase.word')}
      confirmLabel={t('capture.erase.confirm')}
      onClose={onClose}
      onConfirm={async () => {
        const id = note!.id;
        if (
          await act(
            eraseNote(runner, id).then(() => true),
            t('capture.erase.done'),
          )
        )
          onErased(id);
      }}
    >
      <p>
        {t('capture.erase.text')} <strong>{t('capture.erase.cannotUndo')}</strong> {t('capture.erase.instead')}
      </p>
      <ErasureLimits />
    </TypedConfirmDialog>
  );
}

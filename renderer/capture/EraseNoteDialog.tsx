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
  return (
    <TypedConfirmDialog
      isOpen={note !== null}
      title="Erase this note permanently?"
      word="erase"
      confirmLabel="Erase for ever"
      onClose={onClose}
      onConfirm={async () => {
        const id = note!.id;
        if (
          await act(
            eraseNote(runner, id).then(() => true),
            'Note erased for ever',
          )
        )
          onErased(id);
      }}
    >
      <p>
        Its words leave this computer — the note, its history and undo — and every device that syncs this project, and
        the shared folder. <strong>This cannot be undone.</strong> To remove a note you may want back, press Delete
        instead: Ctrl+Z brings it back.
      </p>
      <ErasureLimits />
    </TypedConfirmDialog>
  );
}

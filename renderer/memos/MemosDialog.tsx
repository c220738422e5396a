/**
 * The memos on one theme, note or session, in a dialog opened from the board or the outline: what has been written
 * (author and date), and a form to write another or edit one. Esc closes; the text field has focus on opening, so
 * a facilitator presses M, types, and saves with Ctrl+Enter without touching the mouse.
 */
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import type { MemoTarget } from '../../shared/domain/schemas';
import { DialogFooter } from '../ui/ConfirmDialog';
import { useT } from '../ui/i18n';
import { MemoForm } from './MemoForm';
import { MemoList } from './MemoList';
import { useMemoEditing } from './useMemoEditing';
import { useMemosOn } from './useMemos';

export function MemosDialog({
  projectId,
  target,
  targetId,
  targetName,
  onClose,
}: {
  projectId: string;
  target: Exclude<MemoTarget, 'project'>;
  targetId: string;
  /** How the target is named in the title: the theme's name, the note's first words, the session's title. */
  targetName: string;
  onClose(): void;
}) {
  const { t } = useT();
  const view = useMemosOn(projectId, target, targetId);
  const { editing, setEditing, save, remove } = useMemoEditing(projectId, target, targetId);
  const title =
    target === 'theme'
      ? t('memos.dialog.theme', { name: targetName })
      : target === 'note'
        ? t('memos.dialog.note', { name: targetName })
        : t('memos.dialog.session', { name: targetName });
  return (
    <ModalOverlay className="modal-overlay" isOpen onOpenChange={(open) => !open && onClose()} isDismissable>
      <Modal className="modal memos-modal">
        <Dialog className="dialog memos-dialog">
          <Heading slot="title">{title}</Heading>
          <p className="muted">{t('memos.dialog.intro')}</p>
          <MemoForm
            key={editing?.id ?? 'new'}
            editing={editing ?? undefined}
            autoFocus
            onSave={save}
            onCancelEdit={() => setEditing(null)}
          />
          <h3 className="memos-list-heading">{t('memos.written', { count: view?.memos.length ?? 0 })}</h3>
          {view ? (
            <MemoList
              memos={view.memos}
              authorOf={view.authorOf}
              editingId={editing?.id ?? null}
              onEdit={setEditing}
              onDelete={remove}
            />
          ) : (
            <p className="muted">{t('memos.reading')}</p>
          )}
          <DialogFooter>
            <Button onPress={onClose}>{t('memos.close')}</Button>
          </DialogFooter>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

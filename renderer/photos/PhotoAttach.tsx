/**
 * Attaching photos to a session: a button for the file picker and a zone to drop files on. Each photo is
 * prepared on this computer (scaled, metadata left behind: preparePhoto.ts) before the command stores it.
 */
import { useRef, useState, type DragEvent } from 'react';
import { addPhoto } from '../data/commands/photos';
import { useData } from '../app/DataContext';
import { useAct } from '../app/useAct';
import { notifyError } from '../app/announce';
import { useT } from '../ui/i18n';
import { errorReason } from '../data/errors';
import { preparePhoto } from './preparePhoto';
import { photoRefusal } from './photoRefusal';

function isPhotoFile(file: File): boolean {
  return file.type.startsWith('image/') || /\.(jpe?g|png|webp)$/i.test(file.name);
}

export function PhotoAttach({ sessionId }: { sessionId: string }) {
  const tr = useT();
  const { t } = tr;
  const { runner } = useData();
  const act = useAct();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);

  const attach = async (files: readonly File[]) => {
    const images = files.filter(isPhotoFile);
    if (!images.length) return notifyError(t('photos.attach.onlyPhotos'));
    for (const [index, file] of images.entries()) {
      setBusy(t('photos.attach.preparing', { number: index + 1, count: images.length }));
      try {
        const prepared = await preparePhoto(file);
        const refused = photoRefusal(prepared, tr);
        if (refused) throw new Error(refused);
        await act(
          addPhoto(runner, { sessionId, ...prepared }),
          t('photos.attach.done', { width: prepared.width, height: prepared.height }),
        );
      } catch (error) {
        notifyError(
          t('photos.attach.failed', {
            file: file.name,
            reason: errorReason(error, tr),
          }),
        );
      }
    }
    setBusy(null);
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void attach([...event.dataTransfer.files]);
  };

  return (
    <div
      className={dragging ? 'photo-drop dragging' : 'photo-drop'}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <button type="button" onClick={() => input.current?.click()} disabled={busy !== null}>
        {t('photos.attach')}
      </button>
      <span className="muted">{t('photos.attach.hint')}</span>
      <input
        ref={input}
        type="file"
        accept="image/jpeg,image/png,image/webp"
        multiple
        hidden
        aria-label={t('photos.attach.files')}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          void attach(files);
        }}
      />
      {busy && <span role="status">{busy}</span>}
    </div>
  );
}

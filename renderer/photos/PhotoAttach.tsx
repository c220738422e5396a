/**
 * Attaching photos to a session: a button for the file picker and a zone to drop files on. Each photo is
 * prepared on this computer (scaled, metadata left behind: preparePhoto.ts) before the command stores it.
 */
import { useRef, useState, type DragEvent } from 'react';
import { addPhoto } from '../data/commands/photos';
import { useData } from '../app/DataContext';
import { useAct } from '../app/useAct';
import { notifyError } from '../app/announce';
import { preparePhoto } from './preparePhoto';

function isPhotoFile(file: File): boolean {
  return file.type.startsWith('image/') || /\.(jpe?g|png|webp)$/i.test(file.name);
}

export function PhotoAttach({ sessionId }: { sessionId: string }) {
  const { runner } = useData();
  const act = useAct();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);

  const attach = async (files: readonly File[]) => {
    const images = files.filter(isPhotoFile);
    if (!images.length) return notifyError('Only photos can be attached here (JPEG, PNG or WebP).');
    for (const [index, file] of images.entries()) {
      setBusy(`Preparing photo ${index + 1} of ${images.length}…`);
      try {
        const prepared = await preparePhoto(file);
        await act(
          addPhoto(runner, { sessionId, ...prepared }),
          `Photo attached (${prepared.width} × ${prepared.height})`,
        );
      } catch (error) {
        notifyError(`${file.name}: ${error instanceof Error ? error.message : String(error)}`);
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
        Attach photos…
      </button>
      <span className="muted">
        or drop photos of flip charts and sticky walls here. Location and camera details are removed.
      </span>
      <input
        ref={input}
        type="file"
        accept="image/jpeg,image/png,image/webp"
        multiple
        hidden
        aria-label="Photo files"
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

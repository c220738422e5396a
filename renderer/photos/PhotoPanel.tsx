/**
 * A session's wall and flip-chart photos: attach them (file picker or drag and drop), see them in a strip, and
 * read their text into draft notes to review (DraftReview). Every write goes through the photo commands.
 */
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Photo } from '../../shared/domain/schemas';
import { base64ToBytes } from '../../shared/photos/photoBytes';
import { addPhoto, removePhoto } from '../data/commands/photos';
import { listSessionPhotos } from '../data/queries';
import { useData } from '../app/DataContext';
import { useAct } from '../app/useAct';
import { announce, notifyError } from '../app/announce';
import { preparePhoto } from './preparePhoto';
import {
  OCR_LANGUAGE_LABELS,
  recognisePhoto,
  stopRecognition,
  type OcrLanguage,
  type RecogniseProgress,
} from './recognise';
import { DraftReview, type Draft } from './DraftReview';
import { usePhotoUrl } from './photoUrl';
import './photos.css';

let draftKeys = 0;

export function PhotoPanel({ sessionId }: { sessionId: string }) {
  const { db, runner } = useData();
  const act = useAct();
  const photos = useLiveQuery(() => listSessionPhotos(db, sessionId), [db, sessionId]);
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [language, setLanguage] = useState<OcrLanguage>('eng');
  const [progress, setProgress] = useState<RecogniseProgress | null>(null);
  const [review, setReview] = useState<{ photoId: string; drafts: Draft[] } | null>(null);
  useEffect(() => stopRecognition, []);

  const attach = async (files: readonly File[]) => {
    const images = files.filter((file) => file.type.startsWith('image/') || /\.(jpe?g|png|webp)$/i.test(file.name));
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

  const recognise = async (photo: Photo) => {
    setReview(null);
    setProgress({ stage: 'Starting text recognition', fraction: 0 });
    try {
      const lines = await recognisePhoto(base64ToBytes(photo.data), language, setProgress);
      setReview({ photoId: photo.id, drafts: lines.map((line) => ({ ...line, key: draftKeys++ })) });
      announce(
        lines.length
          ? `${lines.length} line${lines.length === 1 ? '' : 's'} read; review them.`
          : 'No text found on this photo.',
      );
    } catch (error) {
      notifyError(`Text recognition failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setProgress(null);
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void attach([...event.dataTransfer.files]);
  };
  const reviewed = review && photos?.find((p) => p.id === review.photoId);

  return (
    <section aria-labelledby="photos-heading" className="setup-section photo-panel">
      <h2 id="photos-heading">Wall photos</h2>
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
      {photos && photos.length > 0 && (
        <>
          <div className="photo-tools">
            <label htmlFor={`ocr-language-${sessionId}`}>Text on the photos is in</label>
            <select
              id={`ocr-language-${sessionId}`}
              value={language}
              onChange={(e) => setLanguage(e.target.value as OcrLanguage)}
            >
              {Object.entries(OCR_LANGUAGE_LABELS).map(([code, label]) => (
                <option key={code} value={code}>
                  {label}
                </option>
              ))}
            </select>
            <span className="muted">
              Recognition runs on this computer. It reads printed and block letters best; handwriting may need fixing.
            </span>
          </div>
          <ul className="photo-strip" aria-label="Photos of this session">
            {photos.map((photo, index) => (
              <PhotoItem
                key={photo.id}
                photo={photo}
                label={`Photo ${index + 1}`}
                disabled={progress !== null}
                onRecognise={() => void recognise(photo)}
                onRemove={() => void act(removePhoto(runner, photo.id), 'Photo removed (Ctrl+Z brings it back)')}
              />
            ))}
          </ul>
        </>
      )}
      {progress && (
        <div className="photo-progress" role="status">
          <label>
            {progress.stage}… <progress max={1} value={progress.fraction} />
          </label>
        </div>
      )}
      {review && reviewed && (
        <section aria-label="Review recognised lines" className="photo-review">
          <h3>Lines read on the photo</h3>
          <DraftReview
            photo={reviewed}
            drafts={review.drafts}
            onChange={(drafts) => setReview({ ...review, drafts })}
          />
          <button type="button" onClick={() => setReview(null)}>
            Close review
          </button>
        </section>
      )}
    </section>
  );
}

function PhotoItem(props: { photo: Photo; label: string; disabled: boolean; onRecognise(): void; onRemove(): void }) {
  const { photo, label } = props;
  const url = usePhotoUrl(photo);
  return (
    <li className="photo-item">
      <img src={url} alt={`${label}: ${photo.caption || 'wall photo'}`} />
      <span className="muted">
        {label} · {photo.width} × {photo.height}
      </span>
      <span className="button-row">
        <button
          type="button"
          onClick={props.onRecognise}
          disabled={props.disabled}
          aria-label={`Read text on ${label}`}
        >
          Read text
        </button>
        <button type="button" onClick={props.onRemove} aria-label={`Remove ${label}`}>
          Remove
        </button>
      </span>
    </li>
  );
}

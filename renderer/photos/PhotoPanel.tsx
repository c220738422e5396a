/**
 * A session's wall and flip-chart photos: attach them (PhotoAttach), see them in a strip (PhotoItem), and read
 * their text into draft notes to review (DraftReview). Every write goes through the photo commands.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { erasePhoto, removePhoto } from '../data/commands/photos';
import { listSessionPhotos } from '../data/queries';
import { useData } from '../app/DataContext';
import { useAct } from '../app/useAct';
import { OCR_LANGUAGE_LABELS, type OcrLanguage } from './recognise';
import { DraftReview } from './DraftReview';
import { PhotoAttach } from './PhotoAttach';
import { PhotoItem } from './PhotoItem';
import { useRecognition } from './useRecognition';
import './photos.css';

export function PhotoPanel({ sessionId }: { sessionId: string }) {
  const { db, runner } = useData();
  const act = useAct();
  const photos = useLiveQuery(() => listSessionPhotos(db, sessionId), [db, sessionId]);
  const { language, setLanguage, progress, review, setReview, recognise } = useRecognition();
  const reviewed = review && photos?.find((p) => p.id === review.photoId);

  return (
    <section aria-labelledby="photos-heading" className="setup-section photo-panel">
      <h2 id="photos-heading">Wall photos</h2>
      <PhotoAttach sessionId={sessionId} />
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
                onErase={() => void act(erasePhoto(runner, photo.id), 'Photo erased for ever')}
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

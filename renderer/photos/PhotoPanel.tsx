/**
 * A session's wall and flip-chart photos: attach them (PhotoAttach), see them in a strip (PhotoItem), and read
 * their text into draft notes to review (DraftReview). Every write goes through the photo commands.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { erasePhoto, removePhoto } from '../data/commands/photos';
import { listSessionPhotos } from '../data/queries';
import { useData } from '../app/DataContext';
import { useAct } from '../app/useAct';
import { useT } from '../ui/i18n';
import { OCR_LANGUAGE_LABELS, type OcrLanguage } from './recognise';
import { DraftReview } from './DraftReview';
import { PhotoAttach } from './PhotoAttach';
import { PhotoItem } from './PhotoItem';
import { useRecognition } from './useRecognition';
import './photos.css';

export function PhotoPanel({ sessionId }: { sessionId: string }) {
  const { t } = useT();
  const { db, runner } = useData();
  const act = useAct();
  const photos = useLiveQuery(() => listSessionPhotos(db, sessionId), [db, sessionId]);
  const { language, setLanguage, progress, review, setReview, recognise } = useRecognition();
  const reviewed = review && photos?.find((p) => p.id === review.photoId);

  return (
    <section aria-labelledby="photos-heading" className="setup-section photo-panel">
      <h2 id="photos-heading">{t('photos.heading')}</h2>
      <PhotoAttach sessionId={sessionId} />
      {photos && photos.length > 0 && (
        <>
          <div className="photo-tools">
            <label htmlFor={`ocr-language-${sessionId}`}>{t('photos.language')}</label>
            <select
              id={`ocr-language-${sessionId}`}
              value={language}
              onChange={(e) => setLanguage(e.target.value as OcrLanguage)}
            >
              {Object.entries(OCR_LANGUAGE_LABELS).map(([code, label]) => (
                <option key={code} value={code}>
                  {t(label)}
                </option>
              ))}
            </select>
            <span className="muted">{t('photos.recognitionNote')}</span>
          </div>
          <ul className="photo-strip" aria-label={t('photos.list')}>
            {photos.map((photo, index) => (
              <PhotoItem
                key={photo.id}
                photo={photo}
                number={index + 1}
                disabled={progress !== null}
                onRecognise={() => void recognise(photo)}
                onRemove={() => void act(removePhoto(runner, photo.id), t('photos.removed'))}
                onErase={() => void act(erasePhoto(runner, photo.id), t('photos.erased'))}
              />
            ))}
          </ul>
        </>
      )}
      {progress && (
        <div className="photo-progress" role="status">
          <label>
            {t(progress.stage)} <progress max={1} value={progress.fraction} />
          </label>
        </div>
      )}
      {review && reviewed && (
        <section aria-label={t('photos.review.region')} className="photo-review">
          <h3>{t('photos.review.heading')}</h3>
          <DraftReview
            photo={reviewed}
            drafts={review.drafts}
            onChange={(drafts) => setReview({ ...review, drafts })}
          />
          <button type="button" onClick={() => setReview(null)}>
            {t('photos.review.close')}
          </button>
        </section>
      )}
    </section>
  );
}

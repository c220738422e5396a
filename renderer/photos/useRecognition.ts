/**
 * Reading the text on one photo at a time: the language, the worker's progress, and the drafts it found, waiting
 * for review. The worker stops when the screen goes.
 */
import { useEffect, useState } from 'react';
import type { Photo } from '../../shared/domain/schemas';
import { base64ToBytes } from '../../shared/photos/photoBytes';
import { announce, notifyError } from '../app/announce';
import { useT } from '../ui/i18n';
import { errorReason } from '../data/errors';
import { recognisePhoto, stopRecognition, type OcrLanguage, type RecogniseProgress } from './recognise';
import type { Draft } from './draft';

let draftKeys = 0;

export interface Review {
  photoId: string;
  drafts: Draft[];
}

export function useRecognition() {
  const tr = useT();
  const { t } = tr;
  const [language, setLanguage] = useState<OcrLanguage>('eng');
  const [progress, setProgress] = useState<RecogniseProgress | null>(null);
  const [review, setReview] = useState<Review | null>(null);
  useEffect(() => stopRecognition, []);

  const recognise = async (photo: Photo) => {
    setReview(null);
    setProgress({ stage: 'photos.stage.starting', fraction: 0 });
    try {
      const lines = await recognisePhoto(base64ToBytes(photo.data), language, setProgress);
      setReview({ photoId: photo.id, drafts: lines.map((line) => ({ ...line, key: draftKeys++ })) });
      announce(lines.length ? t('photos.read.found', { count: lines.length }) : t('photos.read.none'));
    } catch (error) {
      notifyError(t('photos.read.failed', { reason: errorReason(error, tr) }));
    } finally {
      setProgress(null);
    }
  };

  return { language, setLanguage, progress, review, setReview, recognise };
}

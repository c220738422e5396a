/**
 * One photo in the session's strip: read its text, remove it (undoable: the bytes stay in the history so undo
 * can bring it back), or erase it for ever after a confirmation that says why one would (architecture: Photos).
 */
import { useState } from 'react';
import type { Photo } from '../../shared/domain/schemas';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ErasureLimits } from '../ui/ErasureLimits';
import { useT } from '../ui/i18n';
import { PhotoImage } from './PhotoImage';
import { useThumbUrl } from './photoUrl';

export function PhotoItem(props: {
  photo: Photo;
  /** Its place in the session's strip, from 1. */
  number: number;
  disabled: boolean;
  onRecognise(): void;
  onRemove(): void;
  onErase(): void;
}) {
  const { t } = useT();
  const { photo, number } = props;
  const url = useThumbUrl(photo);
  const [confirming, setConfirming] = useState(false);
  return (
    <li className="photo-item">
      <PhotoImage
        url={url}
        width={photo.width}
        height={photo.height}
        alt={
          photo.caption
            ? t('photos.item.alt', { number, caption: photo.caption })
            : t('photos.item.altPlain', { number })
        }
      />
      <span className="muted">{t('photos.item.size', { number, width: photo.width, height: photo.height })}</span>
      <span className="button-row">
        <button
          type="button"
          onClick={props.onRecognise}
          disabled={props.disabled}
          aria-label={t('photos.readNamed', { number })}
        >
          {t('photos.read')}
        </button>
        <button type="button" onClick={props.onRemove} aria-label={t('photos.removeNamed', { number })}>
          {t('photos.remove')}
        </button>
        <button
          type="button"
          className="danger"
          onClick={() => setConfirming(true)}
          aria-label={t('photos.eraseNamed', { number })}
        >
          {t('photos.erase')}
        </button>
      </span>
      <ConfirmDialog
        isOpen={confirming}
        title={t('photos.erase.title', { number })}
        confirmLabel={t('photos.erase.confirm')}
        onClose={() => setConfirming(false)}
        onConfirm={props.onErase}
      >
        <p>{t('photos.erase.why')}</p>
        <ErasureLimits />
      </ConfirmDialog>
    </li>
  );
}

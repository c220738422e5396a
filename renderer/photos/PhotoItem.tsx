/**
 * One photo in the session's strip: read its text, remove it (undoable: the bytes stay in the history so undo
 * can bring it back), or erase it for ever after a confirmation that says why one would (architecture: Photos).
 */
import { useState } from 'react';
import type { Photo } from '../../shared/domain/schemas';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ErasureLimits } from '../ui/ErasureLimits';
import { usePhotoUrl } from './photoUrl';

export function PhotoItem(props: {
  photo: Photo;
  label: string;
  disabled: boolean;
  onRecognise(): void;
  onRemove(): void;
  onErase(): void;
}) {
  const { photo, label } = props;
  const url = usePhotoUrl(photo);
  const [confirming, setConfirming] = useState(false);
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
        <button
          type="button"
          className="danger"
          onClick={() => setConfirming(true)}
          aria-label={`Erase for ever… (${label})`}
        >
          Erase for ever…
        </button>
      </span>
      <ConfirmDialog
        isOpen={confirming}
        title={`Erase ${label} for ever?`}
        confirmLabel="Erase for ever"
        onClose={() => setConfirming(false)}
        onConfirm={props.onErase}
      >
        <p>
          Someone may be recognisable on a wall photo. Erasing removes this photo from this computer, from its history
          and undo, and from every device and bundle it syncs to afterwards. Notes typed from it keep their words and
          lose their link to it. This cannot be undone.
        </p>
        <ErasureLimits />
      </ConfirmDialog>
    </li>
  );
}

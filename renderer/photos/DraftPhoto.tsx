/** The photo under review, with the box of the draft line in focus outlined on it (sized in the photo's pixels). */
import type { Photo } from '../../shared/domain/schemas';
import type { Draft } from './draft';
import { useT } from '../ui/i18n';
import { usePhotoUrl } from './photoUrl';

export function DraftPhoto({ photo, shown }: { photo: Photo; shown: Draft | undefined }) {
  const { t } = useT();
  const url = usePhotoUrl(photo);
  return (
    <div className="draft-photo">
      <img src={url} alt={photo.caption || t('photos.review.photoAlt')} />
      {shown && (
        <div
          className="draft-box"
          aria-hidden="true"
          style={{
            left: `${(shown.region.x / photo.width) * 100}%`,
            top: `${(shown.region.y / photo.height) * 100}%`,
            width: `${(shown.region.w / photo.width) * 100}%`,
            height: `${(shown.region.h / photo.height) * 100}%`,
          }}
        />
      )}
    </div>
  );
}

/** The photos of a session as a small read-only strip (the board): the wall beside the notes typed from it. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Photo } from '../../shared/domain/schemas';
import { listSessionPhotos } from '../data/queries';
import { useData } from '../app/DataContext';
import { usePhotoUrl } from './photoUrl';
import './photos.css';

export function PhotoStrip({ sessionId, sessionHref }: { sessionId: string; sessionHref: string }) {
  const { db } = useData();
  const photos = useLiveQuery(() => listSessionPhotos(db, sessionId), [db, sessionId]);
  if (!photos?.length) return null;
  return (
    <aside className="photo-strip-small" aria-label="Wall photos">
      <ul>
        {photos.map((photo, index) => (
          <StripItem key={photo.id} photo={photo} label={`Wall photo ${index + 1}`} href={sessionHref} />
        ))}
      </ul>
    </aside>
  );
}

function StripItem({ photo, label, href }: { photo: Photo; label: string; href: string }) {
  const url = usePhotoUrl(photo);
  return (
    <li>
      <a href={href} title={`${label}: open the session to read its text`}>
        <img src={url} alt={label} />
      </a>
    </li>
  );
}

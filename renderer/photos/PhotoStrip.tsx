/**
 * The photos of a session as a small read-only strip on the board: the wall beside the notes typed from it. On
 * the whole project's board, each session's photos in a group of their own, named by the session, in the
 * board's order of sessions. Every photo is a link to its session (where its text is read), so Tab reaches it.
 * The strip reads the photos' rows in `photoThumbs`, never their bytes (architecture: Photos).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { PhotoThumb } from '../data/photoThumbs/row';
import { listProjectPhotoThumbs, listSessionPhotoThumbs } from '../data/queries';
import { useData } from '../app/DataContext';
import { useT } from '../ui/i18n';
import { PhotoImage } from './PhotoImage';
import { useStripThumbUrl } from './photoUrl';
import './photos.css';

export function PhotoStrip({ sessionId, sessionHref }: { sessionId: string; sessionHref: string }) {
  const { t } = useT();
  const { db } = useData();
  const photos = useLiveQuery(() => listSessionPhotoThumbs(db, sessionId), [db, sessionId]);
  if (!photos?.length) return null;
  return (
    <aside className="photo-strip-small" aria-label={t('photos.strip')}>
      <ul>
        {photos.map((photo, index) => (
          <StripItem
            key={photo.id}
            photo={photo}
            label={t('photos.strip.photo', { number: index + 1 })}
            href={sessionHref}
          />
        ))}
      </ul>
    </aside>
  );
}

export interface StripSession {
  id: string;
  title: string;
  href: string;
}

/** The whole project's board: the photos of every session that has some, grouped by session. */
export function ProjectPhotoStrip({ projectId, sessions }: { projectId: string; sessions: readonly StripSession[] }) {
  const { t } = useT();
  const { db } = useData();
  const photos = useLiveQuery(() => listProjectPhotoThumbs(db, projectId), [db, projectId]);
  if (!photos?.length) return null;
  const groups = sessions
    .map((session) => ({ session, photos: photos.filter((photo) => photo.sessionId === session.id) }))
    .filter((group) => group.photos.length > 0);
  return (
    <aside className="photo-strip-small photo-groups" aria-label={t('photos.strip')}>
      <ul>
        {groups.map(({ session, photos: own }) => (
          <li key={session.id} className="photo-group">
            <span className="photo-group-title" id={`photo-group-${session.id}`}>
              {session.title}
            </span>
            <ul aria-labelledby={`photo-group-${session.id}`}>
              {own.map((photo, index) => (
                <StripItem
                  key={photo.id}
                  photo={photo}
                  label={t('photos.strip.sessionPhoto', { number: index + 1, session: session.title })}
                  href={session.href}
                />
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </aside>
  );
}

function StripItem({ photo, label, href }: { photo: PhotoThumb; label: string; href: string }) {
  const { t } = useT();
  const url = useStripThumbUrl(photo);
  return (
    <li>
      <a href={href} title={t('photos.strip.open', { label })}>
        <PhotoImage url={url} alt={label} width={photo.width} height={photo.height} />
      </a>
    </li>
  );
}

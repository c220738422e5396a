import { useT } from '../ui/i18n';
import { useAnnouncer } from './announce';

/** Errors and notices, shown where everyone sees them; errors are also read out (role=alert). */
export function Notices() {
  const notices = useAnnouncer((state) => state.notices);
  const dismiss = useAnnouncer((state) => state.dismiss);
  const { t } = useT();
  if (!notices.length) return null;
  return (
    <div className="notices">
      {notices.map((notice) => (
        <div
          key={notice.id}
          className={`notice notice-${notice.tone}`}
          role={notice.tone === 'error' ? 'alert' : 'status'}
        >
          <span>{notice.message}</span>
          <button
            type="button"
            className="link-button"
            onClick={() => dismiss(notice.id)}
            aria-label={t('app.dismissMessage')}
          >
            {t('app.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}

/** The polite live region: announcements of what keyboard actions did. */
export function LiveRegion() {
  const message = useAnnouncer((state) => state.message);
  const serial = useAnnouncer((state) => state.serial);
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="live-region">
      {/* The serial makes a repeated message ("Note added") a new text node, so it is read again. */}
      <span key={serial}>{message}</span>
    </div>
  );
}

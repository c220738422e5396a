/** What the next note will carry: speaker, kind and flags, always visible, each with its shortcut. */
import type { Ref } from 'react';
import type { NoteKind, Participant } from '../../shared/domain/schemas';
import { useT } from '../ui/i18n';

export function CaptureContextBar({
  participant,
  kind,
  sensitive,
  doNotQuote,
  culturalProtocol,
  kindRef,
  onChooseKind,
}: {
  onChooseKind(): void;
  /** Where the kind picker opens for the next note. */
  kindRef: Ref<HTMLDivElement>;
  participant: Participant | null;
  kind: NoteKind | null;
  sensitive: boolean;
  doNotQuote: boolean;
  culturalProtocol: boolean;
}) {
  const { t } = useT();
  return (
    <dl className="context-bar" aria-label={t('capture.nextNote')}>
      <div>
        <dt>{t('capture.speaker')}</dt>
        <dd data-testid="current-speaker">{participant?.code ?? t('capture.none')}</dd>
        <dd className="hint">Alt+1…9, Alt+N</dd>
      </div>
      <div ref={kindRef}>
        <dt>{t('capture.kind')}</dt>
        <dd data-testid="current-kind">
          {kind ? (
            <>
              <span className="swatch" style={{ background: kind.color }} aria-hidden="true" />
              {kind.name}
            </>
          ) : (
            t('capture.none')
          )}
        </dd>
        <dd className="hint">
          <button type="button" className="link-button" aria-keyshortcuts="Alt+K" onClick={onChooseKind}>
            {t('capture.changeKind')}
          </button>
        </dd>
      </div>
      <div>
        <dt>{t('capture.sensitive')}</dt>
        <dd className={sensitive ? 'flag-on' : ''}>{sensitive ? t('capture.yes') : t('capture.no')}</dd>
        <dd className="hint">Alt+S</dd>
      </div>
      <div>
        <dt>{t('capture.doNotQuote')}</dt>
        <dd className={doNotQuote ? 'flag-on' : ''}>{doNotQuote ? t('capture.yes') : t('capture.no')}</dd>
        <dd className="hint">Alt+Q</dd>
      </div>
      <div>
        <dt>{t('capture.culturalProtocol')}</dt>
        <dd className={culturalProtocol ? 'flag-on' : ''}>{culturalProtocol ? t('capture.yes') : t('capture.no')}</dd>
        <dd className="hint">Alt+P</dd>
      </div>
    </dl>
  );
}

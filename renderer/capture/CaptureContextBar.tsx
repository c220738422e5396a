/** What the next note will carry: speaker, kind and flags, always visible, each with its shortcut. */
import type { Ref } from 'react';
import type { NoteKind, Participant } from '../../shared/domain/schemas';

export function CaptureContextBar({
  participant,
  kind,
  sensitive,
  doNotQuote,
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
}) {
  return (
    <dl className="context-bar" aria-label="Next note">
      <div>
        <dt>Speaker</dt>
        <dd data-testid="current-speaker">{participant?.code ?? 'none'}</dd>
        <dd className="hint">Alt+1…9, Alt+N</dd>
      </div>
      <div ref={kindRef}>
        <dt>Kind</dt>
        <dd data-testid="current-kind">
          {kind ? (
            <>
              <span className="swatch" style={{ background: kind.color }} aria-hidden="true" />
              {kind.name}
            </>
          ) : (
            'none'
          )}
        </dd>
        <dd className="hint">
          <button type="button" className="link-button" aria-keyshortcuts="Alt+K" onClick={onChooseKind}>
            Change (Alt+K)
          </button>
        </dd>
      </div>
      <div>
        <dt>Sensitive</dt>
        <dd className={sensitive ? 'flag-on' : ''}>{sensitive ? 'yes' : 'no'}</dd>
        <dd className="hint">Alt+S</dd>
      </div>
      <div>
        <dt>Do not quote</dt>
        <dd className={doNotQuote ? 'flag-on' : ''}>{doNotQuote ? 'yes' : 'no'}</dd>
        <dd className="hint">Alt+Q</dd>
      </div>
    </dl>
  );
}

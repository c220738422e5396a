/** The workshop's heading and buttons: moving, presenter notes, full screen, the deck's export and the shortcuts. */
import { ariaKeyShortcuts } from '../ui/actions';
import { useT } from '../ui/i18n';
import { WORKSHOP_ACTIONS, type WorkshopContext } from './workshopActions';

const action = (name: string) => WORKSHOP_ACTIONS.find((a) => a.name === name)!;

export function WorkshopToolbar({
  projectName,
  position,
  context,
  exportOpen,
  toggleExport,
}: {
  projectName: string;
  position: string;
  context: WorkshopContext;
  exportOpen: boolean;
  toggleExport: () => void;
}) {
  const { t } = useT();
  return (
    <div className="ws-toolbar">
      <h1 id="workshop-heading" className="ws-h1">
        {t('workshop.heading')} <span className="ws-muted">· {projectName}</span>
      </h1>
      <p className="ws-position" aria-hidden="true">
        {position}
      </p>
      <div className="ws-buttons">
        {(['previous', 'next'] as const).map((name) => (
          <button
            key={name}
            type="button"
            aria-keyshortcuts={ariaKeyShortcuts(action(name))}
            onClick={() => context.go(name)}
          >
            {name === 'previous' ? t('workshop.previous') : t('workshop.next')}
          </button>
        ))}
        <button
          type="button"
          aria-pressed={context.notesShown}
          aria-keyshortcuts={ariaKeyShortcuts(action('notes'))}
          onClick={context.toggleNotes}
        >
          {t('workshop.presenterNotes')}
        </button>
        <button type="button" aria-keyshortcuts={ariaKeyShortcuts(action('full-screen'))} onClick={context.fullScreen}>
          {t('workshop.fullScreen')}
        </button>
        <button type="button" aria-expanded={exportOpen} onClick={toggleExport}>
          {t('workshop.exportDeck')}
        </button>
        <button type="button" aria-keyshortcuts={ariaKeyShortcuts(action('help'))} onClick={context.help}>
          {t('workshop.shortcuts')}
        </button>
      </div>
    </div>
  );
}

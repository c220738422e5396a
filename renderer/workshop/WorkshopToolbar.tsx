/** The workshop's heading and buttons: moving, presenter notes, full screen, the deck's export and the shortcuts. */
import { ariaKeyShortcuts } from '../ui/actions';
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
  return (
    <div className="ws-toolbar">
      <h1 id="workshop-heading" className="ws-h1">
        Council workshop <span className="ws-muted">· {projectName}</span>
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
            {name === 'previous' ? '← Previous' : 'Next →'}
          </button>
        ))}
        <button
          type="button"
          aria-pressed={context.notesShown}
          aria-keyshortcuts={ariaKeyShortcuts(action('notes'))}
          onClick={context.toggleNotes}
        >
          Presenter notes
        </button>
        <button type="button" aria-keyshortcuts={ariaKeyShortcuts(action('full-screen'))} onClick={context.fullScreen}>
          Full screen
        </button>
        <button type="button" aria-expanded={exportOpen} onClick={toggleExport}>
          Export deck (PowerPoint or PDF)
        </button>
        <button type="button" aria-keyshortcuts={ariaKeyShortcuts(action('help'))} onClick={context.help}>
          Shortcuts
        </button>
      </div>
    </div>
  );
}

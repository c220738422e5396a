/**
 * The board's toolbar: a new note, view (board / outline), colour mode, zoom, hand tool, the Tidy menu (from
 * the board's action registry), the panels beside the board, shortcuts. The other boards of the project are
 * listed beside the heading (BoardNav), the colour legend in the overview panel (Legend).
 */
import { useBoardStore } from './boardStore';
import type { BoardModel } from './useBoardModel';
import type { CanvasControls } from './BoardCanvas';
import { routePath } from '../app/router';
import { announce } from '../app/announce';
import { ActionMenuButton } from '../ui/ActionMenu';
import { ariaKeyShortcuts, menuEntries } from '../ui/actions';
import { BOARD_ACTIONS, boardAction, runMenuItem } from './actions/boardActions';
import { useT } from '../ui/i18n';

export function BoardNav({ model }: { model: BoardModel }) {
  const projectId = model.project.id;
  const { t } = useT();
  return (
    <nav aria-label={t('board.boards')} className="board-nav">
      <ul>
        <li>
          <a
            href={routePath({ name: 'board', projectId, sessionId: null })}
            aria-current={!model.session ? 'page' : undefined}
          >
            {t('board.wholeProject')}
          </a>
        </li>
        {model.sessions.map((s) => (
          <li key={s.id}>
            <a
              href={routePath({ name: 'board', projectId, sessionId: s.id })}
              aria-current={model.session?.id === s.id ? 'page' : undefined}
            >
              {s.title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function ZoomGroup({ model, controls }: { model: BoardModel; controls: CanvasControls | null }) {
  const handTool = useBoardStore((s) => s.handTool);
  const setHandTool = useBoardStore((s) => s.setHandTool);
  const camera = controls?.camera;
  const { t } = useT();
  return (
    <div className="segmented" role="group" aria-label={t('board.zoom')}>
      <button
        type="button"
        aria-label={t('board.action.zoomOut')}
        aria-keyshortcuts="-"
        onClick={() => camera?.zoomBy(0.8)}
      >
        −
      </button>
      <button
        type="button"
        aria-label={t('board.action.zoomIn')}
        aria-keyshortcuts="+"
        onClick={() => camera?.zoomBy(1.25)}
      >
        +
      </button>
      <button type="button" aria-keyshortcuts="0" onClick={() => camera?.fit(model.layout.bounds)}>
        {t('board.action.fit')}
      </button>
      <button type="button" aria-pressed={handTool} aria-keyshortcuts="H" onClick={() => setHandTool(!handTool)}>
        {t('board.action.handTool')}
      </button>
    </div>
  );
}

export function BoardToolbar({
  model,
  controls,
  onNewSticky,
}: {
  model: BoardModel;
  controls: CanvasControls | null;
  onNewSticky(): void;
}) {
  const view = useBoardStore((s) => s.view);
  const setView = useBoardStore((s) => s.setView);
  const colorMode = useBoardStore((s) => s.colorMode);
  const setColorMode = useBoardStore((s) => s.setColorMode);
  const setHelpOpen = useBoardStore((s) => s.setHelpOpen);
  const panelsOpen = useBoardStore((s) => s.panelsOpen);
  const setPanelsOpen = useBoardStore((s) => s.setPanelsOpen);
  const { t } = useT();
  const onBoard = view === 'board' && controls;
  const tidy = onBoard ? menuEntries(BOARD_ACTIONS, 'tidy', controls.contextFor({ kind: 'canvas' }, null)) : [];

  return (
    <div className="board-toolbar" role="toolbar" aria-label={t('board.toolbar')}>
      {onBoard && (
        <button
          type="button"
          className="primary-button"
          aria-keyshortcuts={ariaKeyShortcuts(boardAction('board.newSticky'))}
          onClick={onNewSticky}
        >
          {t('board.newNote')}
        </button>
      )}
      <div className="segmented" role="group" aria-label={t('board.view')}>
        <button type="button" aria-pressed={view === 'board'} onClick={() => setView('board')}>
          {t('board.viewBoard')}
        </button>
        <button type="button" aria-pressed={view === 'outline'} onClick={() => setView('outline')}>
          {t('board.viewOutline')}
        </button>
      </div>
      <div className="segmented" role="group" aria-label={t('board.colourBy')}>
        {(
          [
            ['group', t('board.byGroup'), t('board.colouredByGroup')],
            ['kind', t('board.byKind'), t('board.colouredByKind')],
          ] as const
        ).map(([mode, label, said]) => (
          <button
            key={mode}
            type="button"
            aria-pressed={colorMode === mode}
            onClick={() => {
              setColorMode(mode);
              announce(said);
            }}
          >
            {label}
          </button>
        ))}
      </div>
      {onBoard && <ZoomGroup model={model} controls={controls} />}
      {onBoard && (
        <ActionMenuButton
          entries={tidy}
          label={t('board.tidyMenu')}
          className=""
          onAction={(action) => runMenuItem(action, controls.contextFor({ kind: 'canvas' }, null))}
        >
          {t('board.tidyButton')}
        </ActionMenuButton>
      )}
      <button
        type="button"
        aria-expanded={panelsOpen}
        aria-controls="board-panels"
        onClick={() => setPanelsOpen(!panelsOpen)}
      >
        {t('board.panels', { open: panelsOpen ? 'yes' : 'no' })}
      </button>
      <button type="button" aria-keyshortcuts="? Control+/" onClick={() => setHelpOpen(true)}>
        {t('board.shortcutsButton')}
      </button>
    </div>
  );
}

/** What the notes' colours mean: stakeholder groups or kinds, as the colour mode says. */
export function Legend({ model }: { model: BoardModel }) {
  const colorMode = useBoardStore((s) => s.colorMode);
  const { t } = useT();
  const legend =
    colorMode === 'group' ? model.groups.map((g) => ({ id: g.id, name: g.name, color: g.color })) : model.project.kinds;
  return (
    <ul className="legend" aria-label={t('board.legend', { mode: colorMode })}>
      {legend.map((item) => (
        <li key={item.id}>
          <span className="swatch" style={{ background: item.color }} aria-hidden="true" />
          {item.name}
        </li>
      ))}
    </ul>
  );
}

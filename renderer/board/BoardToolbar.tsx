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

export function BoardNav({ model }: { model: BoardModel }) {
  const projectId = model.project.id;
  return (
    <nav aria-label="Boards" className="board-nav">
      <ul>
        <li>
          <a
            href={routePath({ name: 'board', projectId, sessionId: null })}
            aria-current={!model.session ? 'page' : undefined}
          >
            Whole project
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
  return (
    <div className="segmented" role="group" aria-label="Zoom">
      <button type="button" aria-label="Zoom out" aria-keyshortcuts="-" onClick={() => camera?.zoomBy(0.8)}>
        −
      </button>
      <button type="button" aria-label="Zoom in" aria-keyshortcuts="+" onClick={() => camera?.zoomBy(1.25)}>
        +
      </button>
      <button type="button" aria-keyshortcuts="0" onClick={() => camera?.fit(model.layout.bounds)}>
        Zoom to fit
      </button>
      <button type="button" aria-pressed={handTool} aria-keyshortcuts="H" onClick={() => setHandTool(!handTool)}>
        Hand tool
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
  const onBoard = view === 'board' && controls;
  const tidy = onBoard ? menuEntries(BOARD_ACTIONS, 'tidy', controls.contextFor({ kind: 'canvas' }, null)) : [];

  return (
    <div className="board-toolbar" role="toolbar" aria-label="Board view">
      {onBoard && (
        <button
          type="button"
          className="primary-button"
          aria-keyshortcuts={ariaKeyShortcuts(boardAction('board.newSticky'))}
          onClick={onNewSticky}
        >
          New note
        </button>
      )}
      <div className="segmented" role="group" aria-label="View">
        <button type="button" aria-pressed={view === 'board'} onClick={() => setView('board')}>
          Board
        </button>
        <button type="button" aria-pressed={view === 'outline'} onClick={() => setView('outline')}>
          Outline
        </button>
      </div>
      <div className="segmented" role="group" aria-label="Colour notes by">
        {(
          [
            ['group', 'By group', 'Notes coloured by stakeholder group'],
            ['kind', 'By kind', 'Notes coloured by kind'],
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
          label="Tidy"
          className=""
          onAction={(action) => runMenuItem(action, controls.contextFor({ kind: 'canvas' }, null))}
        >
          Tidy…
        </ActionMenuButton>
      )}
      <button
        type="button"
        aria-expanded={panelsOpen}
        aria-controls="board-panels"
        onClick={() => setPanelsOpen(!panelsOpen)}
      >
        {panelsOpen ? 'Hide panels' : 'Show panels'}
      </button>
      <button type="button" aria-keyshortcuts="? Control+/" onClick={() => setHelpOpen(true)}>
        Shortcuts (?)
      </button>
    </div>
  );
}

/** What the notes' colours mean: stakeholder groups or kinds, as the colour mode says. */
export function Legend({ model }: { model: BoardModel }) {
  const colorMode = useBoardStore((s) => s.colorMode);
  const legend =
    colorMode === 'group' ? model.groups.map((g) => ({ id: g.id, name: g.name, color: g.color })) : model.project.kinds;
  return (
    <ul className="legend" aria-label={colorMode === 'group' ? 'Colours: stakeholder groups' : 'Colours: kinds'}>
      {legend.map((item) => (
        <li key={item.id}>
          <span className="swatch" style={{ background: item.color }} aria-hidden="true" />
          {item.name}
        </li>
      ))}
    </ul>
  );
}

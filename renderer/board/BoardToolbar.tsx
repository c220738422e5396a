/** The board's toolbar: other boards of the project, view (board / outline), colour mode, zoom, hand tool, shortcuts, legend. */
import { useBoardStore } from './boardStore';
import type { BoardModel } from './useBoardModel';
import type { CameraControls } from './useCameraControls';
import { routePath } from '../app/router';
import { announce } from '../app/announce';

export function BoardToolbar({ model, camera }: { model: BoardModel; camera: CameraControls | null }) {
  const view = useBoardStore((s) => s.view);
  const setView = useBoardStore((s) => s.setView);
  const colorMode = useBoardStore((s) => s.colorMode);
  const setColorMode = useBoardStore((s) => s.setColorMode);
  const handTool = useBoardStore((s) => s.handTool);
  const setHandTool = useBoardStore((s) => s.setHandTool);
  const setHelpOpen = useBoardStore((s) => s.setHelpOpen);
  const projectId = model.project.id;
  const legend =
    colorMode === 'group' ? model.groups.map((g) => ({ id: g.id, name: g.name, color: g.color })) : model.project.kinds;

  return (
    <>
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
      <div className="board-toolbar" role="toolbar" aria-label="Board view">
        <div className="segmented" role="group" aria-label="View">
          <button type="button" aria-pressed={view === 'board'} onClick={() => setView('board')}>
            Board
          </button>
          <button type="button" aria-pressed={view === 'outline'} onClick={() => setView('outline')}>
            Outline
          </button>
        </div>
        <div className="segmented" role="group" aria-label="Colour notes by">
          <button
            type="button"
            aria-pressed={colorMode === 'group'}
            onClick={() => {
              setColorMode('group');
              announce('Notes coloured by stakeholder group');
            }}
          >
            By group
          </button>
          <button
            type="button"
            aria-pressed={colorMode === 'kind'}
            onClick={() => {
              setColorMode('kind');
              announce('Notes coloured by kind');
            }}
          >
            By kind
          </button>
        </div>
        {view === 'board' && (
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
        )}
        <button type="button" aria-keyshortcuts="? Control+/" onClick={() => setHelpOpen(true)}>
          Shortcuts (?)
        </button>
      </div>
      <ul className="legend" aria-label={colorMode === 'group' ? 'Colours: stakeholder groups' : 'Colours: kinds'}>
        {legend.map((item) => (
          <li key={item.id}>
            <span className="swatch" style={{ background: item.color }} aria-hidden="true" />
            {item.name}
          </li>
        ))}
      </ul>
    </>
  );
}

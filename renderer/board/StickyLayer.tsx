/**
 * The stickies of the board's DOM: the culled, memoised list inside the listbox (only notes near the view are
 * mounted). Its own component so that a re-cull or a camera commit re-renders this list only.
 */
import { memo } from 'react';
import type { Size } from '../../shared/board/camera';
import type { BoardModel } from './useBoardModel';
import type { LiveCamera } from './liveCamera';
import type { NoteFace } from './useStickyFaces';
import { useCulling } from './useCulling';
import { Sticky } from './Sticky';
import { msg } from '../ui/i18n';

export interface StickyLayerProps {
  model: BoardModel;
  faces: ReadonlyMap<string, NoteFace>;
  live: LiveCamera;
  size: Size;
  selection: ReadonlySet<string>;
  focusedId: string | null;
  /** Notes to highlight (search matches or a previewed suggestion); null: none, nothing dimmed. */
  highlight: ReadonlySet<string> | null;
  showText: boolean;
  register(id: string, element: HTMLElement | null): void;
}

export const StickyLayer = memo(function StickyLayer(props: StickyLayerProps) {
  const { model, faces, live, size, selection, focusedId, highlight, register } = props;
  const mounted = useCulling(model.index, live, size);
  const total = model.notes.length;
  const tabbableId =
    focusedId && model.noteById.has(focusedId)
      ? focusedId
      : (model.notes.find((n) => mounted.has(n.id))?.id ?? model.notes[0]?.id ?? null);

  const stickies = [];
  for (let i = 0; i < total; i++) {
    const note = model.notes[i]!;
    // The roving focus stop stays mounted wherever it is, so Tab always has somewhere to land.
    if (!mounted.has(note.id) && note.id !== tabbableId) continue;
    const matched = highlight ? highlight.has(note.id) : false;
    stickies.push(
      <Sticky
        key={note.id}
        id={note.id}
        text={note.text}
        rect={model.layout.notes.get(note.id)!}
        context={faces.get(note.id)?.context ?? ''}
        selected={selection.has(note.id)}
        tabbable={note.id === tabbableId}
        dimmed={highlight !== null && !matched}
        matched={matched}
        position={i + 1}
        total={total}
        showText={props.showText}
        register={register}
      />,
    );
  }
  return (
    <div role="listbox" aria-label={msg('board.notesOnBoard')} aria-multiselectable="true" className="board-notes">
      {stickies}
    </div>
  );
});

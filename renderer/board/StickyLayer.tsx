/**
 * The stickies of the board: the culled, memoised list inside the listbox. Its own component so that a
 * re-cull or a camera commit re-renders this list only, and each note's face (colours, meta line, what a
 * screen reader hears after the text) is computed once per data change, not per render.
 */
import { memo, useMemo } from 'react';
import type { Size } from '../../shared/board/camera';
import { stickyFill } from '../../shared/board/color';
import { matchRanges } from '../../shared/board/filter';
import type { ColorMode } from './boardStore';
import type { BoardModel } from './useBoardModel';
import type { LiveCamera } from './liveCamera';
import { useCulling } from './useCulling';
import { Sticky } from './Sticky';

interface Face {
  fill: string;
  accent: string | null;
  meta: string;
  context: string;
}

function useFaces(model: BoardModel, colorMode: ColorMode): Map<string, Face> {
  return useMemo(() => {
    const groupName = new Map(model.groups.map((g) => [g.id, g.name]));
    const kindName = new Map(model.project.kinds.map((k) => [k.id, k.name]));
    const faces = new Map<string, Face>();
    for (const note of model.notes) {
      const color = model.colorOf(note, colorMode);
      const speaker = model.speakerOf(note);
      const question = note.questionId ? model.questionNumber.get(note.questionId) : undefined;
      const group = model.groupOfNote(note);
      const kind = note.kind ? kindName.get(note.kind) : undefined;
      const theme = note.themeId && model.themeById.has(note.themeId) ? model.themePath(note.themeId) : null;
      const meta = [
        speaker,
        question ? `Q${question}` : null,
        colorMode === 'group' ? kind : group ? groupName.get(group) : null,
      ]
        .filter(Boolean)
        .join(' · ');
      const context = [
        theme ? `theme ${theme}` : 'no theme',
        speaker ? `speaker ${speaker}` : null,
        question ? `question ${question}` : null,
        kind,
        group ? groupName.get(group) : null,
      ]
        .filter(Boolean)
        .join(', ');
      faces.set(note.id, { fill: stickyFill(color), accent: color, meta, context: `— ${context}` });
    }
    return faces;
  }, [model, colorMode]);
}

export interface StickyLayerProps {
  model: BoardModel;
  colorMode: ColorMode;
  live: LiveCamera;
  size: Size;
  far: boolean;
  selection: ReadonlySet<string>;
  focusedId: string | null;
  /** Notes to highlight (search matches or a previewed suggestion); null: none, nothing dimmed. */
  highlight: ReadonlySet<string> | null;
  searchText: string;
  register(id: string, element: HTMLElement | null): void;
}

export const StickyLayer = memo(function StickyLayer(props: StickyLayerProps) {
  const { model, live, size, far, selection, focusedId, highlight, searchText, register } = props;
  const faces = useFaces(model, props.colorMode);
  const mounted = useCulling(model.index, live, size, far);
  const total = model.notes.length;
  const tabbableId =
    focusedId && model.noteById.has(focusedId)
      ? focusedId
      : (model.notes.find((n) => mounted.has(n.id))?.id ?? model.notes[0]?.id ?? null);
  const search = searchText.trim();

  const stickies = [];
  for (let i = 0; i < total; i++) {
    const note = model.notes[i]!;
    // The roving focus stop stays mounted wherever it is, so Tab always has somewhere to land.
    if (!mounted.has(note.id) && note.id !== tabbableId) continue;
    const face = faces.get(note.id)!;
    const matched = highlight ? highlight.has(note.id) : false;
    stickies.push(
      <Sticky
        key={note.id}
        id={note.id}
        text={note.text}
        rect={model.layout.notes.get(note.id)!}
        fill={face.fill}
        accent={face.accent}
        meta={face.meta}
        context={face.context}
        selected={selection.has(note.id)}
        tabbable={note.id === tabbableId}
        dimmed={highlight !== null && !matched}
        matched={matched}
        sensitive={note.flags.sensitive}
        far={far}
        ranges={matched && search && !far ? matchRanges(note.text.slice(0, 400), search) : null}
        position={i + 1}
        total={total}
        register={register}
      />,
    );
  }
  return (
    <div role="listbox" aria-label="Notes on the board" aria-multiselectable="true" className="board-notes">
      {stickies}
    </div>
  );
});

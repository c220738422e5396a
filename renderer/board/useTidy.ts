/**
 * Tidy-ups (shared/board/tidy.ts) on the board: every note and frame of the board laid out afresh as one
 * undoable command, shown at once (the pending view) and animated from where things were, unless the system
 * asks for reduced motion.
 */
import { useCallback } from 'react';
import { planTidy } from '../../shared/board/tidy';
import { TIDY_MODES, type TidyMode } from '../../shared/board/regions';
import type { BoardWrite } from './dropPlan';
import { emptyPending } from './dropPlan';
import type { BoardModel } from './useBoardModel';
import type { CanvasControls } from './BoardCanvas';
import { msg } from '../ui/i18n';

export function useTidy(model: BoardModel, controls: CanvasControls | null, write: (change: BoardWrite) => void) {
  return useCallback(
    (mode: TidyMode) => {
      const plan = planTidy(mode, {
        notes: model.notes,
        themes: model.themes,
        sessions: model.sessionOrder,
        groups: model.groups,
        session: model.session?.id ?? null,
        sessionCounts: model.sessionCounts,
      });
      const pending = emptyPending();
      for (const move of plan.moves) {
        pending.notes.set(move.id, { x: move.x, y: move.y });
        pending.expected.notes.set(move.id, { x: move.x, y: move.y });
      }
      for (const { themeId, frame } of plan.frames) {
        const rounded = {
          x: Math.round(frame.x),
          y: Math.round(frame.y),
          w: Math.round(frame.w),
          h: Math.round(frame.h),
        };
        pending.frames.set(themeId, rounded);
        pending.expected.frames.set(themeId, rounded);
      }
      const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      if (!reduced) controls?.painter?.animateFrom(model.layout);
      const modeLabel = TIDY_MODES.find((m) => m.id === mode)!.label;
      write({
        kind: 'notes',
        moves: plan.moves,
        pins: plan.frames,
        pending,
        label: { id: modeLabel, subject: 'note' },
        summary: msg('board.said.tidied', {
          label: msg(modeLabel),
          notes: plan.moves.length,
          frames: plan.frames.length,
        }),
      });
      controls?.camera.fit(plan.layout.bounds);
    },
    [model, controls, write],
  );
}

/**
 * A double click: on a frame's title it selects the theme's notes; on the open board or inside a frame it
 * starts a new sticky there (in that frame's theme). On a note it does nothing more than the two clicks did.
 */
import { screenToWorld, type Camera } from '../../../shared/board/camera';
import type { Point } from '../../../shared/board/rect';
import type { PressTarget } from './target';

export type DoubleClickIntent =
  { kind: 'select-theme'; themeId: string } | { kind: 'new-sticky'; at: Point; themeId: string | null } | null;

export function doubleClickIntent(target: PressTarget, at: Point, camera: Camera): DoubleClickIntent {
  switch (target.kind) {
    case 'frame-title':
      return { kind: 'select-theme', themeId: target.themeId };
    case 'frame-body':
      return { kind: 'new-sticky', at: screenToWorld(camera, at), themeId: target.themeId };
    case 'board':
      return { kind: 'new-sticky', at: screenToWorld(camera, at), themeId: null };
    default:
      return null;
  }
}

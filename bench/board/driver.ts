/** What the shared gesture script of the board benchmark needs to know about a board (ours or Excalidraw). */
import type { Page } from '@playwright/test';

export interface Point {
  x: number;
  y: number;
}

/** What the shared gesture script needs to know about a board. */
export interface BoardDriver {
  name: string;
  page: Page;
  toScreen(world: Point): Promise<Point>;
  canvas(): Promise<{ x: number; y: number; width: number; height: number }>;
  clearSelection(): Promise<void>;
  selectedCount(): Promise<number>;
  /** Zoom `zoom` with the first note 40 px from the canvas's top-left corner. */
  setCamera(zoom: number): Promise<void>;
  fitAll(): Promise<void>;
}

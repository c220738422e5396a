/**
 * Benchmark-only page (never imported by the app): Excalidraw showing the same 5,000 sticky rectangles with
 * text as the Fieldnotes board bench, in a canvas of the same size (?w=&h=), opened at the same camera.
 * Built by bench/board.bench.ts into a temp dir. Marks `__firstRender` on the first frame after the scene
 * is rendered and exposes the Excalidraw API as `__excalidraw` for the bench's camera reads.
 */
import { createRoot } from 'react-dom/client';
import { Excalidraw, convertToExcalidrawElements } from '@excalidraw/excalidraw';
import '@excalidraw/excalidraw/index.css';
import { NOTE_COUNT, NOTE_H, NOTE_W, noteText, notePosition, START_ZOOM } from './scene';

type BenchWindow = Window & { __firstRender?: number; __excalidraw?: unknown; EXCALIDRAW_ASSET_PATH?: string };
const w = window as BenchWindow;
// Fonts are copied next to the page: nothing is fetched from a CDN.
w.EXCALIDRAW_ASSET_PATH = './';

const params = new URLSearchParams(location.search);
const width = Number(params.get('w') ?? 1280);
const height = Number(params.get('h') ?? 720);
const count = Number(params.get('n') ?? NOTE_COUNT);
const root = document.getElementById('root')!;
root.style.width = `${width}px`;
root.style.height = `${height}px`;

const elements = convertToExcalidrawElements(
  Array.from({ length: count }, (_, i) => ({
    type: 'rectangle' as const,
    ...notePosition(i),
    width: NOTE_W,
    height: NOTE_H,
    backgroundColor: '#fff7c2',
    strokeColor: '#d4b106',
    fillStyle: 'solid' as const,
    roughness: 0,
    label: {
      text: noteText(i),
      fontSize: 13,
      fontFamily: 2 as const,
      textAlign: 'left' as const,
      verticalAlign: 'top' as const,
    },
  })),
);

const offset = 40 - 40 * START_ZOOM;
let marked = false;

createRoot(root).render(
  <Excalidraw
    initialData={{
      elements,
      appState: {
        zoom: { value: START_ZOOM as never },
        scrollX: offset / START_ZOOM,
        scrollY: offset / START_ZOOM,
        zenModeEnabled: true,
      },
    }}
    excalidrawAPI={(api) => {
      w.__excalidraw = api;
    }}
    onChange={(scene) => {
      if (marked || scene.length === 0) return;
      marked = true;
      requestAnimationFrame(() => {
        w.__firstRender = performance.now();
      });
    }}
  />,
);

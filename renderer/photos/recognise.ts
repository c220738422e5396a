/**
 * Text recognition of a photo (architecture: Photos): tesseract.js in its own Web Worker, so the screen stays
 * responsive, loading its worker script, WebAssembly core and language model only from the app's own `ocr/`
 * folder (copied there by the build). Nothing is fetched from anywhere else, and nothing is cached outside the
 * app: the model is read from the app each time a worker starts.
 */
import { createWorker, type Worker } from 'tesseract.js';
import type { MessageId } from '../../shared/i18n/catalogue';
import { draftLines, type DraftLine, type RecognisedLine } from '../../shared/photos/ocrLines';

export type OcrLanguage = 'eng' | 'fra';

export const OCR_LANGUAGE_LABELS: Record<OcrLanguage, MessageId> = {
  eng: 'photos.language.eng',
  fra: 'photos.language.fra',
};

export interface RecogniseProgress {
  /** What the worker is doing, in the facilitator's words. */
  stage: MessageId;
  /** 0–1. */
  fraction: number;
}

const STAGES: Record<string, MessageId> = {
  'loading tesseract core': 'photos.stage.starting',
  'initializing tesseract': 'photos.stage.starting',
  'loading language traineddata': 'photos.stage.language',
  'initializing api': 'photos.stage.language',
  'recognizing text': 'photos.stage.reading',
};

function assetUrl(path: string): string {
  return new URL(`ocr/${path}`, document.baseURI).href;
}

let current: { language: OcrLanguage; worker: Promise<Worker> } | null = null;
let onProgress: ((progress: RecogniseProgress) => void) | null = null;

function workerFor(language: OcrLanguage): Promise<Worker> {
  if (current?.language === language) return current.worker;
  const previous = current?.worker;
  const worker = createWorker(language, 1, {
    workerPath: assetUrl('worker.min.js'),
    corePath: assetUrl('core'),
    langPath: assetUrl('lang'),
    // A plain same-origin worker (no Blob wrapper) and no copy of the model in the browser's storage.
    workerBlobURL: false,
    cacheMethod: 'none',
    gzip: true,
    logger: (message) =>
      onProgress?.({ stage: STAGES[message.status] ?? 'photos.stage.working', fraction: message.progress }),
  });
  current = { language, worker };
  void previous?.then((old) => old.terminate()).catch(() => undefined);
  // A worker that failed to start is not kept: the next attempt starts afresh.
  worker.catch(() => {
    if (current?.worker === worker) current = null;
  });
  return worker;
}

/** The draft lines read on a photo (JPEG bytes), with progress along the way. */
export async function recognisePhoto(
  bytes: Uint8Array<ArrayBuffer>,
  language: OcrLanguage,
  progress: (progress: RecogniseProgress) => void,
): Promise<DraftLine[]> {
  onProgress = progress;
  try {
    const worker = await workerFor(language);
    const blob = new Blob([bytes], { type: 'image/jpeg' });
    const { data } = await worker.recognize(blob, {}, { blocks: true, text: false });
    const lines: RecognisedLine[] = [];
    for (const block of data.blocks ?? []) {
      for (const paragraph of block.paragraphs) lines.push(...paragraph.lines);
    }
    return draftLines(lines);
  } finally {
    onProgress = null;
  }
}

/** Stops the recognition worker (leaving the screen); the next recognition starts a new one. */
export function stopRecognition(): void {
  const worker = current?.worker;
  current = null;
  void worker?.then((w) => w.terminate()).catch(() => undefined);
}

/**
 * Text recognition of wall photos, in Chromium, through the app's own preparation and recognition (loaded in the
 * built page with the benchmark hooks). The photos are drawn here (tests/e2e/stickyPhotos.ts): sticky notes in
 * print (DejaVu Sans) and block capitals (DejaVu Sans Bold), clean, turned a few degrees, with camera noise and
 * light falling off, and all three at once; English, plus French with accents. Never fails.
 *
 *   ocr.lines        lines read exactly / after normalising case and spacing, out of lines drawn; character
 *                    error rate; per condition and overall
 *   ocr.time         median milliseconds per photo (prepare + recognise, the worker already started), and its
 *                    ratio to the clean printed photos' median in the same run
 *
 *   npx tsx bench/ocr.bench.ts [--runs N: times each photo is read, default 1]
 */
import type { Page } from '@playwright/test';
import { launchChromium, median, report, serveBuiltApp } from './support/browser';
import { scoreRecognition, type RecognitionScore } from '../shared/photos/ocrLines';
import { renderStickyPhoto, type StickyPhotoSpec } from '../tests/e2e/stickyPhotos';

const ENGLISH = [
  ['More bus shelters', 'Safe crossing at Elm', 'Lights in the park', 'Youth drop-in centre'],
  ['Fix broken sidewalks', 'Benches near the clinic', 'Late night transit', 'Clean up the alley'],
];
const FRENCH = [['Plus de lumière', 'Sécurité à l’école', 'Trottoirs déneigés', 'Café pour aînés']];

const CONDITIONS: Record<string, Pick<StickyPhotoSpec, 'rotation' | 'noise' | 'shade'>> = {
  clean: { rotation: 0, noise: 0, shade: 0 },
  turned: { rotation: 3, noise: 0, shade: 0 },
  'noise+light': { rotation: 0, noise: 14, shade: 0.35 },
  'turned+noise+light': { rotation: 3, noise: 14, shade: 0.35 },
};

interface Case {
  name: string;
  language: 'eng' | 'fra';
  spec: StickyPhotoSpec;
}

function cases(): Case[] {
  const out: Case[] = [];
  for (const [condition, settings] of Object.entries(CONDITIONS)) {
    for (const style of ['printed', 'block'] as const) {
      ENGLISH.forEach((lines, i) =>
        out.push({ name: `${condition}/${style}`, language: 'eng', spec: { lines, style, ...settings, seed: 11 + i } }),
      );
      FRENCH.forEach((lines) =>
        out.push({ name: `${condition}/${style}/fr`, language: 'fra', spec: { lines, style, ...settings, seed: 5 } }),
      );
    }
  }
  return out;
}

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  const value = at >= 0 ? Number(process.argv[at + 1]) : NaN;
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

async function main(): Promise<void> {
  const runs = option('--runs', 1);
  const served = await serveBuiltApp();
  const browser = await launchChromium();
  try {
    const maker = await browser.newPage();
    const page = await browser.newPage();
    await page.goto(served.url);
    await page.waitForFunction(() =>
      Boolean((window as unknown as { __fieldnotesBench?: { photos?: unknown } }).__fieldnotesBench?.photos),
    );
    const results: { name: string; score: RecognitionScore; ms: number }[] = [];
    // Start each language's worker once, outside the timings: a facilitator reads several photos in a row.
    for (const language of ['eng', 'fra'])
      await readIn(page, await renderStickyPhoto(maker, { ...cases()[0]!.spec, lines: ['Warm up'] }), language);
    for (const item of cases()) {
      const photo = await renderStickyPhoto(maker, item.spec);
      for (let run = 0; run < runs; run++) {
        const { lines, ms } = await readIn(page, photo, item.language);
        results.push({
          name: item.name,
          score: scoreRecognition(
            item.spec.lines.map((l) => (item.spec.style === 'block' ? l.toUpperCase() : l)),
            lines,
          ),
          ms,
        });
      }
    }
    const groups = new Map<string, typeof results>();
    for (const result of results) {
      const condition = result.name.split('/')[0]!;
      for (const key of [condition, result.name.endsWith('/fr') ? 'french' : 'english', 'overall']) {
        groups.set(key, [...(groups.get(key) ?? []), result]);
      }
    }
    for (const [key, group] of groups) {
      const lines = group.reduce((n, r) => n + r.score.lines, 0);
      report(`ocr.lines[${key}]`, {
        photos: group.length,
        lines,
        exact: group.reduce((n, r) => n + r.score.exact, 0),
        normalised: group.reduce((n, r) => n + r.score.normalised, 0),
        cer_median: median(group.map((r) => r.score.characterErrorRate)),
      });
    }
    const clean = median(results.filter((r) => r.name === 'clean/printed').map((r) => r.ms));
    const all = median(results.map((r) => r.ms));
    report('ocr.time', { photos: results.length, median_ms: all, clean_printed_ms: clean, ratio: all / clean });
  } finally {
    await browser.close();
    served.stop();
  }
}

async function readIn(page: Page, photo: Buffer, language: string): Promise<{ lines: string[]; ms: number }> {
  return page.evaluate(
    async ({ base64, language }) => {
      /* eslint-disable @typescript-eslint/no-explicit-any -- the page's hooks, untyped across the boundary */
      const hooks = (window as any).__fieldnotesBench.photos;
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const start = performance.now();
      const prepared = await hooks.preparePhoto(new Blob([bytes], { type: 'image/jpeg' }));
      const drafts = await hooks.recognisePhoto(prepared.bytes, language, () => undefined);
      return { lines: drafts.map((d: { text: string }) => d.text), ms: performance.now() - start };
    },
    { base64: photo.toString('base64'), language },
  );
}

void main().catch((error: unknown) => {
  console.error(`ocr bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});

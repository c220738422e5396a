/**
 * Text recognition's files, served from the app itself (architecture: Photos): tesseract.js's worker, the
 * WebAssembly cores it chooses among (plain, SIMD, relaxed SIMD; LSTM engine only) and the English and French
 * models from the pinned `@tesseract.js-data` packages. The build copies them under `ocr/` in its output (the
 * browser build and the desktop renderer alike) and the dev server serves them from node_modules, so nothing is
 * ever fetched from a CDN at run time.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

/** The recognition languages offered; each has its `@tesseract.js-data/<code>` package. */
export const OCR_LANGUAGES = ['eng', 'fra'] as const;

/** Output path (under the build) → file on disk. */
export function ocrAssetFiles(): Map<string, string> {
  const files = new Map<string, string>();
  files.set('ocr/worker.min.js', join(packageDir('tesseract.js'), 'dist/worker.min.js'));
  for (const variant of ['lstm', 'simd-lstm', 'relaxedsimd-lstm']) {
    const name = `tesseract-core-${variant}.wasm.js`;
    files.set(`ocr/core/${name}`, join(packageDir('tesseract.js-core'), name));
  }
  // The "best_int" models: LSTM only, integer weights, the smaller download tesseract.js itself defaults to.
  for (const lang of OCR_LANGUAGES) {
    files.set(
      `ocr/lang/${lang}.traineddata.gz`,
      join(packageDir(`@tesseract.js-data/${lang}`), '4.0.0_best_int', `${lang}.traineddata.gz`),
    );
  }
  return files;
}

export function ocrAssets(): Plugin {
  const files = ocrAssetFiles();
  return {
    name: 'fieldnotes-ocr-assets',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '').split('?')[0]!.replace(/^\//, '');
        const file = files.get(path);
        if (!file) return next();
        response.setHeader('Content-Type', path.endsWith('.js') ? 'text/javascript' : 'application/octet-stream');
        response.end(readFileSync(file));
      });
    },
    generateBundle() {
      for (const [fileName, file] of files) this.emitFile({ type: 'asset', fileName, source: readFileSync(file) });
    },
  };
}

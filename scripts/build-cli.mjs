#!/usr/bin/env node
/**
 * Bundles the `fieldnotes` bin: cli/fieldnotes.ts and everything it imports (shared/, node/, stopword, stemmer)
 * into one executable ES module for Node 20, so `npx fieldnotes` needs nothing from node_modules at run time.
 * The official REFI-QDA schemas (schemas/refi/, with their licence note) are copied beside it, where
 * `fieldnotes validate` looks for them (node/refiSchemas.ts), and so is the word-vector table (built by
 * `npm run word-vectors`), which `fieldnotes cluster` reads from there, offline.
 *
 *   node scripts/build-cli.mjs [--outfile out/cli/fieldnotes.mjs]
 */
import { chmodSync, copyFileSync, cpSync, existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * `import x from 'file?inline'` as Vite reads it: the file as a base64 `data:` URL, built into the bundle (the
 * workshop deck's PDF font), so the CLI needs no file beside it for that.
 */
const inlineFiles = {
  name: 'inline-files',
  setup(builder) {
    builder.onResolve({ filter: /\?inline$/ }, (args) => ({
      path: createRequire(path.join(args.resolveDir, 'x.js')).resolve(args.path.replace(/\?inline$/, '')),
      namespace: 'inline-file',
    }));
    builder.onLoad({ filter: /.*/, namespace: 'inline-file' }, (args) => ({
      contents: `export default ${JSON.stringify(`data:application/octet-stream;base64,${readFileSync(args.path).toString('base64')}`)};`,
      loader: 'js',
    }));
  },
};
const at = process.argv.indexOf('--outfile');
const outfile = at >= 0 ? process.argv[at + 1] : `${root}out/cli/fieldnotes.mjs`;

await build({
  entryPoints: [`${root}cli/fieldnotes.ts`],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Prefer packages' ES module builds so unused code is dropped (stopword's CommonJS build carries 60 languages).
  mainFields: ['module', 'main'],
  // Some bundled CommonJS (exceljs) calls require('crypto') etc.; an ES module bundle has no `require`, so give it one.
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __fieldnotesRequire } from 'node:module';\nconst require = __fieldnotesRequire(import.meta.url);",
  },
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [inlineFiles],
});
chmodSync(outfile, 0o755);
// Only the schemas and their licence note: xmllint reads them from disk, so they travel as files.
cpSync(`${root}schemas/refi`, path.join(path.dirname(outfile), 'schemas', 'refi'), { recursive: true });

const wordVectors = `${root}generated/word-vectors.bin`;
if (existsSync(wordVectors)) copyFileSync(wordVectors, path.join(path.dirname(outfile), 'word-vectors.bin'));
else
  console.warn('build-cli: no word-vector table (npm run word-vectors); fieldnotes cluster will group by shared words');

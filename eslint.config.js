import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/*
 * Layers, one direction (eslint.config.test.ts proves every rule below with a deliberately broken import):
 *
 *   renderer/, electron/, cli/  →  node/ (plain Node file and folder code)  →  shared/ (pure: no DOM, no Node)
 *
 * bench/ and tests/ sit on top and may import any layer, except that bench/ measures shared/, node/ and the data
 * layer and never borrows from a CLI command or Electron. Test files of cli/, electron/ and node/ may use the
 * renderer's data layer (renderer/data/) to make the app's side of a round trip, and nothing else of the renderer.
 *
 * Inside renderer/: a feature folder (FEATURES) is imported by anything outside it only through its index.ts,
 * which is its public surface (`import { BoardRoute } from '../board'`, never '../board/BoardRoute'). The shared
 * parts a feature builds on (app/ the shell and its context, data/ the data layer, platform/, ui/) import no feature
 * internals; data/ and platform/ import no feature, app/ or ui/ at all; ui/ holds widgets that know no feature and
 * nothing of app/, data/ or platform/.
 */
const FEATURES = ['board', 'capture', 'findings', 'importNotes', 'photos', 'projects', 'sessions', 'setup', 'sync'];
const TEST_FILES = ['**/*.test.ts', '**/*.test.tsx', '**/*.testkit.ts'];
/** Renderer folders are at most this deep below a feature or area; deeper files still get the base rule. */
const MAX_DEPTH = 4;

const either = (names) => `(?:${names.join('|')})`;
/** An import of a top-level folder (or the folder itself) from anywhere below the repository's root. */
const topLevel = (names, message) => ({ regex: `^(?:\\.\\./)+${either(names)}(?:/|$)`, message });
/** The renderer except its data layer: what a test below cli/, electron/ or node/ must still not import. */
const rendererBeyondData = (message) => ({ regex: '^(?:\\.\\./)+renderer(?:$|/(?!data(?:/|$)))', message });
/** The relative prefix that leads from a file `depth` folders below renderer/ back up to renderer/. */
const toRenderer = (depth) => (depth === 0 ? '\\./' : `(?:\\.\\./){${depth}}`);
/** Files exactly `depth` folders below renderer/<area>/ (depth 1: the area's own files). */
const filesAt = (area, depth) => [`renderer/${area}/${'*/'.repeat(depth - 1)}*.{ts,tsx}`];
const restrict = (files, patterns, ignores = []) => ({
  files,
  ...(ignores.length ? { ignores } : {}),
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

const MESSAGES = {
  shared: 'shared/ is the pure core: it imports nothing from node/, electron/, cli/ or renderer/',
  sharedPure: 'shared/ is pure: no Node, DOM or UI (Node file work belongs in node/)',
  node: 'node/ is plain Node file and folder code: it imports only shared/, never Electron, the CLI or the renderer',
  electron: 'electron/ is the shell: it uses node/ and shared/, never the renderer or the CLI',
  cli: 'cli/ uses node/ and shared/, never electron/ or the renderer (Node file code belongs in node/)',
  testRenderer: 'a test below cli/, electron/ or node/ may use only renderer/data/ to make the app side',
  bench: 'bench/ measures shared/, node/ and the data layer: logic a command uses belongs in shared/ or node/',
  renderer: 'the renderer reaches the platform only through renderer/platform/',
  dataAccess: 'read through renderer/data queries and write through its commands; a feature never opens db itself',
  feature: 'import another feature only through its index.ts (e.g. "../board"), never its files',
  ui: 'ui/ holds widgets that know no feature and nothing of app/, data/ or platform/',
  data: 'data/ and platform/ are below the features: they import no feature, nor app/ or ui/',
};

const RENDERER_BASE = [
  topLevel(['electron', 'cli', 'node'], MESSAGES.renderer),
  { group: ['node:*'], message: MESSAGES.renderer },
];

/** One config per area and depth, each carrying the renderer's base rule too (a later config replaces a rule). */
function rendererRules() {
  const configs = [
    restrict(['renderer/**/*.{ts,tsx}'], RENDERER_BASE),
    restrict(
      ['renderer/*.{ts,tsx}'],
      [...RENDERER_BASE, { regex: `^${toRenderer(0)}${either(FEATURES)}/`, message: MESSAGES.feature }],
    ),
  ];
  for (let depth = 1; depth <= MAX_DEPTH; depth++) {
    const up = toRenderer(depth);
    for (const feature of FEATURES) {
      const others = FEATURES.filter((f) => f !== feature);
      configs.push(
        restrict(filesAt(feature, depth), [
          ...RENDERER_BASE,
          { regex: `^${up}${either(others)}/`, message: MESSAGES.feature },
        ]),
      );
    }
    configs.push(
      restrict(filesAt('app', depth), [
        ...RENDERER_BASE,
        { regex: `^${up}${either(FEATURES)}/`, message: MESSAGES.feature },
      ]),
      restrict(filesAt('ui', depth), [
        ...RENDERER_BASE,
        { regex: `^${up}${either([...FEATURES, 'app', 'data', 'platform'])}(?:/|$)`, message: MESSAGES.ui },
      ]),
      ...['data', 'platform'].map((area) =>
        restrict(filesAt(area, depth), [
          ...RENDERER_BASE,
          { regex: `^${up}${either([...FEATURES, 'app', 'ui'])}(?:/|$)`, message: MESSAGES.data },
        ]),
      ),
    );
  }
  return configs;
}

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist-web', 'dist-bench', 'release', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  restrict(
    ['shared/**/*.ts'],
    [
      topLevel(['renderer', 'electron', 'cli', 'node'], MESSAGES.shared),
      { group: ['node:*', 'fs', 'path', 'os', 'electron', 'react', 'dexie'], message: MESSAGES.sharedPure },
    ],
  ),
  restrict(
    ['node/**/*.ts'],
    [topLevel(['electron', 'renderer', 'cli'], MESSAGES.node), { regex: '^electron$', message: MESSAGES.node }],
  ),
  restrict(
    TEST_FILES.map((pattern) => `node/${pattern}`),
    [
      topLevel(['electron', 'cli'], MESSAGES.node),
      { regex: '^electron$', message: MESSAGES.node },
      rendererBeyondData(MESSAGES.testRenderer),
    ],
  ),
  restrict(['electron/**/*.ts'], [topLevel(['renderer', 'cli'], MESSAGES.electron)]),
  restrict(
    TEST_FILES.map((pattern) => `electron/${pattern}`),
    [topLevel(['cli'], MESSAGES.electron), rendererBeyondData(MESSAGES.testRenderer)],
  ),
  restrict(['cli/**/*.ts'], [topLevel(['electron', 'renderer'], MESSAGES.cli)]),
  restrict(
    TEST_FILES.map((pattern) => `cli/${pattern}`),
    [topLevel(['electron'], MESSAGES.cli), rendererBeyondData(MESSAGES.testRenderer)],
  ),
  restrict(['bench/**/*.{ts,tsx}'], [topLevel(['cli', 'electron'], MESSAGES.bench)]),
  ...rendererRules(),
  {
    // Reads go through renderer/data's queries and writes through its commands: a feature that opens a Dexie table
    // itself (db.notes.where…, db.transaction…) reads around the queries or writes around the change log.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/data/**', ...TEST_FILES.map((pattern) => `renderer/**/${pattern}`)],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='db']", message: MESSAGES.dataAccess },
      ],
    },
  },
  {
    files: [
      '**/*.{js,mjs,cjs}',
      'node/**/*.ts',
      'electron/**/*.ts',
      'cli/**/*.ts',
      'scripts/**',
      'bench/**',
      'tests/**',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
);

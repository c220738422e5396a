import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist-web', 'release', 'test-results', 'playwright-report'] },
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
  {
    // One direction of imports (DESIGN §3): shared/ is the pure core and reaches nothing else.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/renderer/**', '**/electron/**', '**/cli/**'],
              message: 'shared/ must not import the layers above it',
            },
            {
              group: ['node:*', 'fs', 'path', 'os', 'electron', 'react', 'dexie'],
              message: 'shared/ is pure: no Node, DOM or UI',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/electron/**', '**/cli/**', 'node:*'],
              message: 'the renderer reaches the platform only through renderer/platform/',
            },
          ],
        },
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

/**
 * The layer rules of eslint.config.js, proven: each runs ESLint on a deliberately broken import in a file of that
 * layer and expects its error, and on a legal import beside it and expects none. The files need not exist; ESLint
 * picks the rules by the path alone.
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = import.meta.dirname;
const eslint = new ESLint({ cwd: root });

async function importErrors(file: string, from: string): Promise<string[]> {
  const code = `import { x } from '${from}';\nexport const y = x;\n`;
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

type Case = [file: string, from: string, message: RegExp | null];

const cases: Record<string, Case[]> = {
  'cli/ never imports electron/ or renderer/': [
    ['cli/commands/export.ts', '../../electron/main', /cli\/ uses node\/ and shared\//],
    ['cli/commands/export.ts', '../../renderer/data/db', /cli\/ uses node\/ and shared\//],
    ['cli/dispatch.ts', '../electron', /cli\/ uses node\/ and shared\//],
    ['cli/commands/export.ts', '../../node/atomicWrite', null],
    ['cli/commands/export.ts', '../../shared/findings/fromChanges', null],
  ],
  'electron/ never imports renderer/ or cli/': [
    ['electron/ipc/handlers.ts', '../../renderer/app/App', /electron\/ is the shell/],
    ['electron/main.ts', '../cli/dispatch', /electron\/ is the shell/],
    ['electron/ipc/syncHandlers.ts', '../../node/sync', null],
  ],
  'node/ imports only shared/': [
    ['node/atomicWrite.ts', '../electron/main', /node\/ is plain Node/],
    ['node/sync/readFolder.ts', 'electron', /node\/ is plain Node/],
    ['node/sync/readFolder.ts', '../../cli/command', /node\/ is plain Node/],
    ['node/sync/readFolder.ts', '../../renderer/data/db', /node\/ is plain Node/],
    ['node/sync/readFolder.ts', '../../shared/sync/folderSync', null],
  ],
  'a test below cli/, electron/ or node/ uses only the data layer of the renderer': [
    ['node/sync/folderSync.test.ts', '../../renderer/data/sync/syncProject', null],
    ['cli/commands/export.test.ts', '../../renderer/data/commands/notes', null],
    ['cli/commands/export.test.ts', '../../renderer/findings', /may use only renderer\/data\//],
    ['electron/ipc/syncHandlers.test.ts', '../../renderer/app/App', /may use only renderer\/data\//],
    ['cli/commands/export.test.ts', '../../electron/main', /cli\/ uses node\/ and shared\//],
    ['node/sync/folderSync.test.ts', '../../cli/dispatch', /node\/ is plain Node/],
  ],
  'shared/ imports nothing above it and nothing of Node': [
    ['shared/sync/layout.ts', '../../node/atomicWrite', /shared\/ is the pure core/],
    ['shared/sync/layout.ts', '../../renderer/data', /shared\/ is the pure core/],
    ['shared/sync/layout.ts', 'node:fs', /shared\/ is pure: no Node/],
    ['shared/sync/layout.ts', '../domain/ids', null],
  ],
  'bench/ never borrows from a CLI command or Electron': [
    ['bench/consolidate.bench.ts', '../cli/commands/export', /bench\/ measures shared\//],
    ['bench/consolidate.bench.ts', '../shared/findings/fromChanges', null],
    ['bench/consolidate.bench.ts', '../renderer/data/db', null],
  ],
  'the renderer reaches no Node code': [
    ['renderer/findings/saveExport.ts', '../../node/atomicWrite', /only through renderer\/platform\//],
    ['renderer/data/db.ts', 'node:fs', /only through renderer\/platform\//],
  ],
  'ui/ imports no feature, nor app/, data/ or platform/': [
    ['renderer/ui/InlineEdit.tsx', '../board', /ui\/ holds widgets/],
    ['renderer/ui/InlineEdit.tsx', '../capture/Composer', /ui\/ holds widgets/],
    ['renderer/ui/InlineEdit.tsx', '../app/announce', /ui\/ holds widgets/],
    ['renderer/ui/InlineEdit.tsx', '../data/errors', /ui\/ holds widgets/],
    ['renderer/ui/ColorField.tsx', '../../shared/domain/palette', null],
    ['renderer/ui/ColorField.tsx', './InlineEdit', null],
  ],
  'a feature imports another only through its index.ts': [
    ['renderer/capture/CaptureScreen.tsx', '../sessions/SessionMissing', /only through its index\.ts/],
    ['renderer/capture/CaptureScreen.tsx', '../sessions', null],
    ['renderer/board/gestures/lasso.ts', '../../findings/view', /only through its index\.ts/],
    ['renderer/board/gestures/lasso.ts', '../../findings', null],
    ['renderer/board/gestures/lasso.ts', '../boardStore', null],
    ['renderer/capture/CaptureScreen.tsx', '../app/useAct', null],
    ['renderer/capture/CaptureScreen.tsx', '../data/commands/notes', null],
    ['renderer/app/App.tsx', '../board/BoardRoute', /only through its index\.ts/],
    ['renderer/app/App.tsx', '../board', null],
    ['renderer/main.tsx', './capture/CaptureScreen', /only through its index\.ts/],
    ['renderer/main.tsx', './app/App', null],
  ],
  'data/ and platform/ import no feature, app/ or ui/': [
    ['renderer/data/commands/findings.test.ts', '../../findings/loadSnapshot', /data\/ and platform\/ are below/],
    ['renderer/data/sync/syncProject.ts', '../../sync', /data\/ and platform\/ are below/],
    ['renderer/data/queries.ts', '../app/announce', /data\/ and platform\/ are below/],
    ['renderer/platform/types.ts', '../ui/InlineEdit', /data\/ and platform\/ are below/],
    // data/sync is the data layer's own folder, not the sync feature.
    ['renderer/data/commands/notes.ts', '../sync/applyChanges', null],
    ['renderer/platform/types.ts', '../data/db', null],
  ],
};

describe('the layer rules in eslint.config.js', () => {
  for (const [rule, examples] of Object.entries(cases)) {
    it(rule, async () => {
      for (const [file, from, message] of examples) {
        const errors = await importErrors(file, from);
        if (message) expect(errors, `${file} importing ${from}`).toEqual([expect.stringMatching(message)]);
        else expect(errors, `${file} importing ${from}`).toEqual([]);
      }
    });
  }
});

describe('features reach the database only through renderer/data', () => {
  async function dataAccessErrors(file: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
    return result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
  }
  const opensTable =
    'declare const db: any;\nexport const notes = db.notes.where("sessionId").equals("s").toArray();\n';
  const usesQuery =
    'declare const db: any;\ndeclare function listNotes(d: unknown): unknown;\nexport const n = listNotes(db);\n';

  it('refuses a feature that opens a table itself, and allows passing db to a query', async () => {
    expect(await dataAccessErrors('renderer/board/BoardRoute.tsx', opensTable)).toEqual([
      expect.stringMatching(/read through renderer\/data queries/),
    ]);
    expect(
      await dataAccessErrors('renderer/sync/ui/Deep.tsx', 'declare const db: any;\nexport const t = db.transaction;\n'),
    ).toHaveLength(1);
    expect(await dataAccessErrors('renderer/board/BoardRoute.tsx', usesQuery)).toEqual([]);
  });

  it('lets the data layer and tests open tables', async () => {
    expect(await dataAccessErrors('renderer/data/queries.ts', opensTable)).toEqual([]);
    expect(await dataAccessErrors('renderer/board/BoardRoute.test.tsx', opensTable)).toEqual([]);
  });
});

/**
 * The bundled `fieldnotes` bin as a user gets it (built by scripts/build-cli.mjs into a temp folder, run from
 * another folder): it carries the official REFI-QDA schemas with it, so `validate` checks a codebook against them
 * with no option and nothing beside the repository.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeQdc } from '../shared/export/refi/qdc';
import { buildFindingsDocument } from '../shared/findings/document';
import { liveSnapshot } from '../shared/findings/snapshot';
import { planExport } from '../shared/privacy/plan';
import { NOW, smallProject } from '../tests/support/fixtures';
import { xmllintStatus } from '../tests/support/tools';

const root = fileURLToPath(new URL('..', import.meta.url));
let dir: string;
let bin: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'fieldnotes-bin-'));
  bin = path.join(dir, 'app', 'fieldnotes.mjs');
  const build = spawnSync(process.execPath, [path.join(root, 'scripts/build-cli.mjs'), '--outfile', bin], {
    encoding: 'utf8',
  });
  expect(build.status, build.stderr).toBe(0);
  // Bundling the whole CLI takes several seconds, more on a busy machine: above the default 10 s hook limit.
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the bundled fieldnotes bin', () => {
  it('ships the REFI-QDA schemas and their licence note beside itself', () => {
    expect(readdirSync(path.join(dir, 'app', 'schemas', 'refi')).sort()).toEqual([
      'Codebook-mrt2019.xsd',
      'Project-mrt2019.xsd',
      'README.md',
    ]);
  });

  it.skipIf(xmllintStatus.skipReason !== null)('validates a codebook against the schemas it carries', () => {
    const doc = buildFindingsDocument(planExport(liveSnapshot(smallProject().snapshot), { scan: { names: false } }), {
      now: NOW,
      level: 'master',
    });
    const work = path.join(dir, 'work');
    mkdirSync(work);
    writeFileSync(path.join(work, 'themes.qdc'), writeQdc(doc));
    const run = spawnSync(process.execPath, [bin, 'validate', 'themes.qdc'], { cwd: work, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^VALID REFI-QDA codebook \(\.qdc\): themes\.qdc/);
    expect(run.stdout).toContain('matches Codebook-mrt2019.xsd');
  });
});

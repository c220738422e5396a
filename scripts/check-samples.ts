/**
 * `npm run check:samples`: reads the real REFI-QDA exports of other tools, which we may not ship (the ATLAS.ti
 * samples carry no licence), from the reference folder beside the repository (`../shared/data/refi`, or the folder
 * in FIELDNOTES_REFI_SAMPLES), and checks what `npm test` checks on our own fixtures in their place:
 * - the ATLAS.ti 23 exports read as they should (a parent code with two children; an empty project);
 * - the NVivo 12 export there is the one shipped in tests/fixtures/refi/;
 * - the schemas shipped in schemas/refi/ are the reference copies, byte for byte;
 * - with xmllint installed, the real ATLAS.ti projects validate against the shipped schema.
 * Not part of `npm test`: a fresh clone has no reference folder. Without it, this says so and checks nothing.
 * Exit codes: 0 every check passed (or nothing to check), 1 a check failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { readQdpx } from '../shared/export/refi/read';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const samples = path.resolve(process.env.FIELDNOTES_REFI_SAMPLES ?? path.join(root, '..', 'shared', 'data', 'refi'));
const schemas = path.join(root, 'schemas', 'refi');

if (!existsSync(samples)) {
  console.log(
    `check:samples: no reference samples at ${samples}, so nothing was checked.\n` +
      'Put the reference data folder beside the repository, or set FIELDNOTES_REFI_SAMPLES to its refi/ folder.',
  );
  process.exit(0);
}

let failed = 0;
function check(name: string, test: () => string | null): void {
  let problem: string | null;
  try {
    problem = test();
  } catch (error) {
    problem = (error as Error).message;
  }
  if (problem) failed++;
  console.log(`${problem ? 'FAIL' : 'ok  '} ${name}${problem ? `: ${problem}` : ''}`);
}
const sample = (name: string) => new Uint8Array(readFileSync(path.join(samples, name)));
const same = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((byte, i) => byte === b[i]);

check('ATLAS.ti 23 project with codes: a parent code with two children', () => {
  const project = readQdpx(sample('atlasti23_target-atlas-project.qdpx'));
  if (project.codes.length !== 3) return `${project.codes.length} codes, expected 3`;
  const children = project.codes.filter((c) => c.parentGuid === project.codes[0]!.guid).length;
  return children === 2 ? null : `${children} children of the first code, expected 2`;
});

check('ATLAS.ti 23 empty project: no sources, no codes', () => {
  const project = readQdpx(sample('atlasti23_blank-atlas-project.qdpx'));
  return project.sources.length || project.codes.length ? 'it has sources or codes' : null;
});

check('the NVivo 12 sample is the one in tests/fixtures/refi/', () =>
  same(sample('nvivo12_oltas0517.qdpx'), readFileSync(path.join(root, 'tests/fixtures/refi/nvivo12_oltas0517.qdpx')))
    ? null
    : 'the files differ',
);

for (const xsd of ['Project-mrt2019.xsd', 'Codebook-mrt2019.xsd']) {
  check(`schemas/refi/${xsd} is the reference copy`, () =>
    same(sample(xsd), readFileSync(path.join(schemas, xsd))) ? null : 'the files differ',
  );
}

const xmllint = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
if (xmllint.error) console.log('skip the real projects against the schema: xmllint is not installed');
else {
  const work = mkdtempSync(path.join(tmpdir(), 'fieldnotes-samples-'));
  try {
    for (const name of ['atlasti23_target-atlas-project.qdpx', 'atlasti23_blank-atlas-project.qdpx']) {
      check(`${name} validates against the shipped Project schema`, () => {
        const file = path.join(work, `${name}.qde`);
        writeFileSync(file, unzipSync(sample(name))['project.qde']!);
        const run = spawnSync(
          'xmllint',
          ['--noout', '--nonet', '--schema', path.join(schemas, 'Project-mrt2019.xsd'), file],
          {
            encoding: 'utf8',
          },
        );
        return run.status === 0 ? null : run.stderr.trim().split('\n')[0]!;
      });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

console.log(failed ? `check:samples: ${failed} check(s) failed` : 'check:samples: all checks passed');
process.exit(failed ? 1 : 0);

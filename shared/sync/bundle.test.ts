import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BundleError, createBundle, isEncryptedBundle, openBundle } from './bundle';
import { PBKDF2_ITERATIONS } from './passphrase';
import { sampleChanges } from './fixtures.testkit';

const PROJECT = '01890a5d-ac96-774b-bcce-b302099a8057';
const input = {
  changes: sampleChanges(4),
  scope: { kind: 'project' as const, projectId: PROJECT, projectName: 'Safety plan', sessions: [] },
  createdBy: { deviceId: '0123456789ABCDEF', deviceName: 'PMT laptop' },
  now: '2026-03-02T10:00:00.000Z',
};

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'opened';
  } catch (error) {
    return error instanceof BundleError ? error.code : String(error);
  }
}

describe('bundles', () => {
  it('round-trips a compacted project with a manifest', async () => {
    const bytes = await createBundle(input);
    expect(isEncryptedBundle(bytes)).toBe(false);
    const opened = await openBundle(bytes);
    expect(opened.manifest.scope.projectName).toBe('Safety plan');
    expect(opened.manifest.counts.projects).toBe(1);
    // A creation and three edits compact to the fields each still wins, under the original clocks.
    const [created, , , last] = sampleChanges(4);
    const { name: _name, description: _description, ...kept } = created!.fields;
    expect(opened.changes).toEqual([{ ...created!, fields: kept }, last]);
  });

  it('encrypts with a passphrase and refuses a wrong one', async () => {
    const bytes = await createBundle({ ...input, passphrase: 'correct horse' });
    expect(isEncryptedBundle(bytes)).toBe(true);
    const outer = unzipSync(bytes);
    expect(Object.keys(outer).sort()).toEqual(['manifest.json', 'payload.bin']);
    const manifest = JSON.parse(new TextDecoder().decode(outer['manifest.json']));
    expect(manifest.encryption).toMatchObject({
      cipher: 'AES-256-GCM',
      kdf: 'PBKDF2-SHA-256',
      iterations: PBKDF2_ITERATIONS,
    });
    expect(JSON.stringify(manifest)).not.toContain('Safety plan');
    expect(await codeOf(openBundle(bytes))).toBe('passphrase-needed');
    expect(await codeOf(openBundle(bytes, 'wrong horse'))).toBe('wrong-passphrase');
    expect((await openBundle(bytes, 'correct horse')).changes).toHaveLength(2);
  });

  it('gives a clear reason for damaged, foreign and newer files', async () => {
    const bytes = await createBundle(input);
    expect(await codeOf(openBundle(bytes.slice(0, bytes.length - 30)))).toBe('damaged');
    expect(await codeOf(openBundle(strToU8('just some text')))).toBe('not-a-bundle');
    expect(await codeOf(openBundle(zipSync({ 'readme.txt': strToU8('hi') })))).toBe('not-a-bundle');

    const files = unzipSync(bytes);
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    const newer = zipSync({ ...files, 'manifest.json': strToU8(JSON.stringify({ ...manifest, version: '2.0' })) });
    expect(await codeOf(openBundle(newer))).toBe('newer-version');

    const segmentPath = manifest.segments[0].path as string;
    const tampered = files[segmentPath]!.slice();
    const at = tampered.indexOf(0x0a) + 20;
    tampered[at] = tampered[at]! ^ 1;
    expect(await codeOf(openBundle(zipSync({ ...files, [segmentPath]: tampered })))).toBe('damaged');
    expect(new BundleError('wrong-passphrase').message).toMatch(/passphrase does not open/);
  });
});

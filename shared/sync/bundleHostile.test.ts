/**
 * Bundles crafted to hurt: zip bombs (honest and lying about their size), names outside the layout, a manifest
 * naming `__proto__`, duplicate entries, wrong CRCs, absurd key-derivation rounds, and a newer version told apart
 * from damage. Each is refused with a BundleError before it costs more memory than its declared size.
 */
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BUNDLE_LIMITS, BundleError, createBundle, openBundle } from './bundle';
import { sampleChanges, PROJECT } from './fixtures.testkit';
import { crc32 } from './zipReader';

const input = {
  changes: sampleChanges(4),
  scope: { kind: 'project' as const, projectId: PROJECT, projectName: 'Safety plan', sessions: [] },
  createdBy: { deviceId: '0123456789ABCDEF', deviceName: 'PMT laptop' },
  now: '2026-03-02T10:00:00.000Z',
};

async function refusal(promise: Promise<unknown>): Promise<{ code: string; detail?: string }> {
  try {
    await promise;
    return { code: 'opened' };
  } catch (error) {
    if (error instanceof BundleError) return { code: error.code, ...(error.detail ? { detail: error.detail } : {}) };
    return { code: `crashed: ${String(error)}` };
  }
}

async function realFiles(): Promise<Record<string, Uint8Array>> {
  return unzipSync(await createBundle(input));
}

const u32At = (bytes: Uint8Array, at: number) =>
  (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
function setU32(bytes: Uint8Array, at: number, value: number) {
  for (let i = 0; i < 4; i++) bytes[at + i] = (value >>> (8 * i)) & 0xff;
}

/** Offsets of the central-directory records of a zip fflate wrote, by name. */
function central(zip: Uint8Array): Map<string, number> {
  const out = new Map<string, number>();
  for (let at = 0; at + 46 < zip.length; at++) {
    if (u32At(zip, at) !== 0x02014b50) continue;
    const length = zip[at + 28]! | (zip[at + 29]! << 8);
    out.set(new TextDecoder().decode(zip.subarray(at + 46, at + 46 + length)), at);
  }
  return out;
}

/** Replace every occurrence of one same-length name in a zip's headers. */
function renameAll(zip: Uint8Array, from: string, to: string): Uint8Array {
  const text = new TextDecoder('latin1').decode(zip);
  const out = zip.slice();
  let at = text.indexOf(from);
  while (at >= 0) {
    out.set(strToU8(to), at);
    at = text.indexOf(from, at + 1);
  }
  return out;
}

function manifestOf(files: Record<string, Uint8Array>) {
  return JSON.parse(new TextDecoder().decode(files['manifest.json']));
}

describe('bundles that try to exhaust memory', () => {
  it('refuses an honest bomb from its declared sizes, before inflating it', async () => {
    const files: Zippable = await realFiles();
    files['segments/seg-00000009-0123456789abcdef.ndjson'] = new Uint8Array(8 * 1024 * 1024);
    const bomb = zipSync(files);
    expect(bomb.length).toBeLessThan(100_000);
    expect(await refusal(openBundle(bomb))).toMatchObject({ code: 'too-large' });
  });

  it('refuses a declared total above the cap', async () => {
    const zip = zipSync(await realFiles());
    const at = central(zip).get('manifest.json')!;
    setU32(zip, at + 24, BUNDLE_LIMITS.maxTotalBytes + 1);
    expect(await refusal(openBundle(zip))).toMatchObject({ code: 'too-large' });
  });

  it('stops inflating an entry that lies about its size at the size it declared', async () => {
    const files: Zippable = await realFiles();
    const segment = Object.keys(files).find((name) => name.startsWith('segments/'))!;
    const body = new Uint8Array(4 * 1024 * 1024).fill(0x20);
    files[segment] = body;
    const zip = zipSync(files);
    const at = central(zip).get(segment)!;
    setU32(zip, at + 24, 1000);
    expect(await refusal(openBundle(zip))).toMatchObject({
      code: 'damaged',
      detail: expect.stringMatching(/more than/),
    });
  });
});

describe('bundles that break the layout', () => {
  it('names __proto__ in the manifest: a clear refusal, not a TypeError', async () => {
    const files = await realFiles();
    const manifest = manifestOf(files);
    for (const path of ['__proto__', 'segments/__proto__', 'constructor', '../../etc/passwd']) {
      manifest.segments[0].path = path;
      const zip = zipSync({ ...files, 'manifest.json': strToU8(JSON.stringify(manifest)) });
      expect(await refusal(openBundle(zip))).toMatchObject({
        code: 'damaged',
        detail: expect.stringContaining('not a segment'),
      });
    }
  });

  it('refuses entries outside the layout, but calls them a newer version in a newer minor bundle', async () => {
    const files = await realFiles();
    expect(await refusal(openBundle(zipSync({ ...files, 'notes.txt': strToU8('hi') })))).toMatchObject({
      code: 'damaged',
    });
    const newer = { ...manifestOf(files), version: '1.4' };
    const zip = zipSync({ ...files, 'manifest.json': strToU8(JSON.stringify(newer)), 'photos/a.jpg': strToU8('x') });
    expect(await refusal(openBundle(zip))).toMatchObject({ code: 'newer-version' });
    const major = { ...manifestOf(files), version: '2.0' };
    expect(await refusal(openBundle(zipSync({ ...files, 'manifest.json': strToU8(JSON.stringify(major)) })))).toEqual({
      code: 'newer-version',
    });
  });

  it('refuses two entries of one name and a CRC that does not match', async () => {
    const files = await realFiles();
    const other = { ...manifestOf(files), scope: { ...input.scope, projectName: 'Substituted' } };
    const twice = renameAll(
      zipSync({ ...files, 'manifest.jsoX': strToU8(JSON.stringify(other)) }),
      'manifest.jsoX',
      'manifest.json',
    );
    expect(await refusal(openBundle(twice))).toMatchObject({ code: 'damaged', detail: expect.stringMatching(/twice/) });

    const zip = zipSync(files);
    const at = central(zip).get('manifest.json')!;
    setU32(zip, at + 16, (crc32(files['manifest.json']!) ^ 1) >>> 0);
    expect(await refusal(openBundle(zip))).toMatchObject({ code: 'damaged', detail: expect.stringMatching(/CRC/) });
  });

  it('refuses key-derivation rounds outside the accepted range before deriving a key', async () => {
    const sealed = unzipSync(await createBundle({ ...input, passphrase: 'correct horse' }));
    const outer = manifestOf(sealed);
    for (const iterations of [10_000_000, 1000]) {
      outer.encryption.iterations = iterations;
      const zip = zipSync({ ...sealed, 'manifest.json': strToU8(JSON.stringify(outer)) });
      expect(await refusal(openBundle(zip, 'correct horse'))).toMatchObject({
        code: 'damaged',
        detail: expect.stringContaining(String(iterations)),
      });
    }
    outer.encryption = { ...outer.encryption, iterations: 600_000, cipher: 'XChaCha20' };
    const newer = zipSync({ ...sealed, 'manifest.json': strToU8(JSON.stringify(outer)) });
    expect(await refusal(openBundle(newer, 'correct horse'))).toMatchObject({ code: 'newer-version' });
  });

  it('still opens what the app writes, plain and sealed', async () => {
    expect((await openBundle(await createBundle(input))).changes).toHaveLength(2);
    const sealed = await createBundle({ ...input, passphrase: 'correct horse' });
    expect((await openBundle(sealed, 'correct horse')).changes).toHaveLength(2);
  });
});

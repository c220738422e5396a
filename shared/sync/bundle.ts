/**
 * The `.fieldnotes` bundle: a zip holding `manifest.json` and segments in the same format as the sync folder,
 * for hand-over by USB stick or e-mail and for the PMT's kit (DESIGN §5).
 *
 * Encrypted bundles keep only the encryption parameters in the outer manifest (so a lost stick shows no
 * project or session names) and put the whole plain bundle, zipped, in `payload.bin`, AES-256-GCM sealed.
 *
 * Reading refuses the whole bundle on any fault — a damaged zip, a segment that fails its checksum, a newer
 * major version, a wrong passphrase — so an import either takes everything the bundle says or nothing.
 */
import { unzipSync, zipSync, type Unzipped, type Zippable } from 'fflate';
import { z } from 'zod';
import type { ChangeRecord } from '../changes/change';
import { TABLE_NAMES } from '../domain/schemas';
import { fromUtf8, utf8 } from './bytes';
import { parseSegmentName } from './layout';
import {
  decryptWithPassphrase,
  MAX_PBKDF2_ITERATIONS,
  PBKDF2_ITERATIONS,
  encryptWithPassphrase,
  WrongPassphraseError,
} from './passphrase';
import { parseSegment, encodeSegment, type EncodedSegment, type SegmentHeader } from './segment';
import { chunkChanges } from './chunk';
import { compactChanges } from './compact';
import { filterErased, type ErasureFilter } from './erasure';
import { liveRows, mergeInMemory } from './memoryMerge';

export const BUNDLE_FORMAT = 'fieldnotes.bundle';
export const BUNDLE_VERSION_MAJOR = 1;
export const BUNDLE_VERSION = `${BUNDLE_VERSION_MAJOR}.0`;
export const BUNDLE_EXTENSION = 'fieldnotes';
const MANIFEST = 'manifest.json';
const PAYLOAD = 'payload.bin';
const SEGMENT_DIR = 'segments/';
/** Unzipped size we accept: far above any real project, far below what would exhaust memory. */
const MAX_UNZIPPED_BYTES = 1024 * 1024 * 1024;

const versionSchema = z.string().regex(/^\d+\.\d+$/);

export const bundleScopeSchema = z.object({
  kind: z.enum(['sessions', 'project', 'kit']),
  projectId: z.string(),
  projectName: z.string(),
  sessions: z.array(z.object({ id: z.string(), title: z.string() })).default([]),
});
export type BundleScope = z.infer<typeof bundleScopeSchema>;

export const bundleManifestSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: versionSchema,
  createdAt: z.string(),
  createdBy: z.object({ deviceId: z.string(), deviceName: z.string().default('') }),
  scope: bundleScopeSchema,
  /** Live records per table, for the import preview before anything is decrypted or merged. */
  counts: z.record(z.string(), z.number()).default({}),
  segments: z.array(z.object({ path: z.string(), count: z.number().int().min(0), sha256: z.string() })),
});
export type BundleManifest = z.infer<typeof bundleManifestSchema>;

const encryptedManifestSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: versionSchema,
  encryption: z.object({
    cipher: z.literal('AES-256-GCM'),
    kdf: z.literal('PBKDF2-SHA-256'),
    iterations: z.number().int().min(PBKDF2_ITERATIONS).max(MAX_PBKDF2_ITERATIONS),
    salt: z.string().regex(/^[0-9a-f]{32}$/),
    iv: z.string().regex(/^[0-9a-f]{24}$/),
  }),
});

export type BundleErrorCode = 'damaged' | 'not-a-bundle' | 'newer-version' | 'passphrase-needed' | 'wrong-passphrase';

const MESSAGES: Record<BundleErrorCode, string> = {
  damaged:
    'This bundle is damaged (it may not have finished copying). Nothing was imported. Ask for it to be sent again.',
  'not-a-bundle': 'This file is not a Fieldnotes bundle. Nothing was imported.',
  'newer-version':
    'This bundle was made by a newer version of Fieldnotes. Update the app to import it. Nothing was imported.',
  'passphrase-needed': 'This bundle is protected by a passphrase. Enter the passphrase to import it.',
  'wrong-passphrase': 'That passphrase does not open this bundle. Check it and try again. Nothing was imported.',
};

export class BundleError extends Error {
  /** The technical reason, for a log or a support request; `message` is what the person reads. */
  detail?: string;
  constructor(
    readonly code: BundleErrorCode,
    detail?: string,
  ) {
    super(MESSAGES[code]);
    this.name = 'BundleError';
    if (detail) this.detail = detail;
  }
}

export interface PackInput {
  manifest: Omit<BundleManifest, 'format' | 'version' | 'segments'>;
  segments: readonly EncodedSegment[];
  passphrase?: string;
  /** PBKDF2 rounds, at least PBKDF2_ITERATIONS (readers refuse fewer). */
  iterations?: number;
}

export async function packBundle(input: PackInput): Promise<Uint8Array> {
  const manifest: BundleManifest = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    ...input.manifest,
    segments: input.segments.map((s) => ({ path: `${SEGMENT_DIR}${s.name}`, count: s.count, sha256: s.sha256 })),
  };
  const files: Zippable = { [MANIFEST]: utf8(JSON.stringify(manifest, null, 2)) };
  for (const segment of input.segments) files[`${SEGMENT_DIR}${segment.name}`] = segment.bytes;
  const plain = zipSync(files, { level: 6 });
  if (!input.passphrase) return plain;
  const { ciphertext, params } = await encryptWithPassphrase(plain, input.passphrase, input.iterations);
  const outer = { format: BUNDLE_FORMAT, version: BUNDLE_VERSION, encryption: params };
  return zipSync({ [MANIFEST]: utf8(JSON.stringify(outer, null, 2)), [PAYLOAD]: [ciphertext, { level: 0 }] });
}

export interface OpenedBundle {
  manifest: BundleManifest;
  encrypted: boolean;
  segments: { path: string; header: SegmentHeader }[];
  changes: ChangeRecord[];
  /** Changes in verified segments that failed validation and will be skipped. */
  invalid: number;
}

function unzip(bytes: Uint8Array): Unzipped {
  let total = 0;
  try {
    return unzipSync(bytes, {
      filter(file) {
        total += file.originalSize;
        if (total > MAX_UNZIPPED_BYTES) throw new BundleError('damaged', 'too large when unpacked');
        return file.name === MANIFEST || file.name === PAYLOAD || file.name.startsWith(SEGMENT_DIR);
      },
    });
  } catch (error) {
    if (error instanceof BundleError) throw error;
    throw new BundleError(looksLikeZip(bytes) ? 'damaged' : 'not-a-bundle', String(error));
  }
}

function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;
}

function readJson(files: Unzipped, name: string): unknown {
  const bytes = files[name];
  if (!bytes) throw new BundleError('not-a-bundle', `no ${name}`);
  try {
    return JSON.parse(fromUtf8(bytes));
  } catch {
    throw new BundleError('damaged', `${name} is not readable`);
  }
}

function checkVersion(raw: unknown): void {
  const head = z.object({ format: z.literal(BUNDLE_FORMAT), version: versionSchema }).safeParse(raw);
  if (!head.success) throw new BundleError('not-a-bundle', 'no bundle manifest');
  if (Number(head.data.version.split('.')[0]) > BUNDLE_VERSION_MAJOR) throw new BundleError('newer-version');
}

/** Whether a bundle needs a passphrase, without asking for one (so the UI can ask first). */
export function isEncryptedBundle(bytes: Uint8Array): boolean {
  const files = unzip(bytes);
  const raw = readJson(files, MANIFEST);
  checkVersion(raw);
  return encryptedManifestSchema.safeParse(raw).success;
}

export async function openBundle(bytes: Uint8Array, passphrase?: string): Promise<OpenedBundle> {
  let files = unzip(bytes);
  let raw = readJson(files, MANIFEST);
  checkVersion(raw);
  const sealed = encryptedManifestSchema.safeParse(raw);
  if (sealed.success) {
    if (!passphrase) throw new BundleError('passphrase-needed');
    const payload = files[PAYLOAD];
    if (!payload) throw new BundleError('damaged', 'no payload');
    let plain: Uint8Array;
    try {
      plain = await decryptWithPassphrase(payload, passphrase, sealed.data.encryption);
    } catch (error) {
      if (error instanceof WrongPassphraseError) throw new BundleError('wrong-passphrase');
      throw error;
    }
    files = unzip(plain);
    raw = readJson(files, MANIFEST);
    checkVersion(raw);
  }
  const parsedManifest = bundleManifestSchema.safeParse(raw);
  if (!parsedManifest.success) throw new BundleError('damaged', 'the manifest is not valid');
  const manifest = parsedManifest.data;
  const changes: ChangeRecord[] = [];
  const segments: OpenedBundle['segments'] = [];
  let invalid = 0;
  for (const entry of manifest.segments) {
    const data = files[entry.path];
    if (!data) throw new BundleError('damaged', `${entry.path} is missing`);
    const name = parseSegmentName(entry.path.slice(SEGMENT_DIR.length));
    const parsed = await parseSegment(data, name?.hash);
    if (!parsed.ok) {
      throw new BundleError(
        parsed.fault === 'newer-version' ? 'newer-version' : 'damaged',
        `${entry.path}: ${parsed.detail}`,
      );
    }
    if (parsed.sha256 !== entry.sha256 || parsed.changes.length + parsed.invalid !== entry.count) {
      throw new BundleError('damaged', `${entry.path} does not match the manifest`);
    }
    if (parsed.header.projectId !== manifest.scope.projectId)
      throw new BundleError('damaged', `${entry.path} is from another project`);
    segments.push({ path: entry.path, header: parsed.header });
    changes.push(...parsed.changes);
    invalid += parsed.invalid;
  }
  return { manifest, encrypted: sealed.success, segments, changes, invalid };
}

/** Live records per table after merging, for a manifest or a summary. */
export function countLive(changes: Iterable<ChangeRecord>): Record<string, number> {
  const state = mergeInMemory(changes);
  return Object.fromEntries(TABLE_NAMES.map((name) => [name, liveRows(state, name).length]));
}

export interface CreateBundleInput {
  changes: Iterable<ChangeRecord>;
  scope: BundleScope;
  createdBy: { deviceId: string; deviceName: string };
  now: string;
  passphrase?: string;
  iterations?: number;
  /** Erasures known besides those among the changes (the app's own, from its database). */
  erase?: ErasureFilter;
}

/**
 * A bundle of the given changes, compacted (compact.ts): the receiver ends in the same state as if it had
 * merged the full history, under the original clocks, so importing next to a sync folder never disagrees.
 * Erased values never go in, whoever asks (erasure.ts); the erasure records do, so the receiver erases too.
 */
export async function createBundle(input: CreateBundleInput): Promise<Uint8Array> {
  const changes = compactChanges(filterErased(input.changes, input.erase).kept);
  const segments = await Promise.all(
    chunkChanges(changes).map((part, index) =>
      encodeSegment(
        {
          deviceId: input.createdBy.deviceId,
          deviceName: input.createdBy.deviceName,
          projectId: input.scope.projectId,
          seq: index + 1,
          kind: 'bundle',
          createdAt: input.now,
        },
        part,
      ),
    ),
  );
  return packBundle({
    manifest: { createdAt: input.now, createdBy: input.createdBy, scope: input.scope, counts: countLive(changes) },
    segments,
    ...(input.passphrase ? { passphrase: input.passphrase } : {}),
    ...(input.iterations ? { iterations: input.iterations } : {}),
  });
}

/**
 * The `.fieldnotes` bundle: a zip holding `manifest.json` and segments in the same format as the sync folder,
 * for hand-over by USB stick or e-mail and for the PMT's kit (architecture: Sync and bundles).
 *
 * Encrypted bundles keep only the encryption parameters in the outer manifest (so a lost stick shows no
 * project or session names) and put the whole plain bundle, zipped, in `payload.bin`, AES-256-GCM sealed.
 *
 * Reading refuses the whole bundle on any fault — a damaged zip, a segment that fails its checksum, a newer
 * major version, a wrong passphrase — so an import either takes everything the bundle says or nothing.
 */
import { zipSync, type Zippable } from 'fflate';
import { z } from 'zod';
import { wordsText, type ErrorWords } from '../i18n/words';
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
  type EncryptionParams,
} from './passphrase';
import { inflateZipEntry, readZipDirectory, ZipReadError, type ZipEntry, type ZipLimits } from './zipReader';
import { parseSegment, encodeSegment, type EncodedSegment, type SegmentHeader } from './segment';
import { chunkChanges } from './chunk';
import { compactChanges } from './compact';
import { withholdCommunityRecords } from './communityBundle';
import { filterErased, type ErasureFilter } from './erasure';
import { liveRows, mergeInMemory } from './memoryMerge';
import { translator, type Translator } from '../i18n/translate';
import type { MessageId } from '../i18n/catalogue';

export const BUNDLE_FORMAT = 'fieldnotes.bundle';
export const BUNDLE_VERSION_MAJOR = 1;
export const BUNDLE_VERSION = `${BUNDLE_VERSION_MAJOR}.0`;
export const BUNDLE_EXTENSION = 'fieldnotes';
const MANIFEST = 'manifest.json';
const PAYLOAD = 'payload.bin';
const SEGMENT_DIR = 'segments/';

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

export type BundleErrorCode =
  'damaged' | 'too-large' | 'not-a-bundle' | 'newer-version' | 'passphrase-needed' | 'wrong-passphrase';

/** What the person reads for each refusal (the catalogue's words; English here, the app shows its own language). */
export const BUNDLE_ERROR_MESSAGES: Record<BundleErrorCode, MessageId> = {
  damaged: 'bundle.error.damaged',
  'too-large': 'bundle.error.tooLarge',
  'not-a-bundle': 'bundle.error.notABundle',
  'newer-version': 'bundle.error.newerVersion',
  'passphrase-needed': 'bundle.error.passphraseNeeded',
  'wrong-passphrase': 'bundle.error.wrongPassphrase',
};

/** A technical reason as the `syncFiles.bundle` select and its values. */
type BundleProblem = Record<string, string | number> & { what: string };

export class BundleError extends Error {
  /** The technical reason in English, for a log; `message` is what the person reads. */
  detail?: string;
  /** The same reason as a message reference, for a support request in the reader's language (`describeDetail`). */
  detailWords?: ErrorWords;
  constructor(
    readonly code: BundleErrorCode,
    detail?: ErrorWords,
  ) {
    super(translator().t(BUNDLE_ERROR_MESSAGES[code]));
    this.name = 'BundleError';
    if (detail) {
      this.detailWords = detail;
      this.detail = wordsText(detail, translator('en'));
    }
  }

  /** What the person reads, in the translator's language (`message` is the English of it). */
  describe(tr: Translator = translator()): string {
    return tr.t(BUNDLE_ERROR_MESSAGES[this.code]);
  }

  /** The technical reason in the translator's language, when there is one. */
  describeDetail(tr: Translator = translator()): string | undefined {
    return this.detailWords && wordsText(this.detailWords, tr);
  }
}

/** A technical reason of the bundle itself. */
const bundleProblem = (problem: BundleProblem): ErrorWords => ({ id: 'syncFiles.bundle', values: problem });

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
  /** Why the first of them was skipped, naming its record. */
  invalidReason?: ErrorWords;
}

/**
 * Caps on what a bundle may unpack to, checked against the sizes the zip declares before anything inflates, then
 * held while it inflates. Far above a real project (a city-wide kit of 60,000 notes unpacks to tens of MB), far
 * below what would exhaust a laptop's memory. Deflate rarely shrinks our text more than 20 times.
 */
export const BUNDLE_LIMITS: ZipLimits = {
  maxEntryBytes: 128 * 1024 * 1024,
  maxTotalBytes: 384 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
};

/** The zip's entries by name (a Map: a name such as `__proto__` is just a name), nothing inflated yet. */
class BundleZip {
  private constructor(
    private readonly bytes: Uint8Array,
    readonly entries: ReadonlyMap<string, ZipEntry>,
  ) {}

  static open(bytes: Uint8Array): BundleZip {
    try {
      return new BundleZip(bytes, new Map(readZipDirectory(bytes, BUNDLE_LIMITS).map((e) => [e.name, e])));
    } catch (error) {
      throw bundleErrorOf(error, bytes);
    }
  }

  read(name: string): Uint8Array<ArrayBuffer> | undefined {
    const entry = this.entries.get(name);
    if (!entry) return undefined;
    try {
      return inflateZipEntry(this.bytes, entry);
    } catch (error) {
      throw bundleErrorOf(error, this.bytes);
    }
  }
}

function bundleErrorOf(error: unknown, bytes: Uint8Array): BundleError {
  if (error instanceof BundleError) return error;
  if (error instanceof ZipReadError) {
    if (error.reason === 'not-zip' && !looksLikeZip(bytes)) return new BundleError('not-a-bundle', error.words);
    return new BundleError(error.reason === 'too-large' ? 'too-large' : 'damaged', error.words);
  }
  return new BundleError('damaged', { id: 'dataErrors.unexpected', values: { detail: String(error) } });
}

function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;
}

function readJson(zip: BundleZip, name: string): unknown {
  const bytes = zip.read(name);
  if (!bytes) throw new BundleError('not-a-bundle', bundleProblem({ what: 'missing', name }));
  try {
    return JSON.parse(fromUtf8(bytes));
  } catch {
    throw new BundleError('damaged', bundleProblem({ what: 'notReadable', name }));
  }
}

function checkVersion(raw: unknown): void {
  const head = z.object({ format: z.literal(BUNDLE_FORMAT), version: versionSchema }).safeParse(raw);
  if (!head.success) throw new BundleError('not-a-bundle', bundleProblem({ what: 'noManifest' }));
  if (Number(head.data.version.split('.')[0]) > BUNDLE_VERSION_MAJOR) throw new BundleError('newer-version');
}

function isNewerMinor(raw: unknown): boolean {
  const version = (raw as { version: string }).version;
  return Number(version.split('.')[0]) === BUNDLE_VERSION_MAJOR && Number(version.split('.')[1]) > 0;
}

/**
 * Every entry must be where the layout puts it: the outer zip of an encrypted bundle holds the manifest and the
 * payload, a plain one the manifest and `segments/seg-…`. An unknown name in a bundle of a newer minor version is
 * something we cannot read yet; in one of ours it is damage (or someone's addition).
 */
function checkLayout(zip: BundleZip, sealed: boolean, raw: unknown): void {
  for (const name of zip.entries.keys()) {
    const fits = sealed
      ? name === MANIFEST || name === PAYLOAD
      : name === MANIFEST ||
        (name.startsWith(SEGMENT_DIR) && parseSegmentName(name.slice(SEGMENT_DIR.length)) !== null);
    if (!fits) {
      if (isNewerMinor(raw))
        throw new BundleError('newer-version', bundleProblem({ what: 'unknownEntry', name: JSON.stringify(name) }));
      throw new BundleError('damaged', bundleProblem({ what: 'unexpectedEntry', name: JSON.stringify(name) }));
    }
  }
}

/** The encryption settings, or null for a plain bundle. Unknown ciphers are a newer version; absurd rounds, damage. */
function sealOf(raw: unknown): EncryptionParams | null {
  const encryption = (raw as { encryption?: unknown }).encryption;
  if (encryption === undefined) return null;
  const sealed = encryptedManifestSchema.safeParse(raw);
  if (sealed.success) return sealed.data.encryption;
  const known = z.object({ cipher: z.literal('AES-256-GCM'), kdf: z.literal('PBKDF2-SHA-256') }).safeParse(encryption);
  if (!known.success) throw new BundleError('newer-version', bundleProblem({ what: 'unknownEncryption' }));
  const rounds = (encryption as { iterations?: unknown }).iterations;
  throw new BundleError(
    'damaged',
    typeof rounds === 'number' && (rounds < PBKDF2_ITERATIONS || rounds > MAX_PBKDF2_ITERATIONS)
      ? bundleProblem({
          what: 'rounds',
          rounds: String(rounds),
          low: String(PBKDF2_ITERATIONS),
          high: String(MAX_PBKDF2_ITERATIONS),
        })
      : bundleProblem({ what: 'badEncryption' }),
  );
}

/** Whether a bundle needs a passphrase, without asking for one (so the UI can ask first). */
export function isEncryptedBundle(bytes: Uint8Array): boolean {
  const zip = BundleZip.open(bytes);
  const raw = readJson(zip, MANIFEST);
  checkVersion(raw);
  return sealOf(raw) !== null;
}

async function unseal(zip: BundleZip, params: EncryptionParams, passphrase: string): Promise<Uint8Array> {
  const payload = zip.read(PAYLOAD);
  if (!payload) throw new BundleError('damaged', bundleProblem({ what: 'missing', name: PAYLOAD }));
  try {
    return await decryptWithPassphrase(payload, passphrase, params);
  } catch (error) {
    if (error instanceof WrongPassphraseError) throw new BundleError('wrong-passphrase');
    throw error;
  }
}

export async function openBundle(bytes: Uint8Array, passphrase?: string): Promise<OpenedBundle> {
  let zip = BundleZip.open(bytes);
  let raw = readJson(zip, MANIFEST);
  checkVersion(raw);
  const seal = sealOf(raw);
  checkLayout(zip, seal !== null, raw);
  if (seal) {
    if (!passphrase) throw new BundleError('passphrase-needed');
    zip = BundleZip.open(await unseal(zip, seal, passphrase));
    raw = readJson(zip, MANIFEST);
    checkVersion(raw);
    checkLayout(zip, false, raw);
  }
  const parsedManifest = bundleManifestSchema.safeParse(raw);
  if (!parsedManifest.success) {
    throw new BundleError(isNewerMinor(raw) ? 'newer-version' : 'damaged', bundleProblem({ what: 'badManifest' }));
  }
  const manifest = parsedManifest.data;
  const changes: ChangeRecord[] = [];
  const segments: OpenedBundle['segments'] = [];
  const listed = new Set<string>();
  let invalid = 0;
  let invalidReason: ErrorWords | undefined;
  for (const entry of manifest.segments) {
    const name = entry.path.startsWith(SEGMENT_DIR) ? parseSegmentName(entry.path.slice(SEGMENT_DIR.length)) : null;
    if (!name)
      throw new BundleError('damaged', bundleProblem({ what: 'notSegment', name: JSON.stringify(entry.path) }));
    if (listed.has(entry.path))
      throw new BundleError('damaged', bundleProblem({ what: 'namedTwice', name: entry.path }));
    listed.add(entry.path);
    const data = zip.read(entry.path);
    if (!data) throw new BundleError('damaged', bundleProblem({ what: 'missing', name: entry.path }));
    const parsed = await parseSegment(data, name.hash);
    if (!parsed.ok) {
      throw new BundleError(parsed.fault === 'newer-version' ? 'newer-version' : 'damaged', {
        id: 'syncFiles.inFile',
        values: { name: entry.path, problem: parsed.words },
      });
    }
    if (parsed.sha256 !== entry.sha256 || parsed.changes.length + parsed.invalid !== entry.count) {
      throw new BundleError('damaged', bundleProblem({ what: 'notMatching', name: entry.path }));
    }
    if (parsed.header.projectId !== manifest.scope.projectId)
      throw new BundleError('damaged', bundleProblem({ what: 'otherProject', name: entry.path }));
    segments.push({ path: entry.path, header: parsed.header });
    changes.push(...parsed.changes);
    invalid += parsed.invalid;
    invalidReason ??= parsed.invalidReason;
  }
  const reason = invalidReason ? { invalidReason } : {};
  return { manifest, encrypted: seal !== null, segments, changes, invalid, ...reason };
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
  /** Community sessions this bundle returns to their community: exempt from the community rule. */
  returning?: readonly string[];
}

/**
 * A bundle of the given changes, compacted (compact.ts): the receiver ends in the same state as if it had
 * merged the full history, under the original clocks, so importing next to a sync folder never disagrees.
 * Erased values never go in, whoever asks (erasure.ts); the erasure records do, so the receiver erases too.
 */
export async function createBundle(input: CreateBundleInput): Promise<Uint8Array> {
  // Community sessions not approved for their words stay home (communityBundle.ts), whoever asks.
  const changes = withholdCommunityRecords(
    compactChanges(filterErased(input.changes, input.erase).kept),
    input.returning,
  ).changes;
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

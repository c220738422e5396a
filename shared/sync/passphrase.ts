/**
 * Passphrase encryption for bundles: AES-256-GCM with a key from PBKDF2-SHA-256 (WebCrypto, so the same code
 * runs in the app, the browser and the CLI). GCM authenticates, so a wrong passphrase and a tampered file are
 * both caught before a byte is used. The passphrase is NFC-normalised so it matches however the keyboard
 * composed its accents.
 */
import { fromHex, ownBuffer, toHex, utf8 } from './bytes';

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; the issue asks for at least this. */
export const PBKDF2_ITERATIONS = 600_000;
/**
 * Refuse higher counts from a crafted file, which would freeze the app deriving a key (10 million took 6.5 s on a
 * busy laptop); twice OWASP's figure still derives in well under a second there.
 */
export const MAX_PBKDF2_ITERATIONS = 1_200_000;

export interface EncryptionParams {
  cipher: 'AES-256-GCM';
  kdf: 'PBKDF2-SHA-256';
  iterations: number;
  salt: string;
  iv: string;
}

export class WrongPassphraseError extends Error {
  constructor() {
    super('The passphrase is not right.');
    this.name = 'WrongPassphraseError';
  }
}

async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const subtle = globalThis.crypto.subtle;
  const material = await subtle.importKey('raw', utf8(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return subtle.deriveKey(
    { name: 'PBKDF2', salt: ownBuffer(salt), iterations, hash: 'SHA-256' },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

function random(length: number): Uint8Array<ArrayBuffer> {
  return globalThis.crypto.getRandomValues(new Uint8Array(length));
}

export async function encryptWithPassphrase(
  plain: Uint8Array,
  passphrase: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<{ ciphertext: Uint8Array<ArrayBuffer>; params: EncryptionParams }> {
  if (!passphrase) throw new Error('A passphrase cannot be empty.');
  if (iterations < PBKDF2_ITERATIONS || iterations > MAX_PBKDF2_ITERATIONS)
    throw new Error(`PBKDF2 needs ${PBKDF2_ITERATIONS}–${MAX_PBKDF2_ITERATIONS} iterations`);
  const salt = random(16);
  const iv = random(12);
  const key = await deriveKey(passphrase, salt, iterations);
  const ciphertext = new Uint8Array(
    await globalThis.crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, ownBuffer(plain)),
  );
  return {
    ciphertext,
    params: { cipher: 'AES-256-GCM', kdf: 'PBKDF2-SHA-256', iterations, salt: toHex(salt), iv: toHex(iv) },
  };
}

export async function decryptWithPassphrase(
  ciphertext: Uint8Array,
  passphrase: string,
  params: EncryptionParams,
): Promise<Uint8Array<ArrayBuffer>> {
  // The manifest schema bounds the rounds already; this guards any other caller from a crafted count.
  if (params.iterations < PBKDF2_ITERATIONS || params.iterations > MAX_PBKDF2_ITERATIONS)
    throw new Error('key-derivation rounds out of range');
  const key = await deriveKey(passphrase, fromHex(params.salt), params.iterations);
  try {
    return new Uint8Array(
      await globalThis.crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromHex(params.iv) }, key, ownBuffer(ciphertext)),
    );
  } catch {
    // GCM cannot tell a wrong key from tampering; either way nothing is used. The wrong key is far more likely.
    throw new WrongPassphraseError();
  }
}

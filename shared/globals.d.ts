/**
 * The web-standard globals shared/ may use. They exist in browsers, workers, Electron and Node 20 alike;
 * declaring just these (instead of lib "DOM" or @types/node) keeps the core from reaching for anything else.
 */
declare global {
  type BufferSource = ArrayBuffer | ArrayBufferView<ArrayBuffer>;
  interface CryptoKey {
    readonly type: string;
  }
  /** Only the WebCrypto members shared/sync uses: SHA-256, and AES-256-GCM keyed by PBKDF2-SHA-256. */
  interface SubtleCrypto {
    digest(algorithm: 'SHA-256', data: BufferSource): Promise<ArrayBuffer>;
    importKey(
      format: 'raw',
      keyData: BufferSource,
      algorithm: 'PBKDF2',
      extractable: false,
      keyUsages: ['deriveKey'],
    ): Promise<CryptoKey>;
    deriveKey(
      algorithm: { name: 'PBKDF2'; salt: BufferSource; iterations: number; hash: 'SHA-256' },
      baseKey: CryptoKey,
      derivedKeyType: { name: 'AES-GCM'; length: 256 },
      extractable: false,
      keyUsages: ('encrypt' | 'decrypt')[],
    ): Promise<CryptoKey>;
    encrypt(algorithm: { name: 'AES-GCM'; iv: BufferSource }, key: CryptoKey, data: BufferSource): Promise<ArrayBuffer>;
    decrypt(algorithm: { name: 'AES-GCM'; iv: BufferSource }, key: CryptoKey, data: BufferSource): Promise<ArrayBuffer>;
  }
  interface Crypto {
    getRandomValues<T extends ArrayBufferView>(array: T): T;
    readonly subtle: SubtleCrypto;
  }
  var crypto: Crypto;
  class TextEncoder {
    encode(input?: string): Uint8Array;
  }
  class TextDecoder {
    constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
    decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
  }
}
export {};

/**
 * The web-standard globals shared/ may use. They exist in browsers, workers, Electron and Node 20 alike;
 * declaring just these (instead of lib "DOM" or @types/node) keeps the core from reaching for anything else.
 */
declare global {
  interface Crypto {
    getRandomValues<T extends ArrayBufferView>(array: T): T;
  }
  // eslint-disable-next-line no-var
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

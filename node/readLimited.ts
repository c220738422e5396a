/**
 * Reading a whole file with a size limit: `readFileLimited` refuses files larger than the limit before reading
 * them, and files that change mid-read, each with a message that names the file.
 */
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { translator, type Translator } from '../shared/i18n/translate';

/** A file over the size limit; `message` is English (logs), `describe` words it in a person's language. */
export class FileTooLargeError extends Error {
  constructor(
    readonly fileName: string,
    readonly size: number,
    readonly maxBytes: number,
  ) {
    super('');
    this.message = this.describe();
    this.name = 'FileTooLargeError';
  }

  describe(tr: Translator = translator()): string {
    const megabytes = (bytes: number) =>
      tr.number(bytes / (1024 * 1024), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    return tr.t('files.tooLarge', { file: this.fileName, size: megabytes(this.size), limit: megabytes(this.maxBytes) });
  }
}

/** A file that is not an ordinary file, or changed while it was read; `message` is English (logs). */
export class FileReadError extends Error {
  constructor(
    readonly fileName: string,
    readonly kind: 'not-a-file' | 'changed',
  ) {
    super(
      kind === 'not-a-file'
        ? `"${fileName}" is not a file.`
        : `"${fileName}" changed while it was being read. Try again.`,
    );
    this.name = 'FileReadError';
  }
}

export async function readFileLimited(filePath: string, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const fileName = path.basename(filePath);
  const handle = await fsp.open(filePath, 'r');
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new FileReadError(fileName, 'not-a-file');
    if (stats.size > maxBytes) throw new FileTooLargeError(fileName, stats.size, maxBytes);
    // Exactly the size stat() reported: the bytes cross IPC with their whole ArrayBuffer, so no spare room.
    const bytes = new Uint8Array(stats.size);
    let length = 0;
    while (length < bytes.length) {
      const { bytesRead } = await handle.read(bytes, length, bytes.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    // A file that shrank or grew since stat() is being written by someone else: say so rather than return half.
    const { bytesRead: extra } = await handle.read(new Uint8Array(1), 0, 1, null);
    if (length !== bytes.length || extra !== 0) throw new FileReadError(fileName, 'changed');
    return bytes;
  } finally {
    await handle.close();
  }
}

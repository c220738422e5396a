/**
 * Writing a command's output files: all of them or none (node/atomicWrite.ts), and a file that cannot be written
 * named as the person typed it ("cannot write out/findings.xlsx: its folder does not exist"), in the command's
 * language, exit 2.
 */
import { atomicWriteFiles, FileWriteError, resolveTarget, type WriteData } from '../../node/atomicWrite';
import type { Translator } from '../../shared/i18n/translate';
import { cliError } from '../command';

export interface OutputFile {
  /** The absolute path. */
  path: string;
  /** The path as the person gave it, for messages. */
  shown: string;
  /** The content, or a function that makes it when its turn comes (so one large file is made at a time). */
  data: WriteData | (() => WriteData | Promise<WriteData>);
}

export async function writeOutputFiles(files: readonly OutputFile[], tr: Translator): Promise<void> {
  try {
    await atomicWriteFiles(files);
  } catch (error) {
    if (!(error instanceof FileWriteError)) throw error;
    const file = files.find((f) => f.path === error.target);
    throw cliError(error.describe(file?.shown ?? error.target, tr));
  }
}

/** Refuses, before any work is done, an output that could not be written (a missing folder, a pipe, a device). */
export async function checkOutputFiles(
  files: readonly Pick<OutputFile, 'path' | 'shown'>[],
  tr: Translator,
): Promise<void> {
  for (const file of files) {
    try {
      await resolveTarget(file.path);
    } catch (error) {
      if (error instanceof FileWriteError) throw cliError(error.describe(file.shown, tr));
      throw error;
    }
  }
}

/**
 * The contract every `fieldnotes` subcommand implements, one file each under cli/commands/ (cluster, and later
 * inspect, bundle, import-csv, export, validate). A command parses its own arguments, does its work through
 * shared/, and returns an exit code: 0 done, 2 bad input or usage (one line on stderr naming the problem),
 * 1 something unexpected. Throwing `cliError` is the short way to say "exit 2 with this message".
 * Everything a command prints comes from the message catalogue, in the language dispatch chose (`trOf(io)`).
 */
import type { Locale } from '../shared/i18n/locales';
import { translator, type Translator } from '../shared/i18n/translate';

export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Directory relative paths are resolved against; commands that omit it use process.cwd(). */
  cwd?: string;
  /** The environment the language is chosen from (the bin passes process.env; tests pass what they mean). */
  env?: Readonly<Record<string, string | undefined>>;
  /** The language to speak in, set by dispatch (cli/support/language.ts). */
  tr?: Translator;
  /** The language chosen for the reports a command writes, when one was (`--lang`, FIELDNOTES_LANG). */
  reportLocale?: Locale | null;
}

/** The language a command speaks in: dispatch's choice, English when a command is run on its own. */
export function trOf(io: CliIo): Translator {
  return io.tr ?? translator();
}

export interface Command {
  name: string;
  /** One line for `fieldnotes --help`, in the language given. */
  summary(tr: Translator): string;
  /** The full text of `fieldnotes <name> --help`; without it, --help is passed on to the command. */
  help?(tr: Translator): string;
  run(args: string[], io: CliIo): Promise<number>;
}

/**
 * How a command is listed: its name, and its module loaded only when it runs (or for `--help`), so that
 * `fieldnotes cluster` does not pay for loading the spreadsheet and document writers `export` needs.
 */
export interface CommandEntry {
  name: string;
  load(): Promise<Command>;
}

export const EXIT_OK = 0;
export const EXIT_UNEXPECTED = 1;
export const EXIT_BAD_INPUT = 2;

export interface CliError extends Error {
  exitCode: number;
}

export function cliError(message: string, exitCode = EXIT_BAD_INPUT): CliError {
  return Object.assign(new Error(message), { name: 'CliError', exitCode });
}

export function isCliError(error: unknown): error is CliError {
  return error instanceof Error && error.name === 'CliError';
}

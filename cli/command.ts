/**
 * The contract every `fieldnotes` subcommand implements, one file each under cli/commands/ (cluster, and later
 * inspect, bundle, import-csv, export, validate). A command parses its own arguments, does its work through
 * shared/, and returns an exit code: 0 done, 2 bad input or usage (one line on stderr naming the problem),
 * 1 something unexpected. Throwing `cliError` is the short way to say "exit 2 with this message".
 */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Directory relative paths are resolved against; commands that omit it use process.cwd(). */
  cwd?: string;
}

export interface Command {
  name: string;
  /** One line for `fieldnotes --help`. */
  summary: string;
  /** The full text of `fieldnotes <name> --help`; without it, --help is passed on to the command. */
  help?: string;
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

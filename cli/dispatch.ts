/**
 * `fieldnotes <command> [args]`: finds the command, runs it, and turns what it throws into an exit code and a
 * single line on stderr. Kept apart from the bin entry so tests can call it in-process too.
 */
import {
  EXIT_BAD_INPUT,
  EXIT_OK,
  EXIT_UNEXPECTED,
  isCliError,
  type CliIo,
  type Command,
  type CommandEntry,
} from './command';
import { describeFileError } from './support/fileErrors';
import { safeIo } from './support/output';

export function usage(commands: readonly Pick<Command, 'name' | 'summary'>[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Usage: fieldnotes <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run "fieldnotes <command> --help" for the options of a command.',
    '',
  ].join('\n');
}

export async function dispatch(
  argv: readonly string[],
  entries: readonly CommandEntry[],
  unsafeIo: CliIo,
): Promise<number> {
  // Much of what a command prints comes from other people's files: every write is made safe for a terminal.
  const io = safeIo(unsafeIo);
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const text = usage(await Promise.all(entries.map((entry) => entry.load())));
    (name === undefined ? io.stderr : io.stdout).write(text);
    return name === undefined ? EXIT_BAD_INPUT : EXIT_OK;
  }
  const entry = entries.find((c) => c.name === name);
  if (!entry) {
    io.stderr.write(`fieldnotes: unknown command "${name}"; commands: ${entries.map((c) => c.name).join(', ')}\n`);
    return EXIT_BAD_INPUT;
  }
  const command = await entry.load();
  if (command.help !== undefined && (args.includes('--help') || args.includes('-h'))) {
    io.stdout.write(command.help);
    return EXIT_OK;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (isCliError(error)) {
      io.stderr.write(`fieldnotes ${name}: ${error.message}\n`);
      return error.exitCode;
    }
    // A file that cannot be written or read for a reason the disk or the name explains is bad input, not a bug.
    const fileProblem = describeFileError(error);
    if (fileProblem) {
      io.stderr.write(`fieldnotes ${name}: ${fileProblem}\n`);
      return EXIT_BAD_INPUT;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr.write(`fieldnotes ${name}: unexpected error: ${detail}\n`);
    return EXIT_UNEXPECTED;
  }
}

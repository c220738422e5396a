/**
 * `fieldnotes <command> [args]`: finds the command, runs it, and turns what it throws into an exit code and a
 * single line on stderr. Kept apart from the bin entry so tests can call it in-process too.
 */
import { translator, type Translator } from '../shared/i18n/translate';
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
import { chooseLanguage } from './support/language';
import { safeIo } from './support/output';

export function usage(commands: readonly Pick<Command, 'name' | 'summary'>[], tr: Translator = translator()): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return tr.t('cli.usage', { commands: commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary(tr)}`).join('\n') });
}

export async function dispatch(
  argv: readonly string[],
  entries: readonly CommandEntry[],
  unsafeIo: CliIo,
): Promise<number> {
  const language = chooseLanguage(argv, unsafeIo.env ?? {});
  const tr = translator(language.locale);
  // Much of what a command prints comes from other people's files: every write is made safe for a terminal.
  const io: CliIo = { ...safeIo(unsafeIo), tr, reportLocale: language.reportLocale };
  if (language.unknown !== null) {
    io.stderr.write(tr.t('cli.unknownLanguage', { given: language.unknown }));
    return EXIT_BAD_INPUT;
  }
  const [name, ...args] = language.args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const text = usage(await Promise.all(entries.map((entry) => entry.load())), tr);
    (name === undefined ? io.stderr : io.stdout).write(text);
    return name === undefined ? EXIT_BAD_INPUT : EXIT_OK;
  }
  const entry = entries.find((c) => c.name === name);
  if (!entry) {
    io.stderr.write(tr.t('cli.unknownCommand', { name, commands: entries.map((c) => c.name).join(', ') }));
    return EXIT_BAD_INPUT;
  }
  const command = await entry.load();
  if (command.help !== undefined && (args.includes('--help') || args.includes('-h'))) {
    io.stdout.write(command.help(tr));
    return EXIT_OK;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (isCliError(error)) {
      io.stderr.write(tr.t('cli.failed', { name, message: error.message }));
      return error.exitCode;
    }
    // A file that cannot be written or read for a reason the disk or the name explains is bad input, not a bug.
    const fileProblem = describeFileError(error, tr);
    if (fileProblem) {
      io.stderr.write(tr.t('cli.failed', { name, message: fileProblem }));
      return EXIT_BAD_INPUT;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr.write(tr.t('cli.unexpected', { name, detail }));
    return EXIT_UNEXPECTED;
  }
}

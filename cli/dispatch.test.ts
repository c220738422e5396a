import { describe, expect, it } from 'vitest';
import { cliError, type CliIo, type Command, type CommandEntry } from './command';
import { dispatch } from './dispatch';

function capture(): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: { write: (t: string) => (io.out += t) },
    stderr: { write: (t: string) => (io.err += t) },
  };
  return io;
}

const loaded: string[] = [];
const entry = (command: Command): CommandEntry => ({
  name: command.name,
  load: async () => {
    loaded.push(command.name);
    return command;
  },
});

const commands = [
  entry({ name: 'ok', summary: () => 'succeeds', help: () => 'ok help\n', run: async () => 0 }),
  entry({
    name: 'bad',
    summary: () => 'bad input',
    run: async () => Promise.reject(cliError('notes.csv: line 3: broken')),
  }),
  entry({ name: 'boom', summary: () => 'a bug', run: async () => Promise.reject(new TypeError('x is undefined')) }),
  // Says which language it was given to speak, and which the reports were given.
  entry({
    name: 'speak',
    summary: (tr) => tr.locale,
    run: async (args, io) => {
      io.stdout.write(`${io.tr?.locale} ${io.reportLocale ?? '-'} ${args.join(' ')}`);
      return 0;
    },
  }),
];

describe('dispatch', () => {
  it('runs a command, loading only that one, and returns its exit code', async () => {
    loaded.length = 0;
    expect(await dispatch(['ok'], commands, capture())).toBe(0);
    expect(loaded).toEqual(['ok']);
  });

  it('prints a command’s own help, or passes --help on to a command without one', async () => {
    const io = capture();
    expect(await dispatch(['ok', '--help'], commands, io)).toBe(0);
    expect(io.out).toBe('ok help\n');
    expect(await dispatch(['bad', '--help'], commands, capture())).toBe(2);
  });

  it('turns a CLI error into exit 2 and one line naming the command', async () => {
    const io = capture();
    expect(await dispatch(['bad'], commands, io)).toBe(2);
    expect(io.err).toBe('fieldnotes bad: notes.csv: line 3: broken\n');
  });

  it('turns anything else into exit 1 with the detail', async () => {
    const io = capture();
    expect(await dispatch(['boom'], commands, io)).toBe(1);
    expect(io.err).toMatch(/^fieldnotes boom: the command stopped on an unexpected error, a fault in Fieldnotes\./);
    expect(io.err).toMatch(/\nTechnical detail: TypeError: x is undefined/);
  });

  it('lists the commands for --help, usage for no command, and refuses an unknown one', async () => {
    const help = capture();
    expect(await dispatch(['--help'], commands, help)).toBe(0);
    expect(help.out).toMatch(/ ok {5}succeeds/);
    const none = capture();
    expect(await dispatch([], commands, none)).toBe(2);
    expect(none.err).toMatch(/^Usage: fieldnotes <command>/);
    const unknown = capture();
    expect(await dispatch(['nope'], commands, unknown)).toBe(2);
    expect(unknown.err).toBe('fieldnotes: unknown command "nope"; commands: ok, bad, boom, speak\n');
  });
});

describe('the language the CLI speaks', () => {
  const run = async (argv: string[], env: Record<string, string> = {}) => {
    const io = capture();
    io.env = env;
    const code = await dispatch(argv, commands, io);
    return { code, out: io.out, err: io.err };
  };

  it('is English unless told otherwise, whatever the machine running the tests says', async () => {
    expect((await run(['speak'])).out).toBe('en - ');
  });

  it('takes --lang anywhere on the line, out of the command’s own arguments, for messages and reports', async () => {
    expect((await run(['speak', 'a', '--lang', 'fr-CA', 'b'])).out).toBe('fr-CA fr-CA a b');
    expect((await run(['--lang=fr', 'speak'])).out).toBe('fr-CA fr-CA ');
    expect((await run(['speak', '--lang', 'en'], { FIELDNOTES_LANG: 'fr-CA' })).out).toBe('en en ');
    // After --, a file may be called --lang.
    expect((await run(['speak', '--', '--lang', 'fr'])).out).toBe('en - -- --lang fr');
  });

  it('then FIELDNOTES_LANG, then the system locale (for messages only), the first of LC_ALL, LC_MESSAGES, LANG', async () => {
    expect((await run(['speak'], { FIELDNOTES_LANG: 'fr' })).out).toBe('fr-CA fr-CA ');
    expect((await run(['speak'], { LANG: 'fr_CA.UTF-8' })).out).toBe('fr-CA - ');
    expect((await run(['speak'], { LC_ALL: 'C', LANG: 'fr_CA.UTF-8' })).out).toBe('en - ');
    expect((await run(['speak'], { LC_MESSAGES: 'fr_FR.UTF-8', LANG: 'en_CA.UTF-8' })).out).toBe('fr-CA - ');
    expect((await run(['speak'], { LC_ALL: '', LANG: 'fr_CA.UTF-8' })).out).toBe('fr-CA - ');
  });

  it('prints the usage and errors in French, with the same exit codes', async () => {
    const help = await run(['--help', '--lang', 'fr-CA']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^Utilisation\u00a0: fieldnotes <commande> \[options\]/u);
    expect(help.out).toContain('Commandes\u00a0:');
    expect(help.out).toMatch(/ speak {2}fr-CA/u);
    const none = await run([], { FIELDNOTES_LANG: 'fr-CA' });
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/^Utilisation/u);
    const unknown = await run(['nope'], { LANG: 'fr_CA.UTF-8' });
    expect(unknown.code).toBe(2);
    expect(unknown.err).toBe(
      'fieldnotes\u00a0: commande inconnue «\u00a0nope\u00a0»\u202f; commandes\u00a0: ok, bad, boom, speak\n',
    );
    const boom = await run(['boom', '--lang', 'fr-CA']);
    expect(boom.code).toBe(1);
    expect(boom.err).toMatch(/^fieldnotes boom\u00a0: la commande s’est arrêtée sur une erreur inattendue/u);
    expect(boom.err).toMatch(/Relancez la commande\u202f; .*\nDétail technique\u00a0: TypeError: x is undefined/u);
  });

  it('refuses a language it does not speak, exit 2', async () => {
    const german = await run(['speak', '--lang', 'de']);
    expect(german.code).toBe(2);
    expect(german.err).toBe('fieldnotes: --lang is en or fr-CA, not "de"\n');
    expect(german.out).toBe('');
    expect((await run(['speak', '--lang'])).code).toBe(2);
  });
});

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
  entry({ name: 'ok', summary: 'succeeds', help: 'ok help\n', run: async () => 0 }),
  entry({ name: 'bad', summary: 'bad input', run: async () => Promise.reject(cliError('notes.csv: line 3: broken')) }),
  entry({ name: 'boom', summary: 'a bug', run: async () => Promise.reject(new TypeError('x is undefined')) }),
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
    expect(io.err).toMatch(/^fieldnotes boom: unexpected error: TypeError: x is undefined/);
  });

  it('lists the commands for --help, usage for no command, and refuses an unknown one', async () => {
    const help = capture();
    expect(await dispatch(['--help'], commands, help)).toBe(0);
    expect(help.out).toMatch(/ ok {4}succeeds/);
    const none = capture();
    expect(await dispatch([], commands, none)).toBe(2);
    expect(none.err).toMatch(/^Usage: fieldnotes <command>/);
    const unknown = capture();
    expect(await dispatch(['nope'], commands, unknown)).toBe(2);
    expect(unknown.err).toBe('fieldnotes: unknown command "nope"; commands: ok, bad, boom\n');
  });
});

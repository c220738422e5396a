import { describe, expect, it } from 'vitest';
import { encodingSamples } from './samples';
import { encodeLegacy } from './testing/legacyBytes';
import { englishSurvey } from './testing/realisticExports';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('encoding samples', () => {
  it('shows a Windows survey’s curly quotes right in Windows-1252 and garbled in the others', () => {
    const samples = encodingSamples(encodeLegacy(englishSurvey(), 'windows-1252'));
    const by = Object.fromEntries(samples.map((s) => [s.encoding, s.lines]));
    expect(by['windows-1252']).toHaveLength(3);
    expect(by['windows-1252']!.join(' ')).toMatch(/[’‘“”…]/);
    expect(by['windows-1252']!.join(' ')).not.toMatch(/[íëìîÖ�]/);
    expect(by.macintosh!.join(' ')).toMatch(/[íëìîÖ…]/);
    expect(by['utf-8']!.join(' ')).toContain('�');
  });

  it('cuts long lines around the first non-ASCII character, never inside one', () => {
    const line = `${'a'.repeat(200)} café crème ${'b'.repeat(200)}`;
    const [utf] = encodingSamples(utf8(`Text\r\n${line}\r\n`));
    expect(utf!.lines).toHaveLength(1);
    expect(utf!.lines[0]).toContain('café crème');
    expect(utf!.lines[0]!.length).toBeLessThan(90);
    expect(utf!.lines[0]).not.toMatch(/[\r\n�]/);
  });

  it('has no samples for plain ASCII, and ignores a UTF-8 byte-order mark', () => {
    const samples = encodingSamples(utf8('\uFEFFText\nplain words only\n'));
    expect(samples.map((s) => s.lines)).toEqual([[], [], []]);
  });

  it('gives at most the number of lines asked for', () => {
    const text = Array.from({ length: 10 }, (_, i) => `naïve ${i}`).join('\n');
    expect(encodingSamples(utf8(text), 2)[0]!.lines).toEqual(['naïve 0', 'naïve 1']);
  });
});

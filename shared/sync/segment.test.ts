import { describe, expect, it } from 'vitest';
import type { ChangeRecord } from '../changes/change';
import { utf8, concatBytes } from './bytes';
import { parseSegmentName } from './layout';
import { encodeSegment, parseSegment } from './segment';
import { DEVICE, PROJECT, sampleChanges } from './fixtures.testkit';

const header = {
  deviceId: DEVICE,
  deviceName: 'Maria’s laptop',
  projectId: PROJECT,
  seq: 7,
  createdAt: '2026-03-01T09:00:00.000Z',
};

describe('segments', () => {
  it('round-trips changes and names the file by its hash', async () => {
    const changes = sampleChanges(3);
    const segment = await encodeSegment(header, changes);
    expect(parseSegmentName(segment.name)).toEqual({ seq: 7, hash: segment.sha256.slice(0, 16) });
    const parsed = await parseSegment(segment.bytes, segment.sha256.slice(0, 16));
    expect(parsed.ok && parsed.changes).toEqual(changes);
    expect(parsed.ok && parsed.header).toMatchObject({
      format: 'fieldnotes.segment',
      schema: '1.0',
      seq: 7,
      deviceName: 'Maria’s laptop',
    });
  });

  it('treats every incomplete or foreign file as a fault, never as content', async () => {
    const { bytes, sha256 } = await encodeSegment(header, sampleChanges(5));
    const hash = sha256.slice(0, 16);
    const inBody = bytes.indexOf(0x0a) + 30;
    const cases: [Uint8Array, string][] = [
      [new Uint8Array(0), 'empty'],
      [new Uint8Array(bytes.length), 'placeholder'],
      [bytes.slice(0, bytes.length - 10), 'truncated'],
      [bytes.slice(0, bytes.lastIndexOf(0x0a, bytes.length - 2) + 1), 'truncated'],
      [concatBytes([bytes.slice(0, inBody), utf8('X'), bytes.slice(inBody + 1)]), 'damaged'],
      [concatBytes([bytes.slice(0, inBody), new Uint8Array([0xff, 0xfe]), bytes.slice(inBody + 2)]), 'damaged'],
      [utf8('hello\nworld\n'), 'not-a-segment'],
    ];
    for (const [input, fault] of cases) {
      const parsed = await parseSegment(input, hash);
      expect(parsed.ok ? 'ok' : parsed.fault, fault).toBe(fault);
    }
    const renamed = await parseSegment(bytes, 'ffffffffffffffff');
    expect(renamed.ok).toBe(false);
  });

  it('parks a newer major version and reads a newer minor', async () => {
    const newer = utf8(
      JSON.stringify({ format: 'fieldnotes.segment', schema: '2.0', ...header }) +
        '\n{"count":0,"sha256":"' +
        '0'.repeat(64) +
        '"}\n',
    );
    const parsed = await parseSegment(newer);
    expect(parsed.ok ? 'ok' : parsed.fault).toBe('newer-version');

    const { sha256Hex } = await import('./bytes');
    const body = utf8(
      JSON.stringify({ format: 'fieldnotes.segment', schema: '1.3', futureField: true, ...header }) + '\n',
    );
    const minor = concatBytes([body, utf8(JSON.stringify({ count: 0, sha256: await sha256Hex(body) }) + '\n')]);
    expect((await parseSegment(minor)).ok).toBe(true);
  });

  it('skips and counts invalid lines in a verified file', async () => {
    const changes = sampleChanges(2);
    const broken = { ...changes[1]!, hlc: 'yesterday' };
    const segment = await encodeSegment(header, [changes[0]!, broken as ChangeRecord]);
    const parsed = await parseSegment(segment.bytes);
    expect(parsed.ok && parsed.changes).toHaveLength(1);
    expect(parsed.ok && parsed.invalid).toBe(1);
  });
});

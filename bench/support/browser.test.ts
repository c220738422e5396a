/** The benchmark port: BENCH_PORT when set, 4399 otherwise, the baseline's port after it; nonsense refused. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { benchPort } from './browser';

afterEach(() => vi.unstubAllEnvs());

describe('benchPort', () => {
  it('is 4399 when BENCH_PORT is unset', () => {
    vi.stubEnv('BENCH_PORT', undefined);
    expect(benchPort()).toBe(4399);
    expect(benchPort(1)).toBe(4400);
  });

  it('follows BENCH_PORT, so a second run can serve beside the first', () => {
    vi.stubEnv('BENCH_PORT', '4414');
    expect(benchPort()).toBe(4414);
    expect(benchPort(1)).toBe(4415);
  });

  it('refuses a BENCH_PORT that is no port', () => {
    vi.stubEnv('BENCH_PORT', 'board');
    expect(() => benchPort()).toThrow(/BENCH_PORT must be a port number/);
    vi.stubEnv('BENCH_PORT', '65535');
    expect(() => benchPort(1)).toThrow(/BENCH_PORT/);
  });
});

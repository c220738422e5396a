/**
 * The scan hook without a Worker (jsdom): it reports progress as it goes, finishes with the matches, and a cancel
 * stops it for good (no late "done" overwrites the cancel).
 */
import { describe, expect, it } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { bigProject, smallProject } from '../../tests/support/fixtures';
import { usePiiScan } from './usePiiScan';

describe('usePiiScan', () => {
  it('reports progress, then the matches', async () => {
    const { result } = renderHook(() => usePiiScan());
    act(() => result.current.start(smallProject().snapshot, false));
    expect(result.current.state.status).toBe('running');
    await waitFor(() => expect(result.current.state.status).toBe('done'));
    const state = result.current.state;
    expect(state.status === 'done' && state.matches.map((m) => m.kind).sort()).toEqual([
      'address',
      'email',
      'phone',
      'postal-code',
    ]);
  });

  it('stops when cancelled and stays cancelled', async () => {
    const { result } = renderHook(() => usePiiScan());
    act(() => result.current.start(bigProject(4000, 20), true));
    await waitFor(() => expect(result.current.state).toMatchObject({ status: 'running', total: expect.any(Number) }));
    act(() => result.current.cancel());
    expect(result.current.state.status).toBe('cancelled');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(result.current.state.status).toBe('cancelled');
  });
});

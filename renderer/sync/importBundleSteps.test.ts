import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../data/sync';
import { importBundleReducer, initialImportState, type ImportEvent, type ImportState } from './importBundleSteps';

// The reducer carries the preview from step to step without reading it.
const preview = { summary: ['3 new notes.'] } as unknown as ImportPreview;
const bytes = new Uint8Array([1, 2, 3]);

const run = (events: ImportEvent[], from: ImportState = initialImportState) => events.reduce(importBundleReducer, from);

describe('importBundleReducer', () => {
  it('reads a plain bundle into its preview: busy while reading, quiet after', () => {
    const reading = run([{ type: 'choosing' }, { type: 'fileChosen' }, { type: 'reading', unlocking: false }]);
    expect(reading.busy).toBe('Reading the bundle…');
    expect(reading.step).toEqual({ name: 'choose' });
    const read = importBundleReducer(reading, { type: 'read', fileName: 'a.fieldnotes', preview });
    expect(read).toEqual({ ...initialImportState, step: { name: 'preview', fileName: 'a.fieldnotes', preview } });
  });

  it('asks for the passphrase of a locked bundle, refuses an empty one, and unlocks with a typed one', () => {
    const locked = run([{ type: 'fileChosen' }, { type: 'locked', fileName: 'k.fieldnotes', bytes }]);
    expect(locked.step).toEqual({ name: 'passphrase', fileName: 'k.fieldnotes', bytes });
    const empty = importBundleReducer(locked, { type: 'passphraseMissing' });
    expect(empty.error).toBe('Enter the passphrase you were given with this bundle.');
    expect(empty.step).toBe(locked.step);
    const unlocking = run(
      [
        { type: 'passphraseTyped', value: 'correct horse' },
        { type: 'reading', unlocking: true },
      ],
      empty,
    );
    expect(unlocking).toMatchObject({ busy: 'Unlocking the bundle…', error: null, passphrase: 'correct horse' });
  });

  it('a bundle that turns out to need a passphrase while reading moves to that step and stops being busy', () => {
    const state = run([
      { type: 'reading', unlocking: false },
      { type: 'locked', fileName: 'k.fieldnotes', bytes },
    ]);
    expect(state).toMatchObject({ busy: null, step: { name: 'passphrase' } });
  });

  it('forgets a passphrase typed for an earlier file when the next file is chosen', () => {
    const typed = run([
      { type: 'locked', fileName: 'k.fieldnotes', bytes },
      { type: 'passphraseTyped', value: 'old one' },
    ]);
    expect(importBundleReducer(typed, { type: 'fileChosen' }).passphrase).toBe('');
  });

  it('a refusal stays on the same step with its message, and the next attempt clears it', () => {
    const failed = run([
      { type: 'reading', unlocking: true },
      { type: 'failed', message: 'Wrong passphrase.' },
    ]);
    expect(failed).toMatchObject({ busy: null, error: 'Wrong passphrase.', step: { name: 'choose' } });
    expect(importBundleReducer(failed, { type: 'choosing' }).error).toBeNull();
    expect(importBundleReducer(failed, { type: 'reading', unlocking: true }).error).toBeNull();
    expect(importBundleReducer(failed, { type: 'importing' }).error).toBeNull();
  });

  it('an import that would remove many items waits for the tick, then imports', () => {
    const previewing = run([{ type: 'read', fileName: 'a.fieldnotes', preview }]);
    const importing = importBundleReducer(previewing, { type: 'importing' });
    expect(importing.busy).toBe('Importing…');
    const held = importBundleReducer(importing, { type: 'removalsUnconfirmed' });
    expect(held).toMatchObject({ busy: null, step: { name: 'preview' }, confirmRemovals: false });
    expect(held.error).toMatch(/^This import would remove many items\. Tick the box to confirm/);
    const done = run(
      [
        { type: 'removalsConfirmed', value: true },
        { type: 'importing' },
        { type: 'imported', projectId: 'p1', projectName: 'Safety plan', message: 'Imported into “Safety plan”.' },
      ],
      held,
    );
    expect(done).toMatchObject({
      busy: null,
      error: null,
      confirmRemovals: true,
      step: { name: 'done', projectId: 'p1', projectName: 'Safety plan', message: 'Imported into “Safety plan”.' },
    });
  });

  it('opening the dialog again starts from nothing: no step, error, passphrase or tick carried over', () => {
    const used = run([
      { type: 'locked', fileName: 'k.fieldnotes', bytes },
      { type: 'passphraseTyped', value: 'secret' },
      { type: 'removalsConfirmed', value: true },
      { type: 'failed', message: 'Damaged.' },
    ]);
    expect(importBundleReducer(used, { type: 'opened' })).toEqual(initialImportState);
  });
});

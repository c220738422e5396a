/**
 * Commands refuse with words kept as data, so the same refusal is said in whatever language the app has when it is
 * shown (architecture: Languages), and survives the structured clone the capture worker's answer goes through.
 */
import { describe, expect, it } from 'vitest';
import { translator } from '../../shared/i18n/translate';
import { freshRunner, projectWithSession } from './testing';
import { addNote } from './commands/notes';
import { createMasterTheme } from './commands/findings';
import { DataError, describeError } from './errors';

const fr = translator('fr-CA');

async function refusal(promise: Promise<unknown>): Promise<DataError> {
  const error = await promise.then(
    () => expect.unreachable('the command should refuse'),
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(DataError);
  return error as DataError;
}

describe('command refusals in the app language', () => {
  it('says an empty note in English for logs and in French when shown', async () => {
    const { runner } = freshRunner();
    const { session } = await projectWithSession(runner);
    const error = await refusal(addNote(runner, { sessionId: session.id, text: '   ' }));
    expect(error.message).toBe('A note cannot be empty.');
    expect(describeError(error, fr)).toBe('Une note ne peut pas être vide.');
  });

  it('names the record with its French gender when a validation or a lookup fails', async () => {
    const { runner } = freshRunner();
    const { session } = await projectWithSession(runner);
    const badQuestion = runner.run({ id: 'commands.addQuestion', subject: 'question' }, (ctx) =>
      ctx.insert('questions', { id: 'q', projectId: session.projectId, text: '', order: 1 }),
    );
    expect(describeError(await refusal(badQuestion), fr)).toMatch(/^La question n’est pas valide/);
    const gone = await refusal(addNote(runner, { sessionId: 'no-such-session', text: 'hello' }));
    expect(gone.message).toBe('That session no longer exists.');
    expect(describeError(gone, fr)).toBe('Cette séance n’existe plus.');
  });

  it('keeps a name a person typed as it is inside the French sentence, also after a structured clone', async () => {
    const { runner } = freshRunner();
    const { project } = await projectWithSession(runner);
    await createMasterTheme(runner, project.id, { name: 'Sécurité' });
    const error = await refusal(createMasterTheme(runner, project.id, { name: 'Sécurité' }));
    const cloned = new DataError(error.code, structuredClone(error.words));
    expect(describeError(cloned, fr)).toBe('Il y a déjà un thème maître nommé «\u00a0Sécurité\u00a0».');
  });
});

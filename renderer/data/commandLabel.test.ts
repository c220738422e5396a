import { describe, expect, it } from 'vitest';
import { translator } from '../../shared/i18n/translate';
import { labelText } from './commandLabel';
import { freshRunner, projectWithSession } from './testing';
import { createTheme, mergeThemes } from './commands/board';

describe('command labels', () => {
  it('are said in the language asked for, with the names a person typed left as typed', async () => {
    const { runner } = freshRunner();
    const { project, session } = await projectWithSession(runner);
    const make = (name: string) => createTheme(runner, { projectId: project.id, sessionId: session.id, name });
    const [buses, parks, lights] = [await make('Buses'), await make('Parks'), await make('Lights')];
    const created = runner.history().undo.at(-1)!;
    expect(labelText(translator('en'), created)).toBe('Create theme “Lights”');
    expect(labelText(translator('fr-CA'), created)).toBe('Créer le thème «\u00a0Lights\u00a0»');

    await mergeThemes(runner, buses.id, [parks.id, lights.id]);
    const merged = runner.history().undo.at(-1)!;
    expect(labelText(translator('en'), merged)).toBe('Merge 3 themes');
    expect(labelText(translator('fr-CA'), merged)).toBe('Fusionner 3 thèmes');
  });
});

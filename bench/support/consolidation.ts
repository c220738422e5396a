/**
 * The consolidation benchmarks' bundles (bench/consolidate.bench.ts in Node, bench/syncBrowser.bench.ts in
 * Chromium): the PMT's kit, then facilitators who each import it, run one session of notes in 5 themes, and
 * export it. Made through the app's real commands and export on fake-indexeddb (the caller imports it).
 */
import { newId } from '../../shared/domain/ids';
import { FieldnotesDb } from '../../renderer/data/db';
import { createCommandRunner } from '../../renderer/data/commandRunner';
import { createProject } from '../../renderer/data/commands/projects';
import { createSession } from '../../renderer/data/commands/sessions';
import { applyBundleImport, exportBundle, previewBundleImport } from '../../renderer/data/sync';

const WORDS = ['lighting', 'transit', 'parking', 'youth', 'housing', 'police', 'park', 'drugs', 'seniors', 'shelter'];
let dbCounter = 0;
export const freshDb = () => new FieldnotesDb(`consolidate-${process.pid}-${dbCounter++}`);

export async function importInto(db: FieldnotesDb, bytes: Uint8Array) {
  const runner = createCommandRunner(db);
  const preview = await previewBundleImport(db, bytes);
  await applyBundleImport(runner, preview, { confirmRemovals: true });
  return runner;
}

export async function makeBundles(count: number, notes: number): Promise<{ kit: Uint8Array; bundles: Uint8Array[] }> {
  const pmt = createCommandRunner(freshDb());
  const project = await createProject(pmt, { name: 'Community Safety Plan', templateId: 'community-safety-plan' });
  const kit = (await exportBundle(pmt, { kind: 'kit', projectId: project.id }, { deviceName: 'PMT' })).bytes;
  const bundles: Uint8Array[] = [];
  for (let b = 0; b < count; b++) {
    const runner = await importInto(freshDb(), kit);
    const session = await createSession(runner, project.id, { title: `Session ${b + 1}` });
    await runner.run({ id: 'commands.addNote' }, async (ctx) => {
      const themeIds: string[] = [];
      for (let t = 0; t < 5; t++) {
        const theme = await ctx.insert('themes', {
          id: newId(),
          projectId: project.id,
          sessionId: session.id,
          name: `${WORDS[(b + t) % WORDS.length]} concerns`,
          color: '#1D4ED8',
        });
        themeIds.push(theme.id);
      }
      for (let n = 0; n < notes; n++) {
        await ctx.insert('notes', {
          id: newId(),
          projectId: project.id,
          sessionId: session.id,
          text: `Note ${n} from session ${b + 1}: ${WORDS[n % WORDS.length]} and ${WORDS[(n * 7) % WORDS.length]} near the plaza`,
          themeId: themeIds[n % themeIds.length]!,
        });
      }
    });
    const exported = await exportBundle(
      runner,
      { kind: 'sessions', projectId: project.id, sessionIds: [session.id] },
      { deviceName: `Facilitator ${b + 1}` },
    );
    bundles.push(exported.bytes);
  }
  return { kit, bundles };
}

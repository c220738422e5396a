/**
 * A real sync folder holding one project made by the app's own commands (on fake-indexeddb), for benchmarks that run
 * the built `fieldnotes` bin against a folder: the project "Safety plan" with its template's questions and groups.
 */
import 'fake-indexeddb/auto';
import { createProject } from '../../renderer/data/commands/projects';
import { closeReplicas, createReplica } from '../../renderer/data/sync/replica.testkit';
import { syncProject } from '../../renderer/data/sync/syncProject';
import { createNodeSyncFolder } from '../../node/sync';

export const PROJECT_NAME = 'Safety plan';

export async function syncFolderWithProject(folder: string): Promise<void> {
  const replica = createReplica('bench', Date.now());
  try {
    const project = await createProject(replica.runner, { name: PROJECT_NAME, templateId: 'community-safety-plan' });
    await syncProject({ runner: replica.runner, port: createNodeSyncFolder(folder), deviceName: 'Bench' }, project.id);
  } finally {
    await closeReplicas(replica);
  }
}

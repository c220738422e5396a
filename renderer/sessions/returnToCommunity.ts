/**
 * "Return to community": one zip for the community to keep, holding the session's bundle (its records for the
 * Fieldnotes app, the community rule lifted for this session alone) and the readable report as HTML and Word,
 * in the language chosen for it.
 */
import { buildCommunityReturn, communityReturnBaseName, RETURN_FLAG_POLICY } from '../../shared/export/communityReturn';
import { zipExports } from '../../shared/export/all';
import type { Locale } from '../../shared/i18n/locales';
import { translator } from '../../shared/i18n/translate';
import { planExport } from '../../shared/privacy/plan';
import type { CommandRunner } from '../data/commandRunner';
import { loadFindingsSnapshot } from '../data/findingsSnapshot';
import { DataError } from '../data/errors';
import { exportBundle, loadDeviceName } from '../data/sync';
import { getPlatform, type SaveFileResult } from '../platform';
import { msg } from '../ui/i18n';

export async function returnToCommunity(
  runner: CommandRunner,
  projectId: string,
  sessionId: string,
  locale: Locale,
): Promise<SaveFileResult> {
  const snapshot = await loadFindingsSnapshot(runner.db, projectId);
  if (!snapshot) throw new DataError('not-found', { id: 'sessions.community.projectGone' });
  const plan = planExport(snapshot, { communityReturn: sessionId, flags: RETURN_FLAG_POLICY });
  const tr = translator(locale);
  const report = buildCommunityReturn(plan, sessionId, tr);
  const name = communityReturnBaseName(plan, sessionId, tr);
  const [{ writeModelHtml }, { writeModelDocx }] = await Promise.all([
    import('../../shared/export/html'),
    import('../../shared/export/docx'),
  ]);
  const bundle = await exportBundle(
    runner,
    { kind: 'sessions', projectId, sessionIds: [sessionId] },
    { deviceName: await loadDeviceName(runner.db), returning: [sessionId] },
  );
  const files = [
    { name: `${name}.html`, data: new TextEncoder().encode(writeModelHtml(report, 'Fieldnotes')) },
    {
      name: `${name}.docx`,
      data: await writeModelDocx(report, { generator: 'Fieldnotes' }),
    },
    { name: `${name}.fieldnotes`, data: bundle.bytes },
  ];
  return getPlatform().saveFile({
    suggestedName: `${name}.zip`,
    data: zipExports(name, files),
    mimeType: 'application/zip',
    filters: [{ name: msg('sessions.community.zipType'), extensions: ['zip'] }],
  });
}

/**
 * The findings screen: findings by the project's framework, the coverage matrix, the mapping of session
 * themes to master themes, the project's memos, and the export with its privacy gate. One live snapshot feeds them;
 * the level (session themes or the PMT's consolidated master themes) applies to findings, coverage and export.
 */
import { useT } from '../ui/i18n';
import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import type { ReportLevel } from '../../shared/findings/levels';
import { useData } from '../app/DataContext';
import { routePath } from '../app/router';
import { ProjectNotFound } from '../ui/NotFound';
import { CoveragePanel } from './CoveragePanel';
import { ExportPanel } from './ExportPanel';
import { FindingsPanel } from './FindingsPanel';
import { loadFindingsSnapshot } from '../data/findingsSnapshot';
import { deviceNamer } from '../data/deviceNamer';
import { MappingPanel } from './MappingPanel';
import { ProjectMemos } from '../memos';
import { LevelChoice } from './LevelChoice';
import './findings.css';
import { buildView, defaultLevel, levelCounts } from './view';

export function FindingsScreen({ projectId }: { projectId: string }) {
  const { db } = useData();
  const [levelChoice, setLevelChoice] = useState<ReportLevel | null>(null);
  const [tab, setTab] = useState<string>('findings');
  const { t } = useT();
  const snapshot = useLiveQuery(
    async () => (await loadFindingsSnapshot(db, projectId, await deviceNamer(db, projectId))) ?? null,
    [db, projectId],
  );
  const counts = useMemo(() => (snapshot ? levelCounts(snapshot) : null), [snapshot]);
  const level: ReportLevel = levelChoice ?? (counts ? defaultLevel(counts) : 'session');
  // The view is rebuilt only when the data or the level changes, not on every render (tab switches, typing).
  const view = useMemo(
    () => (snapshot ? buildView(snapshot, level, new Date().toISOString()) : null),
    [snapshot, level],
  );

  if (snapshot === undefined) return null;
  if (snapshot === null || !view || !counts) return <ProjectNotFound />;

  return (
    <section className="screen findings-screen">
      <h1>{t('findings.title', { project: snapshot.project.name })}</h1>
      <p className="muted">
        {t('findings.counts', {
          sessions: snapshot.sessions.length,
          notes: snapshot.notes.length,
          themes: snapshot.themes.length,
          findings: snapshot.findings.length,
        })}
      </p>
      <p>
        <a href={routePath({ name: 'workshop', projectId })}>{t('finding.workshopLink')}</a>
      </p>
      <LevelChoice counts={counts} level={level} onChange={setLevelChoice} />
      <Tabs selectedKey={tab} onSelectionChange={(key) => setTab(String(key))} className="findings-tabs">
        <TabList aria-label={t('findings.views')} className="tab-list">
          <Tab id="findings" className="tab">
            {t('findings.tab.findings')}
          </Tab>
          <Tab id="coverage" className="tab">
            {t('findings.tab.coverage')}
          </Tab>
          <Tab id="mapping" className="tab">
            {t('findings.tab.mapping')}
          </Tab>
          <Tab id="memos" className="tab">
            {t('findings.tab.memos')}
          </Tab>
          <Tab id="export" className="tab">
            {t('findings.tab.export')}
          </Tab>
        </TabList>
        <TabPanel id="findings" className="tab-panel">
          <FindingsPanel snapshot={snapshot} view={view} level={level} />
        </TabPanel>
        <TabPanel id="coverage" className="tab-panel">
          <CoveragePanel view={view} level={level} />
        </TabPanel>
        <TabPanel id="mapping" className="tab-panel">
          <MappingPanel snapshot={snapshot} />
        </TabPanel>
        <TabPanel id="memos" className="tab-panel">
          <ProjectMemos snapshot={snapshot} />
        </TabPanel>
        <TabPanel id="export" className="tab-panel">
          <ExportPanel projectId={projectId} level={level} />
        </TabPanel>
      </Tabs>
    </section>
  );
}

/**
 * The project's memos in one place (the findings screen's Memos tab): a form for a memo on the project as a whole,
 * and every memo of the project, newest first, each saying what it is about, who wrote it and when.
 */
import { useMemo } from 'react';
import type { Memo } from '../../shared/domain/schemas';
import type { FindingsSnapshot } from '../../shared/findings/snapshot';
import { useT } from '../ui/i18n';
import { MemoForm } from './MemoForm';
import { MemoList } from './MemoList';
import { useMemoEditing } from './useMemoEditing';
import { useProjectMemos } from './useMemos';

/** A note named by its first words, as the outline shows it. */
function firstWords(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}

export function ProjectMemos({ snapshot }: { snapshot: FindingsSnapshot }) {
  const { t } = useT();
  const projectId = snapshot.project.id;
  const view = useProjectMemos(projectId);
  const { editing, setEditing, save, remove } = useMemoEditing(projectId, 'project', null);
  const aboutOf = useMemo(() => {
    const themes = new Map(snapshot.themes.map((th) => [th.id, th.name]));
    const notes = new Map(snapshot.notes.map((n) => [n.id, firstWords(n.text)]));
    const sessions = new Map(snapshot.sessions.map((s) => [s.id, s.title]));
    return (memo: Memo): string => {
      const id = memo.targetId ?? '';
      switch (memo.target) {
        case 'project':
          return t('memos.about.project');
        case 'theme':
          return t('memos.about.theme', { name: themes.get(id) ?? t('memos.about.gone') });
        case 'note':
          return t('memos.about.note', { name: notes.get(id) ?? t('memos.about.gone') });
        case 'session':
          return t('memos.about.session', { name: sessions.get(id) ?? t('memos.about.gone') });
      }
    };
  }, [snapshot, t]);

  return (
    <section aria-labelledby="project-memos-heading" className="project-memos">
      <h2 id="project-memos-heading">{t('memos.project.heading')}</h2>
      <p className="muted">{t('memos.project.intro')}</p>
      <MemoForm
        key={editing?.id ?? 'new'}
        editing={editing ?? undefined}
        onSave={save}
        onCancelEdit={() => setEditing(null)}
      />
      <h3>{t('memos.written', { count: view?.memos.length ?? 0 })}</h3>
      {view ? (
        <MemoList
          memos={view.memos}
          authorOf={view.authorOf}
          aboutOf={aboutOf}
          editingId={editing?.id ?? null}
          onEdit={setEditing}
          onDelete={remove}
        />
      ) : (
        <p className="muted">{t('memos.reading')}</p>
      )}
    </section>
  );
}

/** Adding, editing and deleting memos from a screen: one command each, success announced, failure shown. */
import { useState } from 'react';
import type { Memo, MemoTarget } from '../../shared/domain/schemas';
import { useAct } from '../app/useAct';
import { useData } from '../app/DataContext';
import { addMemo, deleteMemo, editMemo } from '../data/commands/memos';
import { useT } from '../ui/i18n';

export function useMemoEditing(projectId: string, target: MemoTarget, targetId: string | null) {
  const { runner } = useData();
  const act = useAct();
  const { t } = useT();
  const [editing, setEditing] = useState<Memo | null>(null);

  const save = async (words: { title: string; text: string }): Promise<boolean> => {
    if (editing) {
      const done = await act(editMemo(runner, editing.id, words), t('memos.saved'));
      if (done) setEditing(null);
      return done !== undefined;
    }
    const done = await act(addMemo(runner, { projectId, target, targetId, ...words }), t('memos.added'));
    return done !== undefined;
  };

  const remove = (memo: Memo) => {
    if (editing?.id === memo.id) setEditing(null);
    void act(deleteMemo(runner, memo.id), t('memos.deleted'));
  };

  return { editing, setEditing, save, remove };
}

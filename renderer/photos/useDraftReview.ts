/**
 * What the draft review does, apart from how it looks: confirming a line makes a note (one command), dropping
 * forgets it, and focus moves to the next line left. On a row: Enter confirms, F2 (or E) edits, Delete drops,
 * ↑ ↓ move between rows.
 */
import { useRef, useState, type KeyboardEvent } from 'react';
import type { Photo } from '../../shared/domain/schemas';
import { addNotesFromPhoto } from '../data/commands/photos';
import { useData } from '../app/DataContext';
import { useAct } from '../app/useAct';
import { announce } from '../app/announce';
import { useT } from '../ui/i18n';
import type { Draft } from './draft';

export function useDraftReview(photo: Photo, drafts: Draft[], onChange: (drafts: Draft[]) => void) {
  const { t } = useT();
  const { runner } = useData();
  const act = useAct();
  const [editing, setEditing] = useState<number | null>(null);
  const [active, setActive] = useState<number | null>(drafts[0]?.key ?? null);
  const rows = useRef(new Map<number, HTMLLIElement>());

  const focusRow = (key: number) => rows.current.get(key)?.focus();
  const removeAndFocusNext = (draft: Draft) => {
    const index = drafts.indexOf(draft);
    const remaining = drafts.filter((d) => d.key !== draft.key);
    onChange(remaining);
    const next = remaining[Math.min(index, remaining.length - 1)];
    setActive(next?.key ?? null);
    if (next) requestAnimationFrame(() => focusRow(next.key));
  };

  const confirm = async (draft: Draft, text: string) => {
    const notes = await act(
      addNotesFromPhoto(runner, photo.id, [{ text, region: draft.region }]),
      t('photos.review.noteAdded'),
    );
    if (!notes) return;
    setEditing(null);
    removeAndFocusNext(draft);
  };
  const drop = (draft: Draft) => {
    removeAndFocusNext(draft);
    announce(t('photos.review.dropped', { text: draft.text }));
  };
  const cancelEdit = (draft: Draft) => {
    setEditing(null);
    focusRow(draft.key);
  };

  const onRowKey = (event: KeyboardEvent<HTMLLIElement>, draft: Draft, index: number) => {
    if (event.target !== event.currentTarget) return;
    const move = (to: number) => {
      const target = drafts[to];
      if (!target) return;
      event.preventDefault();
      setActive(target.key);
      focusRow(target.key);
    };
    if (event.key === 'Enter') {
      event.preventDefault();
      void confirm(draft, draft.text);
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      drop(draft);
    } else if (event.key === 'F2' || event.key === 'e') {
      event.preventDefault();
      setEditing(draft.key);
    } else if (event.key === 'ArrowDown') move(index + 1);
    else if (event.key === 'ArrowUp') move(index - 1);
  };

  const register = (key: number) => (el: HTMLLIElement | null) => {
    if (el) rows.current.set(key, el);
    else rows.current.delete(key);
  };

  return { editing, setEditing, active, setActive, confirm, drop, cancelEdit, onRowKey, register };
}

/**
 * Review of the lines recognised on one photo, keyboard first: each line is a draft in a list. On a draft, Enter
 * makes it a note, F2 (or E) edits its text in place (Enter then saves it as a note, Escape goes back), Delete
 * drops it, and the arrow keys move between drafts. The draft's box is outlined on the photo beside the list.
 */
import { useRef, useState, type KeyboardEvent } from 'react';
import type { Photo } from '../../shared/domain/schemas';
import type { DraftLine } from '../../shared/photos/ocrLines';
import { addNotesFromPhoto } from '../data/commands/photos';
import { useData } from '../app/DataContext';
import { useAct } from '../app/useAct';
import { announce } from '../app/announce';
import { usePhotoUrl } from './photoUrl';

export interface Draft extends DraftLine {
  key: number;
}

export function DraftReview({
  photo,
  drafts,
  onChange,
}: {
  photo: Photo;
  drafts: Draft[];
  onChange(drafts: Draft[]): void;
}) {
  const { runner } = useData();
  const act = useAct();
  const url = usePhotoUrl(photo);
  const [editing, setEditing] = useState<number | null>(null);
  const [active, setActive] = useState<number | null>(drafts[0]?.key ?? null);
  const rows = useRef(new Map<number, HTMLLIElement>());

  const focusAfter = (index: number, remaining: Draft[]) => {
    const next = remaining[Math.min(index, remaining.length - 1)];
    setActive(next?.key ?? null);
    if (next) requestAnimationFrame(() => rows.current.get(next.key)?.focus());
  };
  const without = (key: number) => drafts.filter((d) => d.key !== key);

  const confirm = async (draft: Draft, text: string) => {
    const note = await act(
      addNotesFromPhoto(runner, photo.id, [{ text, region: draft.region }]),
      'Note added from the photo',
    );
    if (!note) return;
    const index = drafts.indexOf(draft);
    const remaining = without(draft.key);
    setEditing(null);
    onChange(remaining);
    focusAfter(index, remaining);
  };
  const drop = (draft: Draft) => {
    const index = drafts.indexOf(draft);
    const remaining = without(draft.key);
    onChange(remaining);
    announce(`Dropped “${draft.text}”`);
    focusAfter(index, remaining);
  };

  const onRowKey = (event: KeyboardEvent<HTMLLIElement>, draft: Draft, index: number) => {
    if (event.target !== event.currentTarget) return;
    const move = (to: number) => {
      const target = drafts[to];
      if (!target) return;
      event.preventDefault();
      setActive(target.key);
      rows.current.get(target.key)?.focus();
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

  const shown = drafts.find((d) => d.key === active) ?? drafts[0];
  return (
    <div className="draft-review">
      <div className="draft-photo">
        <img src={url} alt={photo.caption || 'The photo being reviewed'} />
        {shown && (
          <div
            className="draft-box"
            aria-hidden="true"
            style={{
              left: `${(shown.region.x / photo.width) * 100}%`,
              top: `${(shown.region.y / photo.height) * 100}%`,
              width: `${(shown.region.w / photo.width) * 100}%`,
              height: `${(shown.region.h / photo.height) * 100}%`,
            }}
          />
        )}
      </div>
      <div className="draft-list-wrap">
        <p className="muted" id={`draft-help-${photo.id}`}>
          Enter makes a line a note · F2 edits it · Delete drops it · ↑ ↓ move. Handwriting may need fixing: check each
          line against the photo.
        </p>
        {drafts.length === 0 ? (
          <p>No lines left to review.</p>
        ) : (
          <ol className="draft-list" aria-label="Recognised lines" aria-describedby={`draft-help-${photo.id}`}>
            {drafts.map((draft, index) => (
              <li
                key={draft.key}
                ref={(el) => {
                  if (el) rows.current.set(draft.key, el);
                  else rows.current.delete(draft.key);
                }}
                tabIndex={(active ?? drafts[0]!.key) === draft.key ? 0 : -1}
                aria-label={`${draft.text}, confidence ${draft.confidence}%`}
                className={draft.confidence < 70 ? 'draft low' : 'draft'}
                onFocus={() => setActive(draft.key)}
                onKeyDown={(event) => onRowKey(event, draft, index)}
              >
                {editing === draft.key ? (
                  <DraftEditor
                    draft={draft}
                    onSave={(text) => void confirm(draft, text)}
                    onCancel={() => {
                      setEditing(null);
                      rows.current.get(draft.key)?.focus();
                    }}
                  />
                ) : (
                  <>
                    <span className="draft-text">{draft.text}</span>
                    <span className="draft-confidence">
                      {draft.confidence < 70 ? 'check this line' : `${draft.confidence}%`}
                    </span>
                    <span className="draft-actions">
                      <button type="button" tabIndex={-1} onClick={() => void confirm(draft, draft.text)}>
                        Confirm
                      </button>
                      <button type="button" tabIndex={-1} onClick={() => setEditing(draft.key)}>
                        Edit
                      </button>
                      <button type="button" tabIndex={-1} onClick={() => drop(draft)}>
                        Drop
                      </button>
                    </span>
                  </>
                )}
              </li>
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}

function DraftEditor({ draft, onSave, onCancel }: { draft: Draft; onSave(text: string): void; onCancel(): void }) {
  const [text, setText] = useState(draft.text);
  return (
    <input
      className="draft-input"
      aria-label="Line text (Enter saves it as a note, Escape cancels)"
      value={text}
      autoFocus
      onChange={(event) => setText(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          onSave(text);
        } else if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onCancel();
        }
      }}
    />
  );
}

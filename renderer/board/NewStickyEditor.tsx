/**
 * Typing a new sticky on the board (key N, or a double click on empty board): a small form where the note
 * will go, with the same speaker, kind and flags as capture has set for the chosen session, which it can
 * change. Enter adds the note through the note commands (one undoable step, recorded for sync), Shift+Enter
 * starts a new line, Escape leaves without adding.
 */
import { useId, useLayoutEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Point } from '../../shared/board/rect';
import { containsPoint } from '../../shared/board/rect';
import { useSessionCaptureState } from '../capture';
import { useData } from '../app/DataContext';
import { addNote } from '../data/commands/notes';
import { useAct } from '../app/useAct';
import type { BoardModel } from './useBoardModel';
import type { NoteFlags } from '../../shared/domain/schemas';
import type { MessageId } from '../../shared/i18n/catalogue';
import { useT } from '../ui/i18n';

export interface NewStickyRequest {
  /** World point where the note goes (its top-left corner). */
  at: Point;
  themeId: string | null;
  /** Screen point (relative to the board viewport) where the form opens. */
  screen: Point;
  /** Where focus goes back to if the note is not added. */
  returnFocus: HTMLElement | null;
}

const EDGE = 8;

/**
 * Where the form sits: at its point, moved back inside the board when it would stick out past an edge (a
 * note near the right or bottom, a small window), and again whenever the board or the form changes size.
 */
function useInsideBoard(at: Point) {
  const ref = useRef<HTMLElement>(null);
  const [place, setPlace] = useState(at);
  useLayoutEffect(() => {
    const form = ref.current;
    const board = form?.offsetParent;
    if (!form || !(board instanceof HTMLElement)) return;
    const fit = () =>
      setPlace({
        x: Math.max(EDGE, Math.min(at.x, board.clientWidth - form.offsetWidth - EDGE)),
        y: Math.max(EDGE, Math.min(at.y, board.clientHeight - form.offsetHeight - EDGE)),
      });
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(board);
    observer.observe(form);
    return () => observer.disconnect();
  }, [at.x, at.y]);
  return [ref, place] as const;
}

/** The session a note typed at `at` belongs to: the board's, else the one whose region holds the point, else the newest. */
export function sessionAt(model: BoardModel, at: Point): string | null {
  if (model.session) return model.session.id;
  for (const session of model.sessionOrder) {
    const region = model.layout.regions.get(session.id);
    if (region && containsPoint(region, at)) return session.id;
  }
  return model.sessionOrder.at(-1)?.id ?? null;
}

export function NewStickyEditor({
  model,
  request,
  onDone,
}: {
  model: BoardModel;
  request: NewStickyRequest;
  /** The new note's id, or null when nothing was added. */
  onDone(noteId: string | null): void;
}) {
  const [sessionId, setSessionId] = useState(() => sessionAt(model, request.at));
  if (!sessionId) return null;
  return (
    <Form
      key={sessionId}
      model={model}
      request={request}
      sessionId={sessionId}
      onSession={setSessionId}
      onDone={onDone}
    />
  );
}

function Form({
  model,
  request,
  sessionId,
  onSession,
  onDone,
}: {
  model: BoardModel;
  request: NewStickyRequest;
  sessionId: string;
  onSession(id: string): void;
  onDone(noteId: string | null): void;
}) {
  const { runner } = useData();
  const act = useAct();
  const { t } = useT();
  const id = useId();
  const [placeRef, place] = useInsideBoard(request.screen);
  const capture = useSessionCaptureState(sessionId);
  const participants = model.participants.filter((p) => p.sessionId === sessionId);
  const [text, setText] = useState('');
  const [speaker, setSpeaker] = useState(
    participants.some((p) => p.id === capture.participantId) ? capture.participantId : null,
  );
  const [kind, setKind] = useState(capture.kind);
  const [flags, setFlags] = useState({
    sensitive: capture.sensitive,
    doNotQuote: capture.doNotQuote,
    culturalProtocol: false,
  });
  const saving = useRef(false);
  const theme = request.themeId ? model.themeById.get(request.themeId) : undefined;

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (saving.current || !text.trim()) return;
    saving.current = true;
    const note = await act(
      addNote(runner, {
        projectId: model.project.id,
        sessionId,
        text,
        participantId: speaker,
        kind,
        flags,
        position: request.at,
        themeId: request.themeId,
      }),
      t('board.noteAdded', { inTheme: theme ? 'yes' : 'no', theme: theme?.name ?? '' }),
    );
    saving.current = false;
    if (note) onDone(note.id);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onDone(null);
    } else if (event.key === 'Enter' && !event.shiftKey && event.target instanceof HTMLTextAreaElement) {
      event.preventDefault();
      void submit();
    }
  };

  return (
    <section
      className="new-sticky"
      role="dialog"
      aria-labelledby={`${id}-title`}
      data-board-overlay
      ref={placeRef}
      style={{ left: place.x, top: place.y }}
      onKeyDown={onKeyDown}
    >
      <form onSubmit={submit}>
        <h2 id={`${id}-title`} className="visually-hidden">
          {t('board.newNoteTitle', { inTheme: theme ? 'yes' : 'no', theme: theme?.name ?? '' })}
        </h2>
        <label htmlFor={`${id}-text`}>
          {t('board.newNoteLabel', { inTheme: theme ? 'yes' : 'no', theme: theme?.name ?? '' })}
        </label>
        <textarea id={`${id}-text`} value={text} rows={3} autoFocus onChange={(e) => setText(e.target.value)} />
        <NoteFields
          model={model}
          sessionId={sessionId}
          onSession={onSession}
          speaker={speaker}
          onSpeaker={setSpeaker}
          kind={kind}
          onKind={setKind}
          flags={flags}
          onFlags={setFlags}
        />
        <div className="button-row">
          <button type="submit" className="small-button primary-button" disabled={!text.trim()}>
            {t('board.addNote')}
          </button>
          <button type="button" className="small-button" onClick={() => onDone(null)}>
            {t('ui.cancel')}
          </button>
        </div>
        <p className="muted new-sticky-hint">{t('board.newNoteHint')}</p>
      </form>
    </section>
  );
}

type Flags = Pick<NoteFlags, 'sensitive' | 'doNotQuote' | 'culturalProtocol'>;

const FLAGS: readonly (readonly [keyof Flags, MessageId])[] = [
  ['sensitive', 'board.sensitive'],
  ['doNotQuote', 'board.doNotQuote'],
  ['culturalProtocol', 'board.culturalProtocol'],
];

/** The note's session (on the whole-project board), speaker, kind and flags. */
function NoteFields(props: {
  model: BoardModel;
  sessionId: string;
  onSession(id: string): void;
  speaker: string | null;
  onSpeaker(id: string | null): void;
  kind: string | null;
  onKind(id: string | null): void;
  flags: Flags;
  onFlags(flags: Flags): void;
}) {
  const { model, sessionId, flags } = props;
  const participants = model.participants.filter((p) => p.sessionId === sessionId);
  const { t } = useT();
  return (
    <>
      <div className="new-sticky-fields">
        {!model.session && (
          <label>
            {t('board.session')}
            <select value={sessionId} onChange={(e) => props.onSession(e.target.value)}>
              {model.sessionOrder.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          {t('board.speaker')}
          <select value={props.speaker ?? ''} onChange={(e) => props.onSpeaker(e.target.value || null)}>
            <option value="">{t('board.noSpeaker')}</option>
            {participants.map((p) => (
              <option key={p.id} value={p.id}>
                {p.code}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('board.kind')}
          <select value={props.kind ?? ''} onChange={(e) => props.onKind(e.target.value || null)}>
            <option value="">{t('board.noKind')}</option>
            {model.project.kinds.map((k) => (
              <option key={k.id} value={k.id}>
                {k.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <fieldset className="new-sticky-flags">
        <legend className="visually-hidden">{t('board.flags')}</legend>
        {FLAGS.map(([flag, label]) => (
          <label key={flag}>
            <input
              type="checkbox"
              checked={flags[flag]}
              onChange={(e) => props.onFlags({ ...flags, [flag]: e.target.checked })}
            />
            {t(label)}
          </label>
        ))}
      </fieldset>
    </>
  );
}

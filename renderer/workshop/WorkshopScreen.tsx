/**
 * Council workshop mode (architecture: Workshop): the findings as a full-screen deck for the projector, run by
 * keyboard, with the room's dot votes recorded as a workshop session, presenter notes, printing (the print
 * stylesheet lays out every slide, one per page: Ctrl+P, then "Save as PDF") and the PowerPoint export through
 * the privacy gate.
 */
import { useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { defaultLevel, levelCounts } from '../../shared/findings/levels';
import { plural } from '../../shared/i18n/plural';
import { deckFromSnapshot } from '../../shared/workshop/fromSnapshot';
import { useData } from '../app/DataContext';
import { announce } from '../app/announce';
import { navigate } from '../app/router';
import { loadFindingsSnapshot } from '../data/findingsSnapshot';
import { runningWorkshopSession, workshopTally } from '../data/workshopQueries';
import { LazyExportPanel } from '../findings';
import { ShortcutsDialog } from '../ui/ShortcutsDialog';
import { ariaKeyShortcuts, findKeyAction, shortcutSections } from '../ui/actions';
import { ProjectNotFound } from '../ui/NotFound';
import { keepOrder } from './slideOrder';
import { SlideView } from './SlideView';
import { useWorkshopVoting } from './useWorkshopVoting';
import { WORKSHOP_ACTIONS, WORKSHOP_SECTIONS, type WorkshopContext } from './workshopActions';
import './workshop.css';

/** Keys typed into a field, a dialog or the export panel are theirs, not the deck's. */
function keyBelongsElsewhere(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return !!target.closest('input, textarea, select, [contenteditable="true"], [role="dialog"], .ws-export');
}

export function WorkshopScreen({ projectId }: { projectId: string }) {
  const { db } = useData();
  const snapshot = useLiveQuery(async () => (await loadFindingsSnapshot(db, projectId)) ?? null, [db, projectId]);
  const running = useLiveQuery(() => runningWorkshopSession(db, projectId), [db, projectId]);
  const tally = useLiveQuery(
    async () => (running ? workshopTally(db, running.id) : new Map<string, number>()),
    [db, running],
  );
  // The level the findings screen starts at, so the room sees the themes the PMT reports on.
  const level = useMemo(() => (snapshot ? defaultLevel(levelCounts(snapshot)) : 'session'), [snapshot]);
  const deck = useMemo(
    () => (snapshot ? deckFromSnapshot(snapshot, level, new Date().toISOString()) : null),
    [snapshot, level],
  );

  // The order the slides first had, kept while votes reorder the deck (slideOrder.ts).
  const [order, setOrder] = useState<string[]>([]);
  const keys = useMemo(() => keepOrder(order, deck?.slides.map((s) => s.key) ?? []), [order, deck]);
  // Stored while rendering (React's pattern for state that follows other data), so no frame shows another order.
  if (keys.join('\n') !== order.join('\n')) setOrder(keys);
  const [currentKey, setCurrentKey] = useState('title');
  const [notesShown, setNotesShown] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const [exportOpen, setExportOpen] = useState(false);
  const voting = useWorkshopVoting(projectId, running?.id ?? null);

  const index = Math.max(0, keys.indexOf(currentKey));
  const slide = deck?.slides.find((s) => s.key === keys[index]) ?? null;

  const context: WorkshopContext = {
    go: (to) => {
      const next =
        to === 'first'
          ? 0
          : to === 'last'
            ? keys.length - 1
            : Math.min(keys.length - 1, Math.max(0, index + (to === 'next' ? 1 : -1)));
      const key = keys[next];
      if (!key || !deck) return;
      setCurrentKey(key);
      const target = deck.slides.find((s) => s.key === key);
      if (target) announce(`Slide ${next + 1} of ${keys.length}: ${target.title}`);
    },
    canVote: slide?.kind === 'theme',
    vote: (delta) => {
      if (slide?.kind === 'theme') voting.vote(slide.themeId, slide.title, delta);
    },
    notesShown,
    toggleNotes: () => setNotesShown((shown) => !shown),
    fullScreen: () => {
      if (document.fullscreenElement) void document.exitFullscreen();
      else
        void document
          .querySelector('.workshop-screen')
          ?.requestFullscreen?.()
          .catch(() => undefined);
    },
    help: () => setHelpOpen(true),
    leave: () => navigate({ name: 'findings', projectId }),
  };

  // Listening again after each render is cheap and keeps the keys acting on what is on screen now.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || keyBelongsElsewhere(event.target)) return;
      const found = findKeyAction(WORKSHOP_ACTIONS, event, context);
      if (!found) return;
      event.preventDefault();
      found.action.perform(context, found.trigger);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  });

  if (snapshot === undefined || !deck) return snapshot === null ? <ProjectNotFound /> : null;
  if (!slide) return null;
  const action = (name: string) => WORKSHOP_ACTIONS.find((a) => a.name === name)!;
  const todaysVotes = slide.kind === 'theme' ? (tally?.get(slide.themeId) ?? 0) : 0;

  return (
    <section className="workshop-screen" aria-labelledby="workshop-heading">
      <div className="ws-toolbar">
        <h1 id="workshop-heading" className="ws-h1">
          Council workshop <span className="ws-muted">· {deck.projectName}</span>
        </h1>
        <p className="ws-position" aria-hidden="true">
          {index + 1} / {keys.length}
        </p>
        <div className="ws-buttons">
          {(['previous', 'next'] as const).map((name) => (
            <button
              key={name}
              type="button"
              aria-keyshortcuts={ariaKeyShortcuts(action(name))}
              onClick={() => context.go(name)}
            >
              {name === 'previous' ? '← Previous' : 'Next →'}
            </button>
          ))}
          <button
            type="button"
            aria-pressed={notesShown}
            aria-keyshortcuts={ariaKeyShortcuts(action('notes'))}
            onClick={context.toggleNotes}
          >
            Presenter notes
          </button>
          <button
            type="button"
            aria-keyshortcuts={ariaKeyShortcuts(action('full-screen'))}
            onClick={context.fullScreen}
          >
            Full screen
          </button>
          <button type="button" onClick={() => window.print()}>
            Print or save as PDF
          </button>
          <button type="button" aria-expanded={exportOpen} onClick={() => setExportOpen((open) => !open)}>
            Export deck
          </button>
          <button type="button" aria-keyshortcuts={ariaKeyShortcuts(action('help'))} onClick={context.help}>
            Shortcuts
          </button>
        </div>
      </div>
      <section
        className="ws-slide"
        aria-roledescription="slide"
        aria-labelledby="ws-slide-heading"
        aria-describedby="ws-slide-position"
      >
        <p id="ws-slide-position" className="visually-hidden">
          Slide {index + 1} of {keys.length}
        </p>
        <SlideView slide={slide} deck={deck} headingId="ws-slide-heading" />
      </section>
      {slide.kind === 'theme' && (
        <div className="ws-vote" role="group" aria-label={`Votes for ${slide.title}`}>
          <span>
            Votes at this workshop: <strong>{todaysVotes}</strong>
          </span>
          <button
            type="button"
            aria-keyshortcuts={ariaKeyShortcuts(action('remove-vote'))}
            onClick={() => context.vote(-1)}
          >
            − Remove a vote
          </button>
          <button
            type="button"
            aria-keyshortcuts={ariaKeyShortcuts(action('add-vote'))}
            onClick={() => context.vote(1)}
          >
            + Add a vote
          </button>
          {running && (
            <button type="button" onClick={voting.endVoting}>
              Close the voting
            </button>
          )}
          <span className="ws-muted">
            {running
              ? `Recorded as “${running.title}”; Ctrl+Z undoes a vote.`
              : 'The first vote starts a Council workshop session; its votes count in the priorities.'}
          </span>
        </div>
      )}
      {notesShown && (
        <aside className="ws-notes" aria-label="Presenter notes">
          <h2>Presenter notes</h2>
          <ul>
            {slide.notes.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </aside>
      )}
      {exportOpen && (
        <div className="ws-export">
          <LazyExportPanel projectId={projectId} level={level} formats={['pptx']} />
        </div>
      )}
      <div className="ws-print" aria-hidden="true">
        {keys.map((key, i) => {
          const printed = deck.slides.find((s) => s.key === key);
          return printed ? (
            <div key={key} className="ws-print-slide">
              <SlideView slide={printed} deck={deck} headingId={`ws-print-${i}`} />
            </div>
          ) : null;
        })}
      </div>
      <ShortcutsDialog
        title="Workshop shortcuts"
        intro={<p>{plural(keys.length, { one: '# slide', other: '# slides' })}. Ctrl+P prints every slide.</p>}
        sections={shortcutSections(WORKSHOP_ACTIONS, WORKSHOP_SECTIONS, context)}
        isOpen={helpOpen}
        onClose={() => setHelpOpen(false)}
      />
    </section>
  );
}

/**
 * Council workshop mode (architecture: Workshop): the findings as a full-screen deck for the projector, run by
 * keyboard, with the room's dot votes recorded as a workshop session, presenter notes, and the deck's export
 * (PowerPoint or PDF) through the export panel's privacy gate.
 */
import { useState } from 'react';
import type { Deck } from '../../shared/workshop/deck';
import { announce } from '../app/announce';
import { navigate } from '../app/router';
import { LazyExportPanel } from '../findings';
import { ShortcutsDialog } from '../ui/ShortcutsDialog';
import { msg, useT } from '../ui/i18n';
import { shortcutSections } from '../ui/actions';
import { ProjectNotFound } from '../ui/NotFound';
import { SlideView } from './SlideView';
import { VotePanel } from './VotePanel';
import { WorkshopToolbar } from './WorkshopToolbar';
import { useWorkshopDeck } from './useWorkshopDeck';
import { useWorkshopKeys } from './useWorkshopKeys';
import { useWorkshopVoting } from './useWorkshopVoting';
import { WORKSHOP_ACTIONS, WORKSHOP_SECTIONS } from './workshopActions';
import './workshop.css';

/** Moves the presenter to another slide in the kept order, and says where they are. */
function slideMover(deck: Deck | null, keys: readonly string[], index: number, show: (key: string) => void) {
  return (to: 'next' | 'previous' | 'first' | 'last') => {
    const step = to === 'next' ? 1 : -1;
    const next =
      to === 'first' ? 0 : to === 'last' ? keys.length - 1 : Math.min(keys.length - 1, Math.max(0, index + step));
    const key = keys[next];
    const target = deck?.slides.find((s) => s.key === key);
    if (!key || !target) return;
    show(key);
    announce(msg('workshop.moved', { index: next + 1, total: keys.length, title: target.title }));
  };
}

function fullScreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen();
  else
    void document
      .querySelector('.workshop-screen')
      ?.requestFullscreen?.()
      .catch(() => undefined);
}

export function WorkshopScreen({ projectId }: { projectId: string }) {
  const { t } = useT();
  const { snapshot, running, tally, level, deck, keys } = useWorkshopDeck(projectId);
  const [currentKey, setCurrentKey] = useState('title');
  const [notesShown, setNotesShown] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const [exportOpen, setExportOpen] = useState(false);
  const voting = useWorkshopVoting(projectId, running?.id ?? null);

  const index = Math.max(0, keys.indexOf(currentKey));
  const slide = deck?.slides.find((s) => s.key === keys[index]) ?? null;
  const context = {
    go: slideMover(deck, keys, index, setCurrentKey),
    canVote: slide?.kind === 'theme',
    vote: (delta: 1 | -1) => {
      if (slide?.kind === 'theme') voting.vote(slide.themeId, slide.title, delta);
    },
    notesShown,
    toggleNotes: () => setNotesShown((shown) => !shown),
    fullScreen,
    help: () => setHelpOpen(true),
    leave: () => navigate({ name: 'findings', projectId }),
  };
  useWorkshopKeys(context);

  if (snapshot === undefined || !deck) return snapshot === null ? <ProjectNotFound /> : null;
  if (!slide) return null;

  return (
    <section className="workshop-screen" aria-labelledby="workshop-heading">
      <WorkshopToolbar
        projectName={deck.projectName}
        position={`${index + 1} / ${keys.length}`}
        context={context}
        exportOpen={exportOpen}
        toggleExport={() => setExportOpen((open) => !open)}
      />
      <section
        className="ws-slide"
        aria-roledescription={t('workshop.slide')}
        aria-labelledby="ws-slide-heading"
        aria-describedby="ws-slide-position"
      >
        <p id="ws-slide-position" className="visually-hidden">
          {t('workshop.position', { index: index + 1, total: keys.length })}
        </p>
        <SlideView slide={slide} deck={deck} headingId="ws-slide-heading" />
      </section>
      {slide.kind === 'theme' && (
        <VotePanel
          themeName={slide.title}
          todaysVotes={tally?.get(slide.themeId) ?? 0}
          running={running}
          context={context}
          endVoting={voting.endVoting}
        />
      )}
      {notesShown && (
        <aside className="ws-notes" aria-label={t('workshop.presenterNotes')}>
          <h2>{t('workshop.presenterNotes')}</h2>
          <ul>
            {slide.notes.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </aside>
      )}
      {exportOpen && (
        <div className="ws-export">
          <LazyExportPanel projectId={projectId} level={level} formats={['pptx', 'deck-pdf']} />
        </div>
      )}
      <ShortcutsDialog
        title={t('workshop.shortcutsTitle')}
        intro={<p>{t('workshop.shortcutsIntro', { count: keys.length })}</p>}
        sections={shortcutSections(WORKSHOP_ACTIONS, WORKSHOP_SECTIONS, context)}
        isOpen={helpOpen}
        onClose={() => setHelpOpen(false)}
      />
    </section>
  );
}

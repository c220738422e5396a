/**
 * One slide of the workshop deck, drawn for a projector: large type, one idea per slide, numbers written out. The
 * words are the deck's (shared/workshop/slideText.ts), in the deck's language, as in the PowerPoint and the PDF.
 */
import type { CSSProperties } from 'react';
import type { Deck, PriorityBar, Slide, ThemeSlide } from '../../shared/workshop/deck';
import { deckWords, notHeardColumns, type DeckWords } from '../../shared/workshop/slideText';

function Bars({
  label,
  items,
}: {
  label: string;
  items: readonly { key: string; name: string; value: number; caption: string; current?: boolean }[];
}) {
  const max = Math.max(1, ...items.map((i) => i.value));
  return (
    <ol className="ws-bars" aria-label={label}>
      {items.map((item) => (
        <li key={item.key} className={item.current ? 'is-current' : undefined}>
          <span className="ws-bar-name">{item.name}</span>
          <span className="ws-bar-track" aria-hidden="true">
            <span className="ws-bar" style={{ '--share': item.value / max } as CSSProperties} />
          </span>
          <span className="ws-bar-value">{item.caption}</span>
        </li>
      ))}
    </ol>
  );
}

export function PriorityChart({
  bars,
  current,
  words,
}: {
  bars: readonly PriorityBar[];
  current: string | null;
  words: DeckWords;
}) {
  return (
    <Bars
      label={words.prioritiesByVotes}
      items={bars.map((b) => ({
        key: b.themeId,
        name: `${b.rank}. ${b.name}`,
        value: b.votes,
        caption: words.tr.t('workshop.votes', { count: b.votes }),
        current: b.themeId === current,
      }))}
    />
  );
}

function ThemeBody({
  slide,
  deck,
  headingId,
  words,
}: {
  slide: ThemeSlide;
  deck: Deck;
  headingId: string;
  words: DeckWords;
}) {
  return (
    <>
      <p className="ws-kicker">{words.kicker(slide)}</p>
      <h2 id={headingId}>{slide.title}</h2>
      {slide.statement && <p className="ws-statement">{slide.statement}</p>}
      <div className="ws-columns">
        <div className="ws-quotes">
          {slide.quotes.length === 0 && <p className="ws-muted">{words.noQuote}</p>}
          {slide.quotes.map((q) => (
            <figure key={q.noteId} className="ws-quote">
              <blockquote>
                <p>“{q.text}”</p>
              </blockquote>
              <figcaption>— {q.attribution}</figcaption>
            </figure>
          ))}
        </div>
        <div className="ws-side">
          <h3>{words.heardFrom}</h3>
          <p className="ws-breadth">{slide.breadth}</p>
          <Bars
            label={words.tr.t('workshop.notesByGroup')}
            items={slide.groups.map((g) => ({
              key: g.groupId,
              name: g.name,
              value: g.notes,
              caption: words.notes(g.notes),
            }))}
          />
          <h3>{words.prioritiesByVotes}</h3>
          <PriorityChart bars={deck.priorities.slice(0, 6)} current={slide.themeId} words={words} />
        </div>
      </div>
    </>
  );
}

function List({ items, empty }: { items: string[]; empty: string }) {
  if (items.length === 0) return <p className="ws-muted">{empty}</p>;
  return (
    <ul className="ws-list">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

export function SlideView({ slide, deck, headingId }: { slide: Slide; deck: Deck; headingId: string }) {
  const words = deckWords(deck);
  switch (slide.kind) {
    case 'title':
      return (
        <div className="ws-title-slide">
          <p className="ws-kicker">{slide.subtitle}</p>
          <h2 id={headingId}>{slide.title}</h2>
          <List items={slide.facts} empty="" />
        </div>
      );
    case 'theme':
      return <ThemeBody slide={slide} deck={deck} headingId={headingId} words={words} />;
    case 'not-heard':
      return (
        <>
          <h2 id={headingId}>{slide.title}</h2>
          <div className="ws-three">
            {notHeardColumns(slide, words).map((column, i) => (
              <section key={i} aria-labelledby={`${headingId}-column-${i}`}>
                <h3 id={`${headingId}-column-${i}`}>{column.heading}</h3>
                <List items={column.lines} empty={words.none} />
              </section>
            ))}
          </div>
          <p className="ws-muted ws-small">{words.thinRule}</p>
        </>
      );
    case 'priorities':
      return (
        <>
          <h2 id={headingId}>{slide.title}</h2>
          <PriorityChart bars={slide.bars} current={null} words={words} />
        </>
      );
  }
}

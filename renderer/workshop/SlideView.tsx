/** One slide of the workshop deck, drawn for a projector: large type, one idea per slide, numbers written out. */
import type { CSSProperties } from 'react';
import { plural } from '../../shared/i18n/plural';
import { THIN_RULE, type Deck, type PriorityBar, type Slide, type ThemeSlide } from '../../shared/workshop/deck';

const notes = (n: number) => plural(n, { one: '# note', other: '# notes' });
const votes = (n: number) => plural(n, { one: '# vote', other: '# votes' });

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

export function PriorityChart({ bars, current }: { bars: readonly PriorityBar[]; current: string | null }) {
  return (
    <Bars
      label="Priorities by votes"
      items={bars.map((b) => ({
        key: b.themeId,
        name: `${b.rank}. ${b.name}`,
        value: b.votes,
        caption: votes(b.votes),
        current: b.themeId === current,
      }))}
    />
  );
}

function ThemeBody({ slide, deck, headingId }: { slide: ThemeSlide; deck: Deck; headingId: string }) {
  return (
    <>
      <p className="ws-kicker">
        Priority {slide.rank} of {deck.priorities.length} · {votes(slide.votes)}
      </p>
      <h2 id={headingId}>{slide.title}</h2>
      {slide.statement && <p className="ws-statement">{slide.statement}</p>}
      <div className="ws-columns">
        <div className="ws-quotes">
          {slide.quotes.length === 0 && <p className="ws-muted">No quote may be shown for this theme.</p>}
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
          <h3>Heard from</h3>
          <p className="ws-breadth">{slide.breadth}</p>
          <Bars
            label="Notes by stakeholder group"
            items={slide.groups.map((g) => ({ key: g.groupId, name: g.name, value: g.notes, caption: notes(g.notes) }))}
          />
          <h3>Priorities by votes</h3>
          <PriorityChart bars={deck.priorities.slice(0, 6)} current={slide.themeId} />
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
      return <ThemeBody slide={slide} deck={deck} headingId={headingId} />;
    case 'not-heard':
      return (
        <>
          <h2 id={headingId}>{slide.title}</h2>
          <div className="ws-three">
            <section aria-labelledby={`${headingId}-none`}>
              <h3 id={`${headingId}-none`}>No session yet</h3>
              <List items={slide.noSession} empty="None" />
            </section>
            <section aria-labelledby={`${headingId}-thin`}>
              <h3 id={`${headingId}-thin`}>Few notes</h3>
              <List items={slide.thinGroups.map((g) => `${g.name}: ${notes(g.notes)}`)} empty="None" />
            </section>
            <section aria-labelledby={`${headingId}-questions`}>
              <h3 id={`${headingId}-questions`}>Questions with few answers</h3>
              <List items={slide.thinQuestions.map((q) => `${q.text} (${notes(q.notes)})`)} empty="None" />
            </section>
          </div>
          <p className="ws-muted ws-small">{THIN_RULE}</p>
        </>
      );
    case 'priorities':
      return (
        <>
          <h2 id={headingId}>{slide.title}</h2>
          <PriorityChart bars={slide.bars} current={null} />
        </>
      );
  }
}

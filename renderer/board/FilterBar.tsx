/**
 * Search and filters: text (ignoring case and accents), and behind a "Filters" button (so the board keeps its
 * height) stakeholder group, question, kind and speaker. Matching notes are highlighted on the board and the
 * rest dimmed; the count is announced once typing pauses.
 */
import { useEffect, useMemo, useState } from 'react';
import { isFilterActive, type BoardFilter } from '../../shared/board/filter';
import { announce } from '../app/announce';
import { useBoardStore } from './boardStore';
import type { BoardModel } from './useBoardModel';
import { msg, useT } from '../ui/i18n';

const ANNOUNCE_DELAY_MS = 500;

export function FilterBar({ model, matches }: { model: BoardModel; matches: ReadonlySet<string> | null }) {
  const filter = useBoardStore((s) => s.filter);
  const setFilter = useBoardStore((s) => s.setFilter);
  const { t } = useT();
  const speakers = useMemo(() => {
    const codes = new Set<string>();
    for (const note of model.notes) {
      const code = model.speakerOf(note);
      if (code) codes.add(code);
    }
    return [...codes].sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
  }, [model]);
  const active = isFilterActive(filter);
  const count = matches?.size ?? model.notes.length;
  const facets = [filter.groupId, filter.questionId, filter.kind, filter.speaker].filter(Boolean).length;
  const [open, setOpen] = useState(facets > 0);

  useEffect(() => {
    if (!active) return;
    const timer = window.setTimeout(
      () => announce(msg('board.matchSaid', { count, total: model.notes.length })),
      ANNOUNCE_DELAY_MS,
    );
    return () => window.clearTimeout(timer);
  }, [active, count, model.notes.length]);

  const facet = (key: keyof Omit<BoardFilter, 'text'>, label: string, options: { id: string; name: string }[]) => (
    <label className="filter-field">
      <span>{label}</span>
      <select value={filter[key] ?? ''} onChange={(e) => setFilter({ [key]: e.target.value || null })}>
        <option value="">{t('board.filterAny')}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div role="search" className="filter-bar" aria-label={t('board.searchAndFilter')}>
      <label className="filter-field filter-search">
        <span>{t('board.search')}</span>
        <input
          id="board-search"
          type="search"
          value={filter.text}
          placeholder={t('board.searchPlaceholder')}
          onChange={(e) => setFilter({ text: e.target.value })}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && filter.text) {
              e.preventDefault();
              setFilter({ text: '' });
            }
          }}
        />
      </label>
      <button
        type="button"
        className="small-button"
        aria-expanded={open}
        aria-controls="board-facets"
        onClick={() => setOpen(!open)}
      >
        {t('board.filters', { count: facets })}
      </button>
      <div id="board-facets" className="filter-facets" hidden={!open}>
        {facet(
          'groupId',
          t('board.filterGroup'),
          model.groups.map((g) => ({ id: g.id, name: g.name })),
        )}
        {facet(
          'questionId',
          t('board.filterQuestion'),
          model.questions.map((q, i) => ({
            id: q.id,
            name: t('board.questionOption', {
              number: i + 1,
              text: q.text.length > 40 ? `${q.text.slice(0, 40)}…` : q.text,
            }),
          })),
        )}
        {facet(
          'kind',
          t('board.filterKind'),
          model.project.kinds.map((k) => ({ id: k.id, name: k.name })),
        )}
        {facet(
          'speaker',
          t('board.filterSpeaker'),
          speakers.map((code) => ({ id: code, name: code })),
        )}
      </div>
      <p className="filter-count" data-testid="filter-count">
        {active
          ? t('board.matchCount', { count, total: model.notes.length })
          : t('board.noteCount', { count: model.notes.length })}
      </p>
      {active && <FilterActions matches={matches} count={count} />}
    </div>
  );
}

/** With a search or filter on: select what matches, or clear it all. */
function FilterActions({ matches, count }: { matches: ReadonlySet<string> | null; count: number }) {
  const select = useBoardStore((s) => s.select);
  const clearFilter = useBoardStore((s) => s.clearFilter);
  const { t } = useT();
  return (
    <>
      <button
        type="button"
        className="small-button"
        onClick={() => {
          select(matches ?? []);
          announce(t('board.matchesSelected', { count }));
        }}
      >
        {t('board.selectMatches')}
      </button>
      <button
        type="button"
        className="small-button"
        onClick={() => {
          clearFilter();
          announce(t('board.filtersCleared'));
        }}
      >
        {t('board.clearFilters')}
      </button>
    </>
  );
}

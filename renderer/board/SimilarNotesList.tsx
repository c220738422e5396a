/** The parts of "Like this note" that show what was found: the likely theme, and the similar notes to tick. */
import { Button } from 'react-aria-components';
import type { SimilarNote, ThemeSuggestion } from '../../shared/cluster';
import type { BoardModel } from './useBoardModel';
import { useT } from '../ui/i18n';
import { noteIsInTheme } from '../../shared/domain/noteThemes';

const EXCERPT = 110;

export const excerpt = (text: string) => (text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text);

export function LikelyTheme({
  suggestion,
  name,
  onAccept,
}: {
  suggestion: ThemeSuggestion;
  name: string;
  onAccept(): Promise<void>;
}) {
  const { t } = useT();
  return (
    <div className="likely-theme" data-testid="likely-theme">
      <p>
        {t('board.likelyTheme')} <strong>{name}</strong>{' '}
        <span className="muted">
          {t('board.likelySure', {
            percent: Math.round(suggestion.confidence * 100),
            count: suggestion.because.length,
            voters: suggestion.voters,
          })}
        </span>
      </p>
      <Button className="small-button primary-button" onPress={onAccept} aria-keyshortcuts="A">
        {t('board.moveToNamed', { theme: name })}
      </Button>
    </div>
  );
}

/** Each similar note with a tick, how alike it is and where it is; notes already in the theme cannot be ticked. */
export function SimilarNotesList({
  model,
  neighbours,
  themeId,
  byMeaning,
  checked,
  onTick,
}: {
  model: BoardModel;
  neighbours: SimilarNote[];
  themeId: string | null;
  byMeaning: boolean;
  checked: ReadonlySet<string>;
  onTick(id: string, on: boolean): void;
}) {
  const { t } = useT();
  return (
    <fieldset id="similar-notes" className="similar-list">
      <legend>
        {t('board.closest', { any: neighbours.length ? 'yes' : 'no' })}
        {!byMeaning && neighbours.length > 0 && <span className="muted"> {t('board.bySharedWords')}</span>}
      </legend>
      {neighbours.map((s) => {
        const other = model.noteById.get(s.id)!;
        const otherTheme = other.themeId && model.themeById.has(other.themeId) ? model.themePath(other.themeId) : null;
        // A note linked to the theme already counts in it: pulling it in would only move it out of its own.
        const already = themeId !== null && noteIsInTheme(other, themeId);
        return (
          <label key={s.id} className={`similar-item${already ? ' is-already' : ''}`}>
            <input
              type="checkbox"
              checked={checked.has(s.id)}
              disabled={already}
              onChange={(e) => onTick(s.id, e.target.checked)}
            />
            <span className="similar-text" dir="auto">
              {excerpt(other.text)}
            </span>
            <span className="muted similar-meta">
              {t('board.alike', { percent: Math.round(s.score * 100) })} ·{' '}
              {already ? t('board.alreadyHere') : (otherTheme ?? t('board.noTheme'))}
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}

/** What to do with the ticked notes: pull them into the note's theme, or make a new theme with the note. */
export function TickedNotesActions({
  ticked,
  themeName,
  onPull,
  onNewTheme,
}: {
  ticked: number;
  /** The note's theme, or null when it has none. */
  themeName: string | null;
  onPull(): Promise<void>;
  onNewTheme(): void;
}) {
  const { t } = useT();
  return (
    <div className="button-row">
      {themeName ? (
        <Button className="small-button primary-button" isDisabled={ticked === 0} onPress={onPull}>
          {t('board.pull', { count: ticked, theme: themeName })}
        </Button>
      ) : (
        <Button className="small-button" isDisabled={ticked === 0} onPress={onNewTheme}>
          {t('board.newThemeWith', { count: ticked })}
        </Button>
      )}
    </div>
  );
}

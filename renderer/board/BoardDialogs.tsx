/**
 * The board's dialogs: move notes to a theme, create a theme from notes, split notes off into a new theme, and the
 * memos on a note or a theme.
 */
import { useMemo } from 'react';
import { useData } from '../app/DataContext';
import { assignTheme, createTheme, splitTheme } from '../data/commands/board';
import { linkToTheme, unlinkFromTheme } from '../data/commands/themeLinks';
import { linkedThemesOf } from '../../shared/domain/noteThemes';
import { useAct } from '../app/useAct';
import { useBoardStore } from './boardStore';
import type { BoardModel } from './useBoardModel';
import { ThemePickerDialog } from './ThemePickerDialog';
import { NameThemeDialog } from './NameThemeDialog';
import { MemosDialog } from '../memos';
import { useT } from '../ui/i18n';

export interface BoardDialogsProps {
  model: BoardModel;
  split: { themeId: string; noteIds: string[] } | null;
  onSplitClose(): void;
  /** A theme was made: show it on the board. */
  onThemeMade(themeId: string): void;
  /** Notes were moved to a theme: follow the focused one. */
  onMoved(focusedId: string | null): void;
}

export function BoardDialogs({ model, split, onSplitClose, onThemeMade, onMoved }: BoardDialogsProps) {
  const { runner } = useData();
  const act = useAct();
  const { t } = useT();
  const moveDialogFor = useBoardStore((s) => s.moveDialogFor);
  const createDialogFor = useBoardStore((s) => s.createDialogFor);
  const linkDialog = useBoardStore((s) => s.linkDialog);
  const memosFor = useBoardStore((s) => s.memosFor);
  const closeDialogs = () => {
    const store = useBoardStore.getState();
    store.openMoveDialog(null);
    store.openCreateDialog(null);
    store.openLinkDialog(null);
  };
  const pickOptions = useMemo(
    () => [
      { id: 'none', label: t('board.noThemeOption') },
      ...model.themes.map((theme) => ({ id: theme.id, label: model.themePath(theme.id) })),
    ],
    [model, t],
  );

  return (
    <>
      {moveDialogFor && (
        <ThemePickerDialog
          title={t('board.moveTitle', { count: moveDialogFor.length })}
          options={pickOptions}
          onPick={(id) => {
            const themeId = id === 'none' ? null : id;
            const theme = themeId ? model.themeById.get(themeId)?.name : null;
            onMoved(useBoardStore.getState().focusedId);
            void act(assignTheme(runner, [...moveDialogFor], themeId), (count) =>
              count === 0
                ? t('board.alreadyThere')
                : theme
                  ? t('board.said.movedTo', { count, theme })
                  : t('board.said.tookOut', { count }),
            );
          }}
          onClose={closeDialogs}
        />
      )}
      {linkDialog && (
        <LinkDialog model={model} noteIds={linkDialog.noteIds} unlink={linkDialog.unlink} onClose={closeDialogs} />
      )}
      {createDialogFor && (
        <NameThemeDialog
          title={t('board.createTheme')}
          description={t('board.createText', { count: createDialogFor.length })}
          submitLabel={t('board.createTheme')}
          onSubmit={async (name) => {
            const theme = await act(
              createTheme(runner, {
                projectId: model.project.id,
                sessionId: model.session?.id ?? null,
                name,
                noteIds: createDialogFor,
              }),
              (made) => t('board.created', { theme: made.name, count: createDialogFor.length }),
            );
            if (theme) onThemeMade(theme.id);
            return Boolean(theme);
          }}
          onClose={closeDialogs}
        />
      )}
      {memosFor && (
        <MemosDialog
          projectId={model.project.id}
          target={memosFor.target}
          targetId={memosFor.id}
          targetName={
            memosFor.target === 'theme'
              ? (model.themeById.get(memosFor.id)?.name ?? '')
              : firstWords(model.noteById.get(memosFor.id)?.text ?? '')
          }
          onClose={() => useBoardStore.getState().openMemos(null)}
        />
      )}
      {split && (
        <NameThemeDialog
          title={t('board.splitTitle')}
          description={t('board.splitText', {
            count: split.noteIds.length,
            theme: model.themeById.get(split.themeId)?.name ?? '',
          })}
          submitLabel={t('board.splitSubmit')}
          onSubmit={async (name) => {
            const theme = await act(splitTheme(runner, split.themeId, split.noteIds, name), (made) =>
              t('board.split', { count: split.noteIds.length, theme: made.name }),
            );
            if (theme) onThemeMade(theme.id);
            return Boolean(theme);
          }}
          onClose={onSplitClose}
        />
      )}
    </>
  );
}

/**
 * "Link to theme…": the notes also count in the theme picked (they stay in their own frame); "Unlink from
 * theme…" offers only the themes they are linked to.
 */
function LinkDialog({
  model,
  noteIds,
  unlink,
  onClose,
}: {
  model: BoardModel;
  noteIds: readonly string[];
  unlink: boolean;
  onClose(): void;
}) {
  const { runner } = useData();
  const act = useAct();
  const { t } = useT();
  const options = useMemo(() => {
    const linked = new Set(noteIds.flatMap((id) => linkedThemesOf(model.noteById.get(id) ?? { themeId: null })));
    return model.themes
      .filter((theme) =>
        unlink ? linked.has(theme.id) : noteIds.some((id) => model.noteById.get(id)?.themeId !== theme.id),
      )
      .map((theme) => ({ id: theme.id, label: model.themePath(theme.id) }));
  }, [model, noteIds, unlink]);
  return (
    <ThemePickerDialog
      title={t('board.linkTitle', { unlink: unlink ? 'yes' : 'no', count: noteIds.length })}
      description={t('board.linkText', { unlink: unlink ? 'yes' : 'no' })}
      options={options}
      onPick={(themeId) => {
        const theme = model.themeById.get(themeId)?.name ?? '';
        const command = unlink ? unlinkFromTheme(runner, noteIds, themeId) : linkToTheme(runner, noteIds, themeId);
        void act(command, (count) =>
          count === 0
            ? t(unlink ? 'board.notLinkedThere' : 'board.alreadyInTheme')
            : t(unlink ? 'board.unlinked' : 'board.linked', { count, theme }),
        );
      }}
      onClose={onClose}
    />
  );
}

/** A note named by its first words, for a dialog's title. */
function firstWords(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 50 ? `${flat.slice(0, 47)}…` : flat;
}

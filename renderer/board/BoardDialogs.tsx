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
import { plural } from '../../shared/i18n/plural';
import { noteCount as notes, noteOrNotes } from './words';

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
      { id: 'none', label: 'No theme (back to the unsorted notes)' },
      ...model.themes.map((t) => ({ id: t.id, label: model.themePath(t.id) })),
    ],
    [model],
  );

  return (
    <>
      {moveDialogFor && (
        <ThemePickerDialog
          title={`Move ${noteOrNotes(moveDialogFor.length)} to theme`}
          options={pickOptions}
          onPick={(id) => {
            const themeId = id === 'none' ? null : id;
            const name = themeId ? model.themeById.get(themeId)?.name : null;
            onMoved(useBoardStore.getState().focusedId);
            void act(assignTheme(runner, [...moveDialogFor], themeId), (n) =>
              n === 0
                ? 'Already there; nothing moved'
                : name
                  ? `Moved ${notes(n)} to theme ${name}`
                  : `Took ${notes(n)} out of their theme`,
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
          title="Create theme"
          description={
            createDialogFor.length
              ? `A new theme holding the ${plural(createDialogFor.length, { one: 'selected note', other: '# selected notes' })}.`
              : 'A new, empty theme: drop notes in its frame, or move them to it.'
          }
          submitLabel="Create theme"
          onSubmit={async (name) => {
            const theme = await act(
              createTheme(runner, {
                projectId: model.project.id,
                sessionId: model.session?.id ?? null,
                name,
                noteIds: createDialogFor,
              }),
              (t) => `Theme ${t.name} created${createDialogFor.length ? ` with ${notes(createDialogFor.length)}` : ''}`,
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
          title="Split off into a new theme"
          description={`The ${split.noteIds.length} selected notes leave “${model.themeById.get(split.themeId)?.name}” for a new theme beside it.`}
          submitLabel="Split off"
          onSubmit={async (name) => {
            const theme = await act(
              splitTheme(runner, split.themeId, split.noteIds, name),
              (t) => `Split ${split.noteIds.length} notes off into ${t.name}`,
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
  const options = useMemo(() => {
    const linked = new Set(noteIds.flatMap((id) => linkedThemesOf(model.noteById.get(id) ?? { themeId: null })));
    return model.themes
      .filter((t) => (unlink ? linked.has(t.id) : noteIds.some((id) => model.noteById.get(id)?.themeId !== t.id)))
      .map((t) => ({ id: t.id, label: model.themePath(t.id) }));
  }, [model, noteIds, unlink]);
  return (
    <ThemePickerDialog
      title={`${unlink ? 'Unlink' : 'Link'} ${noteOrNotes(noteIds.length)} ${unlink ? 'from' : 'to'} theme`}
      description={
        unlink
          ? 'The notes stay in their own theme; they no longer count in the theme you pick.'
          : 'The notes stay where they are, in their own theme, and count in the theme you pick as well.'
      }
      options={options}
      onPick={(themeId) => {
        const name = model.themeById.get(themeId)?.name ?? 'theme';
        const command = unlink ? unlinkFromTheme(runner, noteIds, themeId) : linkToTheme(runner, noteIds, themeId);
        void act(command, (n) =>
          n === 0
            ? unlink
              ? 'Not linked there; nothing changed'
              : 'Already in that theme; nothing changed'
            : `${unlink ? 'Unlinked' : 'Linked'} ${notes(n)} ${unlink ? 'from' : 'to'} theme ${name}`,
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

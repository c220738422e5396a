/**
 * Each note's face, computed once per data change: the colours and speaker line the canvas draws, and what a
 * screen reader hears after the note's text (its theme, the themes it is also linked to, speaker, question, kind
 * and group).
 */
import { useMemo } from 'react';
import { stickyFill } from '../../shared/board/color';
import { linkedThemesOf } from '../../shared/domain/noteThemes';
import type { ColorMode } from './boardStore';
import type { BoardModel } from './useBoardModel';
import type { StickyFace } from './paint/scene';
import { useT } from '../ui/i18n';

export interface NoteFace extends StickyFace {
  /** Said after the text: "— theme Lighting, speaker P2, question 3, Issue, Seniors". */
  context: string;
}

export function useStickyFaces(model: BoardModel, colorMode: ColorMode): ReadonlyMap<string, NoteFace> {
  // What a face shows depends on the notes and their labels, not on where the notes lie: a drag that only
  // moves notes keeps every face (and every drawn copy of it).
  const { notes, groups, project, themeById, colorOf, speakerOf, questionNumber, groupOfNote, themePath } = model;
  // The words a face says are in the app's language: a new language makes new faces (and new drawn copies).
  const { t, locale } = useT();
  return useMemo(() => {
    const groupName = new Map(groups.map((g) => [g.id, g.name]));
    const kindName = new Map(project.kinds.map((k) => [k.id, k.name]));
    const faces = new Map<string, NoteFace>();
    for (const note of notes) {
      const color = colorOf(note, colorMode);
      const speaker = speakerOf(note);
      const question = note.questionId ? questionNumber.get(note.questionId) : undefined;
      const group = groupOfNote(note);
      const kind = note.kind ? kindName.get(note.kind) : undefined;
      const theme = note.themeId && themeById.has(note.themeId) ? themePath(note.themeId) : null;
      const links = linkedThemesOf(note).flatMap((id) => {
        const linked = themeById.get(id);
        return linked ? [{ id, name: linked.name, color: linked.color }] : [];
      });
      const meta = [
        speaker,
        question ? t('board.questionShort', { number: question }) : null,
        colorMode === 'group' ? kind : group ? groupName.get(group) : null,
      ]
        .filter(Boolean)
        .join(' · ');
      const context = [
        theme ? t('board.face.theme', { theme }) : t('board.face.noTheme'),
        links.length ? t('board.face.alsoIn', { themes: links.map((l) => themePath(l.id)).join(', ') }) : null,
        speaker ? t('board.face.speaker', { code: speaker }) : null,
        question ? t('board.face.question', { number: question }) : null,
        kind,
        group ? groupName.get(group) : null,
      ]
        .filter(Boolean)
        .join(', ');
      const fill = stickyFill(color);
      const sensitive = note.flags.sensitive;
      faces.set(note.id, {
        text: note.text,
        meta,
        fill,
        accent: color,
        sensitive,
        links: links.map(({ name, color: linkColor }) => ({ name, color: linkColor })),
        context: `— ${context}`,
        key: `${locale}|${fill}|${color}|${sensitive ? 1 : 0}|${meta}|${links.map((l) => `${l.color}${l.name}`).join('|')}|${note.text}`,
      });
    }
    return faces;
  }, [
    notes,
    groups,
    project,
    themeById,
    colorOf,
    speakerOf,
    questionNumber,
    groupOfNote,
    themePath,
    colorMode,
    t,
    locale,
  ]);
}

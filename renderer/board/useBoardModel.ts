/**
 * Everything the board screen reads, and what it derives from it once per data change: the layout, the
 * spatial index over the notes, colours and the facts filters need. Gestures never recompute any of this;
 * only a committed change (or a drop waiting for its commit, see `pending`) does.
 */
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type {
  Note,
  Participant,
  Project,
  Question,
  Session,
  StakeholderGroup,
  Theme,
} from '../../shared/domain/schemas';
import { membersByTheme, type ThemeMembers } from '../../shared/domain/noteThemes';
import { layoutBoard, type BoardLayout } from '../../shared/board/layout';
import { buildIndex, type SpatialIndex } from '../../shared/board/spatialIndex';
import { rowOfRegions, SHARED_REGION } from '../../shared/board/regions';
import type { Rect } from '../../shared/board/rect';
import { useData } from '../app/DataContext';
import {
  countNotesBySession,
  getProject,
  getSession,
  listBoardNotes,
  listBoardThemes,
  listGroups,
  listProjectParticipants,
  listQuestions,
  listSessions,
} from '../data/queries';
import type { ColorMode } from './boardStore';

export interface BoardData {
  project: Project;
  session: Session | null;
  sessions: Session[];
  groups: StakeholderGroup[];
  questions: Question[];
  notes: Note[];
  themes: Theme[];
  participants: Participant[];
  /** Speaker code by participant id. */
  speakers: Map<string, string>;
  /** Notes per session over the whole project: sizes each session's region (shared/board/regions.ts). */
  sessionCounts: Map<string, number>;
}

export interface BoardModel extends BoardData {
  /** Sessions in the order their regions go on the board (creation order). */
  sessionOrder: Session[];
  noteById: Map<string, Note>;
  themeById: Map<string, Theme>;
  layout: BoardLayout;
  index: SpatialIndex;
  paintOrder: Map<string, number>;
  groupOfNote(note: Note): string | null;
  speakerOf(note: Note): string | null;
  colorOf(note: Note, mode: ColorMode): string | null;
  /** "Parent › Child" for a theme, for labels that must say where a theme sits. */
  themePath(themeId: string): string;
  questionNumber: Map<string, number>;
  /** Each theme's own notes (the ones in its frame), and under null the notes without a theme on this board. */
  notesByTheme: Map<string | null, Note[]>;
  /** Each theme's notes at home and linked from other themes: what its frame and outline count. */
  membersByTheme: Map<string | null, ThemeMembers<Note>>;
}

export type BoardLoad = { state: 'loading' } | { state: 'missing' } | { state: 'ready'; data: BoardData };

export function useBoardData(projectId: string, sessionId: string | null): BoardLoad {
  const { db } = useData();
  const data = useLiveQuery(async (): Promise<BoardData | null> => {
    const [project, session] = await Promise.all([
      getProject(db, projectId),
      sessionId ? getSession(db, sessionId) : null,
    ]);
    if (!project || (sessionId && (!session || session.projectId !== projectId))) return null;
    const sessions = await listSessions(db, projectId);
    const [groups, questions, notes, themes, participants, sessionCounts] = await Promise.all([
      listGroups(db, projectId),
      listQuestions(db, projectId),
      listBoardNotes(db, projectId, sessionId),
      listBoardThemes(db, projectId, sessionId),
      listProjectParticipants(db, projectId),
      countNotesBySession(
        db,
        sessions.map((s) => s.id),
      ),
    ]);
    return {
      project,
      session: session ?? null,
      sessions,
      groups,
      questions,
      notes,
      themes,
      participants,
      speakers: new Map(participants.map((p) => [p.id, p.code])),
      sessionCounts,
    };
  }, [db, projectId, sessionId]);
  if (data === undefined) return { state: 'loading' };
  if (data === null) return { state: 'missing' };
  return { state: 'ready', data };
}

/** Positions and frames a gesture has shown on screen but the database has not yet returned. */
export interface PendingView {
  notes: ReadonlyMap<string, { x: number; y: number; themeId?: string | null }>;
  frames: ReadonlyMap<string, Rect | null>;
}

export function useBoardModel(data: BoardData, pending: PendingView | null): BoardModel {
  const { notes, themes, sessions, groups, project, questions, speakers } = data;
  const lookups = useMemo(() => {
    const groupOfSession = new Map(sessions.map((s) => [s.id, s.groupId]));
    const groupColor = new Map(groups.map((g) => [g.id, g.color]));
    const kindColor = new Map(project.kinds.map((k) => [k.id, k.color]));
    const groupOfNote = (note: Note) => groupOfSession.get(note.sessionId) ?? null;
    return {
      groupOfNote,
      speakerOf: (note: Note) => (note.participantId ? (speakers.get(note.participantId) ?? null) : null),
      colorOf: (note: Note, mode: ColorMode) => {
        if (mode === 'kind') return note.kind ? (kindColor.get(note.kind) ?? null) : null;
        const group = groupOfNote(note);
        return group ? (groupColor.get(group) ?? null) : null;
      },
      questionNumber: new Map(questions.map((q, i) => [q.id, i + 1])),
    };
  }, [sessions, groups, project.kinds, speakers, questions]);

  const structure = useMemo(() => {
    const noteById = new Map(notes.map((n) => [n.id, n]));
    const themeById = new Map(themes.map((t) => [t.id, t]));
    const members = membersByTheme(notes, themeById.keys());
    const notesByTheme = new Map([...members].map(([id, { home }]) => [id, home]));
    const themePath = (themeId: string) => {
      const names: string[] = [];
      const seen = new Set<string>();
      for (
        let at = themeById.get(themeId);
        at && !seen.has(at.id);
        at = at.parentId ? themeById.get(at.parentId) : undefined
      ) {
        names.unshift(at.name);
        seen.add(at.id);
      }
      return names.join(' › ');
    };
    return { noteById, themeById, notesByTheme, membersByTheme: members, themePath };
  }, [notes, themes]);

  const sessionOrder = useMemo(
    () => [...sessions].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)),
    [sessions],
  );
  const regions = useMemo(
    () =>
      rowOfRegions(
        sessionOrder.map((s) => s.id),
        data.sessionCounts,
      ),
    [sessionOrder, data.sessionCounts],
  );

  const geometry = useMemo(() => {
    const input = notes.map((n) => {
      const over = pending?.notes.get(n.id);
      return over
        ? {
            id: n.id,
            themeId: over.themeId === undefined ? n.themeId : over.themeId,
            x: over.x,
            y: over.y,
            region: n.sessionId,
          }
        : { id: n.id, themeId: n.themeId, x: n.x, y: n.y, region: n.sessionId };
    });
    // A session's themes flow in its region; project-wide ones in their own, or on a session board in its.
    const sharedRegion = data.session?.id ?? SHARED_REGION;
    const layout = layoutBoard(
      input,
      themes.map((t) => ({
        id: t.id,
        parentId: t.parentId,
        frame: pending?.frames.has(t.id) ? pending.frames.get(t.id)! : t.frame,
        region: t.sessionId ?? sharedRegion,
      })),
      regions,
    );
    const index = buildIndex(Array.from(layout.notes, ([id, rect]) => ({ id, rect })));
    const paintOrder = new Map(notes.map((n, i) => [n.id, i]));
    return { layout, index, paintOrder };
  }, [notes, themes, pending, regions, data.session]);

  return { ...data, sessionOrder, ...lookups, ...structure, ...geometry };
}

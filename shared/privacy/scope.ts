/**
 * Export scope: which sessions (by id or by stakeholder group) leave. Notes, participants and findings follow
 * their sessions; themes stay when they are master themes or hold notes in scope, so the codebook of a scoped
 * export does not leak the names of other groups' themes.
 */
import { themesOfNote } from '../domain/noteThemes';
import type { FindingsSnapshot } from '../findings/snapshot';

export interface ExportScope {
  /** null or absent: every session. */
  sessionIds?: readonly string[] | null;
  groupIds?: readonly string[] | null;
}

export function scopeSnapshot(snapshot: FindingsSnapshot, scope: ExportScope): FindingsSnapshot {
  if (!scope.sessionIds && !scope.groupIds) return snapshot;
  const bySession = scope.sessionIds ? new Set(scope.sessionIds) : null;
  const byGroup = scope.groupIds ? new Set(scope.groupIds) : null;
  const sessions = snapshot.sessions.filter(
    (s) => (!bySession || bySession.has(s.id)) && (!byGroup || (s.groupId !== null && byGroup.has(s.groupId))),
  );
  const sessionIds = new Set(sessions.map((s) => s.id));
  const notes = snapshot.notes.filter((n) => sessionIds.has(n.sessionId));
  const noteIds = new Set(notes.map((n) => n.id));
  const groupIds = byGroup ?? new Set(sessions.map((s) => s.groupId).filter((g): g is string => g !== null));
  const themeIds = new Set<string>();
  const themes = new Map(snapshot.themes.map((t) => [t.id, t]));
  const keep = (themeId: string | null): void => {
    // A theme in scope brings its ancestors and its master theme, so the tree and the mapping stay whole.
    let current = themeId ? themes.get(themeId) : undefined;
    while (current && !themeIds.has(current.id)) {
      themeIds.add(current.id);
      if (current.masterThemeId) keep(current.masterThemeId);
      current = current.parentId ? themes.get(current.parentId) : undefined;
    }
  };
  for (const note of notes) for (const id of themesOfNote(note)) keep(id);
  for (const theme of snapshot.themes) {
    if (theme.sessionId === null || sessionIds.has(theme.sessionId)) keep(theme.id);
  }
  return {
    ...snapshot,
    groups: snapshot.groups.filter((g) => groupIds.has(g.id)),
    sessions,
    participants: snapshot.participants.filter((p) => sessionIds.has(p.sessionId)),
    notes,
    themes: snapshot.themes.filter((t) => themeIds.has(t.id)),
    findings: snapshot.findings
      .map((f) => ({
        ...f,
        evidenceNoteIds: f.evidenceNoteIds.filter((id) => noteIds.has(id)),
        quoteNoteIds: f.quoteNoteIds.filter((id) => noteIds.has(id)),
        themeIds: f.themeIds.filter((id) => themeIds.has(id)),
      }))
      .filter((f) => f.evidenceNoteIds.length > 0 || f.themeIds.length > 0),
    ...(snapshot.mappingLog ? { mappingLog: snapshot.mappingLog.filter((m) => themeIds.has(m.themeId)) } : {}),
  };
}

/** Everything the coding and agreement screen shows about one session, read live so every coder's progress shows. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useData } from '../app/DataContext';
import { listCodingPasses, listSessionCodings } from '../data/codingQueries';
import { getProject, getSession, listBoardThemes, listSessionNotes } from '../data/queries';

export function useAgreementData(projectId: string, sessionId: string) {
  const { db } = useData();
  return useLiveQuery(
    async () => ({
      project: await getProject(db, projectId),
      session: await getSession(db, sessionId),
      notes: await listSessionNotes(db, sessionId),
      themes: await listBoardThemes(db, projectId, sessionId),
      passes: await listCodingPasses(db, sessionId),
      codings: await listSessionCodings(db, sessionId),
    }),
    [db, projectId, sessionId],
  );
}

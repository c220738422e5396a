/**
 * Coding and agreement for one session. Coders start a pass each and theme every note in it, blind: while any
 * pass is not done, the screen shows only the pass being coded. When every coder has said "done", the agreement
 * of two passes (kappa and alpha, per master theme and overall), the confusion table and the disagreements are
 * shown, and each disagreement can be resolved by putting the note in one coder's theme on the board.
 */
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Button, Input, Label, TextField } from 'react-aria-components';
import { useData } from '../app/DataContext';
import { routePath } from '../app/router';
import { useAct } from '../app/useAct';
import { listCodingPasses, listSessionCodings } from '../data/codingQueries';
import { setPassDone, startCodingPass } from '../data/commands/coding';
import { getProject, getSession, listBoardThemes, listSessionNotes } from '../data/queries';
import { SessionNotFound } from '../ui/NotFound';
import { AgreementResults } from './AgreementResults';
import { CodingPanel } from './CodingPanel';

export function AgreementScreen({ projectId, sessionId }: { projectId: string; sessionId: string }) {
  const { db, runner } = useData();
  const act = useAct();
  const [activePassId, setActivePassId] = useState<string | null>(null);
  const [coder, setCoder] = useState('');
  const data = useLiveQuery(
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
  if (!data) return null;
  const { session, project, notes, themes, passes, codings } = data;
  if (!session || !project) return <SessionNotFound sessionsHref={routePath({ name: 'sessions', projectId })} />;
  const active = passes.find((pass) => pass.id === activePassId) ?? null;
  const allDone = passes.length >= 2 && passes.every((pass) => pass.done);

  const start = async () => {
    const pass = await act(startCodingPass(runner, sessionId, coder), (p) => `Coding as ${p.coder}`);
    if (pass) {
      setActivePassId(pass.id);
      setCoder('');
    }
  };

  return (
    <section className="screen agreement-screen">
      <p className="breadcrumb">
        <a href={routePath({ name: 'sessions', projectId })}>Sessions</a> ›{' '}
        <a href={routePath({ name: 'session', projectId, sessionId })}>{session.title}</a> ›
      </p>
      <h1>Coding and agreement</h1>
      <p className="muted">
        Two or more people theme the notes of “{session.title}” on their own. Coding is blind: each coder sees only
        their own themes until every coder has said they are done. Then the agreement between them is shown here.
      </p>

      <section aria-labelledby="coders-heading" className="setup-section">
        <h2 id="coders-heading">Coders</h2>
        {passes.length === 0 ? (
          <p className="empty">Nobody codes this session yet.</p>
        ) : (
          <ul className="coder-list">
            {passes.map((pass) => {
              const coded = codings.filter((c) => c.passId === pass.id).length;
              return (
                <li key={pass.id} className={pass.id === activePassId ? 'coder current' : 'coder'}>
                  <span className="coder-name">{pass.coder}</span>
                  <span className={pass.done ? 'badge badge-closed' : 'badge badge-running'}>
                    {pass.done ? 'done' : 'coding'}
                  </span>
                  {/* Counts, not themes: how far each coder is never reveals what they chose. */}
                  <span className="muted">
                    {coded} of {notes.length} coded
                  </span>
                  <Button
                    onPress={() => setActivePassId(pass.id)}
                    isDisabled={pass.id === activePassId}
                    className="small-button"
                  >
                    Code as {pass.coder}
                  </Button>
                  <Button
                    className="small-button"
                    onPress={() =>
                      act(
                        setPassDone(runner, pass.id, !pass.done),
                        pass.done ? `${pass.coder} reopened` : `${pass.coder} is done`,
                      )
                    }
                  >
                    {pass.done ? `Reopen ${pass.coder}` : `${pass.coder} is done`}
                  </Button>
                </li>
              );
            })}
          </ul>
        )}
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            void start();
          }}
        >
          <TextField value={coder} onChange={setCoder} className="field">
            <Label>Coder’s name</Label>
            <Input maxLength={120} />
          </TextField>
          <Button type="submit">Start coding</Button>
        </form>
      </section>

      {active && (
        <CodingPanel
          pass={active}
          notes={notes}
          themes={themes}
          sessionId={sessionId}
          codings={codings.filter((c) => c.passId === active.id)}
        />
      )}

      <section aria-labelledby="agreement-heading" className="setup-section">
        <h2 id="agreement-heading">Agreement</h2>
        {allDone ? (
          <AgreementResults projectId={projectId} passes={passes} notes={notes} themes={themes} codings={codings} />
        ) : (
          <p className="empty">
            {passes.length < 2
              ? 'Agreement needs two coders.'
              : `Shown when every coder is done (${passes.filter((p) => p.done).length} of ${passes.length} done).`}
          </p>
        )}
      </section>
    </section>
  );
}

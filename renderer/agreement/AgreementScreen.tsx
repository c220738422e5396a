/**
 * Coding and agreement for one session. Coders start a pass each and theme every note in it, blind: while any
 * pass is not done, the screen shows only the pass being coded. When every coder has said "done", the agreement
 * of two passes (kappa and alpha, per master theme and overall), the confusion table and the disagreements are
 * shown, and each disagreement can be resolved by putting the note in one coder's theme on the board.
 */
import { useState } from 'react';
import type { Coding, CodingPass, Note, Theme } from '../../shared/domain/schemas';
import { routePath } from '../app/router';
import { SessionNotFound } from '../ui/NotFound';
import { AgreementResults } from './AgreementResults';
import { CodersSection } from './CodersSection';
import { CodingPanel } from './CodingPanel';
import { useAgreementData } from './useAgreementData';
import { AGREEMENT_TEXT as T } from './messages';

export function AgreementScreen({ projectId, sessionId }: { projectId: string; sessionId: string }) {
  const [activePassId, setActivePassId] = useState<string | null>(null);
  const data = useAgreementData(projectId, sessionId);
  if (!data) return null;
  const { session, project, notes, themes, passes, codings } = data;
  if (!session || !project) return <SessionNotFound sessionsHref={routePath({ name: 'sessions', projectId })} />;
  const active = passes.find((pass) => pass.id === activePassId) ?? null;

  return (
    <section className="screen agreement-screen">
      <p className="breadcrumb">
        <a href={routePath({ name: 'sessions', projectId })}>{T.sessions}</a> ›{' '}
        <a href={routePath({ name: 'session', projectId, sessionId })}>{session.title}</a> ›
      </p>
      <h1>{T.title}</h1>
      <p className="muted">{T.intro(session.title)}</p>

      <CodersSection
        sessionId={sessionId}
        passes={passes}
        codings={codings}
        noteCount={notes.length}
        activePassId={activePassId}
        onCodeAs={setActivePassId}
      />

      {active && (
        <CodingPanel
          pass={active}
          notes={notes}
          themes={themes}
          sessionId={sessionId}
          codings={codings.filter((c) => c.passId === active.id)}
        />
      )}

      <AgreementSection projectId={projectId} passes={passes} notes={notes} themes={themes} codings={codings} />
    </section>
  );
}

/** The agreement itself, shown only once at least two coders are all done (blind coding until then). */
function AgreementSection({
  projectId,
  passes,
  notes,
  themes,
  codings,
}: {
  projectId: string;
  passes: CodingPass[];
  notes: Note[];
  themes: Theme[];
  codings: Coding[];
}) {
  const allDone = passes.length >= 2 && passes.every((pass) => pass.done);
  return (
    <section aria-labelledby="agreement-heading" className="setup-section">
      <h2 id="agreement-heading">{T.heading}</h2>
      {allDone ? (
        <AgreementResults projectId={projectId} passes={passes} notes={notes} themes={themes} codings={codings} />
      ) : (
        <p className="empty">
          {passes.length < 2 ? T.needsTwo : T.waiting(passes.filter((p) => p.done).length, passes.length)}
        </p>
      )}
    </section>
  );
}

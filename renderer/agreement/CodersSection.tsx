/**
 * Who codes this session: each coder with how far they are and whether they are done, a button to code as them
 * and one to say they are done (or reopen), and a form to start a new coder's pass.
 */
import { useState } from 'react';
import { Button, Input, Label, TextField } from 'react-aria-components';
import type { Coding, CodingPass } from '../../shared/domain/schemas';
import { useData } from '../app/DataContext';
import { useAct } from '../app/useAct';
import { setPassDone, startCodingPass } from '../data/commands/coding';
import { AGREEMENT_TEXT as T } from './messages';

export function CodersSection({
  sessionId,
  passes,
  codings,
  noteCount,
  activePassId,
  onCodeAs,
}: {
  sessionId: string;
  passes: CodingPass[];
  codings: Coding[];
  noteCount: number;
  activePassId: string | null;
  onCodeAs(passId: string): void;
}) {
  return (
    <section aria-labelledby="coders-heading" className="setup-section">
      <h2 id="coders-heading">{T.coders}</h2>
      {passes.length === 0 ? (
        <p className="empty">{T.nobody}</p>
      ) : (
        <ul className="coder-list">
          {passes.map((pass) => (
            <CoderRow
              key={pass.id}
              pass={pass}
              coded={codings.filter((c) => c.passId === pass.id).length}
              noteCount={noteCount}
              current={pass.id === activePassId}
              onCodeAs={() => onCodeAs(pass.id)}
            />
          ))}
        </ul>
      )}
      <StartCodingForm sessionId={sessionId} onStarted={onCodeAs} />
    </section>
  );
}

function CoderRow({
  pass,
  coded,
  noteCount,
  current,
  onCodeAs,
}: {
  pass: CodingPass;
  coded: number;
  noteCount: number;
  current: boolean;
  onCodeAs(): void;
}) {
  const { runner } = useData();
  const act = useAct();
  return (
    <li className={current ? 'coder current' : 'coder'}>
      <span className="coder-name">{pass.coder}</span>
      <span className={pass.done ? 'badge badge-closed' : 'badge badge-running'}>{pass.done ? T.done : T.coding}</span>
      {/* Counts, not themes: how far each coder is never reveals what they chose. */}
      <span className="muted">{T.codedCount(coded, noteCount)}</span>
      <Button onPress={onCodeAs} isDisabled={current} className="small-button">
        {T.codeAs(pass.coder)}
      </Button>
      <Button
        className="small-button"
        onPress={() =>
          act(setPassDone(runner, pass.id, !pass.done), pass.done ? T.reopened(pass.coder) : T.isDone(pass.coder))
        }
      >
        {pass.done ? T.reopen(pass.coder) : T.isDone(pass.coder)}
      </Button>
    </li>
  );
}

/** Starts a pass for the coder named here and makes it the one being coded. */
function StartCodingForm({ sessionId, onStarted }: { sessionId: string; onStarted(passId: string): void }) {
  const { runner } = useData();
  const act = useAct();
  const [coder, setCoder] = useState('');
  const start = async () => {
    const pass = await act(startCodingPass(runner, sessionId, coder), (p) => T.codingAs(p.coder));
    if (pass) {
      onStarted(pass.id);
      setCoder('');
    }
  };
  return (
    <form
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        void start();
      }}
    >
      <TextField value={coder} onChange={setCoder} className="field">
        <Label>{T.codersName}</Label>
        <Input maxLength={120} />
      </TextField>
      <Button type="submit">{T.startCoding}</Button>
    </form>
  );
}

/** Words or phrases the person removes everywhere in what will leave (a name the scan missed), each undoable. */
import { useState } from 'react';

export function RemovedPhrases({ phrases, onPhrases }: { phrases: string[]; onPhrases(next: string[]): void }) {
  const [phrase, setPhrase] = useState('');
  return (
    <>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          const value = phrase.trim();
          if (value && !phrases.includes(value)) onPhrases([...phrases, value]);
          setPhrase('');
        }}
      >
        <div className="field grow">
          <label htmlFor="redact-phrase">Also remove this word or phrase everywhere</label>
          <input id="redact-phrase" type="text" value={phrase} onChange={(e) => setPhrase(e.target.value)} />
        </div>
        <button type="submit" disabled={!phrase.trim()}>
          Remove everywhere
        </button>
      </form>
      {phrases.length > 0 && (
        <ul className="plain-list">
          {phrases.map((p) => (
            <li key={p} className="list-row">
              “{p}” is removed everywhere.
              <button
                type="button"
                className="small-button"
                aria-label={`Stop removing “${p}”`}
                onClick={() => onPhrases(phrases.filter((x) => x !== p))}
              >
                Undo
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

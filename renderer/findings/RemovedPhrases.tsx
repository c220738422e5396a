/** Words or phrases the person removes everywhere in what will leave (a name the scan missed), each undoable. */
import { useState } from 'react';
import { useT } from '../ui/i18n';

export function RemovedPhrases({ phrases, onPhrases }: { phrases: string[]; onPhrases(next: string[]): void }) {
  const { t } = useT();
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
          <label htmlFor="redact-phrase">{t('export.phrase.label')}</label>
          <input id="redact-phrase" type="text" value={phrase} onChange={(e) => setPhrase(e.target.value)} />
        </div>
        <button type="submit" disabled={!phrase.trim()}>
          {t('export.phrase.submit')}
        </button>
      </form>
      {phrases.length > 0 && (
        <ul className="plain-list">
          {phrases.map((p) => (
            <li key={p} className="list-row">
              {t('export.phrase.removed', { phrase: p })}
              <button
                type="button"
                className="small-button"
                aria-label={t('export.phrase.undoLabel', { phrase: p })}
                onClick={() => onPhrases(phrases.filter((x) => x !== p))}
              >
                {t('export.phrase.undo')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

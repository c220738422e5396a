/**
 * One coder's pass: every note of the session with a theme picker. Only this pass's codings are passed in, so
 * nothing here can show another coder's choices (blind coding). "No theme" is a choice of its own, distinct from
 * a note not coded yet.
 */
import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';
import type { Coding, CodingPass, Note, Theme } from '../../shared/domain/schemas';
import { useData } from '../app/DataContext';
import { useAct } from '../app/useAct';
import { codeNote } from '../data/commands/coding';
import { AGREEMENT_TEXT as T } from './messages';

const NO_THEME_KEY = '__none__';

interface Option {
  id: string;
  label: string;
}

export function themeOptions(themes: readonly Theme[], sessionId: string): Option[] {
  const session = themes.filter((t) => t.sessionId === sessionId).map((t) => ({ id: t.id, label: t.name }));
  const master = themes.filter((t) => t.sessionId === null).map((t) => ({ id: t.id, label: T.master(t.name) }));
  return [{ id: NO_THEME_KEY, label: T.noTheme }, ...session, ...master];
}

export function CodingPanel({
  pass,
  notes,
  themes,
  sessionId,
  codings,
}: {
  pass: CodingPass;
  notes: readonly Note[];
  themes: readonly Theme[];
  sessionId: string;
  codings: readonly Coding[];
}) {
  const { runner } = useData();
  const act = useAct();
  const byNote = new Map(codings.map((coding) => [coding.noteId, coding]));
  const options = themeOptions(themes, sessionId);
  return (
    <section aria-labelledby="coding-heading" className="setup-section">
      <h2 id="coding-heading">{T.codingAs(pass.coder)}</h2>
      {pass.done && <p className="muted">{T.saidDone(pass.coder)}</p>}
      {options.length === 1 && <p className="empty">{T.noThemes}</p>}
      {notes.length === 0 ? (
        <p className="empty">{T.noNotes}</p>
      ) : (
        <ol className="coding-list">
          {notes.map((note, index) => {
            const coding = byNote.get(note.id);
            const selected = coding ? (coding.themeId ?? NO_THEME_KEY) : null;
            return (
              <li key={note.id} className="coding-row">
                <span className="coding-number" aria-hidden="true">
                  {index + 1}.
                </span>
                <p className="coding-text" id={`coding-note-${note.id}`}>
                  {note.text}
                </p>
                <Select
                  className="field coding-select"
                  selectedKey={selected}
                  isDisabled={pass.done}
                  placeholder={T.notCoded}
                  onSelectionChange={(key) => {
                    if (key === null) return;
                    const themeId = key === NO_THEME_KEY ? null : String(key);
                    void act(codeNote(runner, pass.id, note.id, themeId));
                  }}
                >
                  <Label className="visually-hidden">{T.themeForNote(index + 1)}</Label>
                  <Button className="select-button">
                    <SelectValue />
                    <span aria-hidden="true"> ▾</span>
                  </Button>
                  <Popover className="popover">
                    <ListBox<Option> className="listbox" items={options}>
                      {(option) => (
                        <ListBoxItem id={option.id} textValue={option.label} className="listbox-item">
                          {option.label}
                        </ListBoxItem>
                      )}
                    </ListBox>
                  </Popover>
                </Select>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

/**
 * What a command calls itself on the undo stack (architecture: Writes): a reference into the message catalogue,
 * never words, so the app says it in whatever language is chosen when the label is shown (data/ does not know the
 * app's language). It stays plain data: history entries cross from the capture worker to the app's runner.
 */
import type { MessageId } from '../../shared/i18n/catalogue';
import type { Translator } from '../../shared/i18n/translate';

/** What a failed command's error calls the record it was writing ("The note is not valid…"). */
export type CommandSubject =
  | 'note'
  | 'question'
  | 'session'
  | 'participant'
  | 'theme'
  | 'project'
  | 'stakeholder group'
  | 'finding'
  | 'note kind'
  | 'memo'
  | 'photo'
  | 'coding'
  | 'vote';

export interface CommandLabel {
  id: MessageId;
  /** The message's placeholders: counts and the names a person typed (never translated). */
  values?: Record<string, string | number>;
  /** Left out for a command that is not about one kind of record: its errors speak of "the change". */
  subject?: CommandSubject;
}

/** The label in the given language, when it is shown or announced. */
export function labelText(tr: Pick<Translator, 't'>, label: CommandLabel): string {
  return tr.t(label.id, label.values);
}

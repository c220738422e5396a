/**
 * Writing or editing one finding, in a modal dialog: statement, framework category, priority, the themes it rests
 * on, quotes picked from their notes, and its actions and measures of progress for the plan (PlanFields).
 * Evidence is not picked by hand: it is every note of the chosen themes, so a finding's breadth stays honest.
 * Notes that may not be quoted are listed but cannot be ticked, with the reason in words.
 */
import { useState } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import type { Finding } from '../../shared/domain/schemas';
import type { FindingsDocument } from '../../shared/findings/documentSchema';
import type { ReportLevel } from '../../shared/findings/levels';
import { isQuotable } from '../../shared/findings/quotes';
import type { FindingsSnapshot } from '../../shared/findings/snapshot';
import { useData } from '../app/DataContext';
import { createFinding, updateFinding } from '../data/commands/findings';
import { describeError } from '../data/errors';
import { announce } from '../app/announce';
import { DialogFooter } from '../ui/ConfirmDialog';
import { notesUnderThemes, type ListedNote } from '../../shared/findings/linkedNotes';
import { useT, uiTranslator } from '../ui/i18n';
import { AlsoIn } from './AlsoIn';
import { PlanFields } from './PlanFields';
import {
  agenciesOf,
  draftOf,
  ideasOf,
  inputOfDraft,
  quoteChoicesOf,
  themeChoicesOf,
  toggled,
  type FindingDraft,
} from './findingDraft';
import { whyNotQuotable } from './findingText';

export interface FindingEditorProps {
  snapshot: FindingsSnapshot;
  view: FindingsDocument;
  level: ReportLevel;
  /** The finding to edit; absent: a new finding. */
  finding?: Finding;
  triggerLabel: string;
  triggerAccessibleLabel?: string;
  triggerClassName?: string;
}

export function FindingEditor(props: FindingEditorProps) {
  const { finding } = props;
  return (
    <DialogTrigger>
      <Button className={props.triggerClassName ?? 'small-button'} aria-label={props.triggerAccessibleLabel}>
        {props.triggerLabel}
      </Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal modal-wide">
          <Dialog className="dialog">
            {({ close }) => <EditorForm {...props} close={close} key={finding?.updatedAt ?? 'new'} />}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}

function EditorForm({ snapshot, view, level, finding, close }: FindingEditorProps & { close(): void }) {
  const { runner } = useData();
  const [draft, setDraft] = useState(() => draftOf(finding));
  const [error, setError] = useState<string | null>(null);
  const { t } = useT();
  const change = (part: Partial<FindingDraft>) => setDraft((current) => ({ ...current, ...part }));
  // Every note of the chosen themes, linked notes included, each with the other themes it counts in.
  const listed = draft.themeIds.length ? notesUnderThemes(snapshot, level, draft.themeIds) : [];
  const evidence = listed.map((l) => l.note);
  const id = finding?.id ?? 'new';

  const save = async () => {
    const planned = inputOfDraft(draft, evidence, finding);
    if ('problem' in planned) {
      setError(planned.problem);
      return;
    }
    try {
      if (finding) await updateFinding(runner, finding.id, planned.input);
      else await createFinding(runner, snapshot.project.id, planned.input);
      announce(finding ? t('finding.editor.saved') : t('finding.editor.added'));
      close();
    } catch (failure) {
      setError(describeError(failure, uiTranslator()));
    }
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Heading slot="title">{finding ? t('finding.editor.edit') : t('finding.new')}</Heading>
      <StatementFields id={id} draft={draft} kinds={snapshot.project.kinds} onChange={change} />
      <ThemeChoices
        choices={themeChoicesOf(view, snapshot, draft.themeIds)}
        chosen={draft.themeIds}
        onChange={(themeIds) => change({ themeIds })}
      />
      <QuoteChoices
        listed={listed}
        themes={snapshot.themes}
        chosen={draft.quoteIds}
        onChange={(quoteIds) => change({ quoteIds })}
      />
      <PlanFields
        idPrefix={id}
        actions={draft.actions}
        onActions={(actions) => change({ actions })}
        measures={draft.measures}
        onMeasures={(measures) => change({ measures })}
        ideas={ideasOf(snapshot, evidence)}
        knownAgencies={agenciesOf(snapshot)}
      />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <DialogFooter>
        <Button type="button" onPress={close}>
          {t('ui.cancel')}
        </Button>
        <Button type="submit" className="primary-button">
          {finding ? t('finding.editor.save') : t('finding.editor.add')}
        </Button>
      </DialogFooter>
    </form>
  );
}

/** The statement, its framework category and its priority. */
function StatementFields({
  id,
  draft,
  kinds,
  onChange,
}: {
  id: string;
  draft: FindingDraft;
  kinds: FindingsSnapshot['project']['kinds'];
  onChange(part: Partial<FindingDraft>): void;
}) {
  const { t } = useT();
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-statement`}>{t('finding.editor.statement')}</label>
        <textarea
          id={`${id}-statement`}
          rows={3}
          value={draft.statement}
          autoFocus
          onChange={(e) => onChange({ statement: e.target.value })}
        />
      </div>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('finding.editor.category')}</label>
          <select id={`${id}-kind`} value={draft.kind} onChange={(e) => onChange({ kind: e.target.value })}>
            <option value="">{t('finding.editor.notClassified')}</option>
            {kinds.map((k) => (
              <option key={k.id} value={k.id}>
                {k.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field narrow">
          <label htmlFor={`${id}-priority`}>{t('finding.editor.priority')}</label>
          <input
            id={`${id}-priority`}
            type="number"
            min={0}
            step={1}
            value={draft.priority}
            onChange={(e) => onChange({ priority: e.target.value })}
          />
        </div>
      </div>
    </>
  );
}

function ThemeChoices({
  choices,
  chosen,
  onChange,
}: {
  choices: { id: string; name: string }[];
  chosen: readonly string[];
  onChange(themeIds: string[]): void;
}) {
  const { t } = useT();
  return (
    <fieldset className="choice-list">
      <legend>{t('finding.editor.themes')}</legend>
      {choices.length === 0 && <p className="muted">{t('finding.editor.noThemes')}</p>}
      {choices.map((theme) => (
        <label key={theme.id} className="check">
          <input
            type="checkbox"
            checked={chosen.includes(theme.id)}
            onChange={(e) => onChange(toggled(chosen, theme.id, e.target.checked))}
          />
          {theme.name}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * Quotes picked from the evidence; notes that may not be quoted are shown, disabled, with the reason, and a note
 * linked to further themes says where else it counts.
 */
function QuoteChoices({
  listed,
  themes,
  chosen,
  onChange,
}: {
  listed: readonly ListedNote[];
  themes: FindingsSnapshot['themes'];
  chosen: readonly string[];
  onChange(quoteIds: string[]): void;
}) {
  const { t } = useT();
  const { shown, total } = quoteChoicesOf(listed.map((l) => l.note));
  const alsoIn = new Map(listed.map((l) => [l.note.id, l.alsoIn]));
  return (
    <fieldset className="choice-list quote-choices">
      <legend>
        {total > shown.length
          ? t('finding.editor.quotesSome', { count: total, shown: shown.length })
          : t('finding.editor.quotes', { count: total })}
      </legend>
      {total === 0 && <p className="muted">{t('finding.editor.chooseTheme')}</p>}
      {shown.map((note) => {
        const quotable = isQuotable(note);
        return (
          <label key={note.id} className={`check${quotable ? '' : ' is-disabled'}`}>
            <input
              type="checkbox"
              disabled={!quotable}
              checked={quotable && chosen.includes(note.id)}
              onChange={(e) => onChange(toggled(chosen, note.id, e.target.checked))}
            />
            <span>
              {note.text}
              {!quotable && (
                <em className="flag-on">{t('finding.editor.cannotQuote', { why: whyNotQuotable(note) })}</em>
              )}
              <AlsoIn themeIds={alsoIn.get(note.id) ?? []} themes={themes} />
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}

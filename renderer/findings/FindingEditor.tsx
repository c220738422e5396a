/**
 * Writing or editing one finding, in a modal dialog: statement, framework category, priority, the themes it rests
 * on, quotes picked from their notes, and its actions and measures of progress for the plan (PlanFields).
 * Evidence is not picked by hand: it is every note of the chosen themes, so a finding's breadth stays honest.
 * Notes that may not be quoted are listed but cannot be ticked, with the reason in words.
 */
import { useState } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import type { Finding, Note } from '../../shared/domain/schemas';
import type { FindingsDocument } from '../../shared/findings/documentSchema';
import type { ReportLevel } from '../../shared/findings/levels';
import { isQuotable } from '../../shared/findings/quotes';
import type { FindingsSnapshot } from '../../shared/findings/snapshot';
import { useData } from '../app/DataContext';
import { createFinding, updateFinding, type FindingInput } from '../data/commands/findings';
import { describeError } from '../data/errors';
import { announce } from '../app/announce';
import { notesOfThemes } from './view';
import { PlanFields } from './PlanFields';
import type { PlanAction, PlanMeasure } from '../../shared/domain/actionPlan';
import { roleOfKind } from '../../shared/findings/framework';
import { uniqueTexts } from '../../shared/findings/ideas';

/** Enough to choose from without a dialog of thousands of checkboxes. */
const MAX_QUOTE_CHOICES = 60;

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

function whyNotQuotable(note: Note): string {
  if (note.flags.doNotQuote) return 'do not quote';
  if (note.flags.sensitive) return 'sensitive';
  return 'cultural protocol';
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

/** The room's ideas for action among the evidence (notes of an action kind that may be shown), each once. */
function ideasOf(snapshot: FindingsSnapshot, evidence: readonly Note[]): string[] {
  const actionKinds = new Set(snapshot.project.kinds.filter((k) => roleOfKind(k) === 'action').map((k) => k.id));
  return uniqueTexts(
    evidence.filter((n) => n.kind && actionKinds.has(n.kind) && isQuotable(n)).map((n) => ({ text: n.text.trim() })),
  ).map((idea) => idea.text);
}

/** Agencies this project's findings already name, so the same agency is spelled the same way each time. */
function agenciesOf(snapshot: FindingsSnapshot): string[] {
  return [
    ...new Set(snapshot.findings.flatMap((f) => f.actions.flatMap((a) => [a.lead, ...a.partners])).filter(Boolean)),
  ];
}

function EditorForm({ snapshot, view, level, finding, close }: FindingEditorProps & { close(): void }) {
  const { runner } = useData();
  const [statement, setStatement] = useState(finding?.statement ?? '');
  const [kind, setKind] = useState(finding?.kind ?? '');
  const [priority, setPriority] = useState(finding?.priority === null || !finding ? '' : String(finding.priority));
  const [themeIds, setThemeIds] = useState<string[]>(finding?.themeIds ?? []);
  const [quoteIds, setQuoteIds] = useState<string[]>(finding?.quoteNoteIds ?? []);
  const [actions, setActions] = useState<PlanAction[]>(finding?.actions ?? []);
  const [measures, setMeasures] = useState<PlanMeasure[]>(finding?.measures ?? []);
  const [error, setError] = useState<string | null>(null);

  const themeName = new Map(snapshot.themes.map((t) => [t.id, t.name]));
  const themeChoices = [
    ...view.ranking.map((r) => ({ id: r.themeId, name: r.name })),
    ...themeIds
      .filter((id) => !view.ranking.some((r) => r.themeId === id))
      .map((id) => ({ id, name: themeName.get(id) ?? id })),
  ];
  const evidence = themeIds.length ? notesOfThemes(snapshot, level, themeIds) : [];
  const choices = [...evidence].sort((a, b) => Number(isQuotable(b)) - Number(isQuotable(a)) || b.votes - a.votes);
  const shown = choices.slice(0, MAX_QUOTE_CHOICES);
  const id = finding?.id ?? 'new';

  const toggle = (list: string[], value: string, on: boolean) =>
    on ? [...new Set([...list, value])] : list.filter((v) => v !== value);

  const save = async () => {
    const priorityNumber = priority.trim() === '' ? null : Number(priority);
    const evidenceIds = themeIds.length ? evidence.map((n) => n.id) : (finding?.evidenceNoteIds ?? []);
    const evidenceSet = new Set(evidenceIds);
    const input: FindingInput = {
      statement,
      kind: kind || null,
      priority: priorityNumber,
      themeIds,
      evidenceNoteIds: evidenceIds,
      quoteNoteIds: quoteIds.filter((q) => evidenceSet.has(q)),
      actions,
      measures,
    };
    if (!statement.trim()) {
      setError('Write the finding’s statement: one or two sentences a council member can read.');
      return;
    }
    try {
      if (finding) await updateFinding(runner, finding.id, input);
      else await createFinding(runner, snapshot.project.id, input);
      announce(finding ? 'Finding saved' : 'Finding added');
      close();
    } catch (failure) {
      setError(describeError(failure));
    }
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Heading slot="title">{finding ? 'Edit finding' : 'New finding'}</Heading>
      <div className="field">
        <label htmlFor={`${id}-statement`}>Statement</label>
        <textarea
          id={`${id}-statement`}
          rows={3}
          value={statement}
          autoFocus
          onChange={(e) => setStatement(e.target.value)}
        />
      </div>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-kind`}>Framework category</label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="">Not classified</option>
            {snapshot.project.kinds.map((k) => (
              <option key={k.id} value={k.id}>
                {k.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field narrow">
          <label htmlFor={`${id}-priority`}>Priority (1 = highest)</label>
          <input
            id={`${id}-priority`}
            type="number"
            min={0}
            step={1}
            value={priority}
            onChange={(e) => setPriority(e.target.value)}
          />
        </div>
      </div>
      <fieldset className="choice-list">
        <legend>Themes this finding rests on</legend>
        {themeChoices.length === 0 && <p className="muted">No themes yet: a finding can still be written by hand.</p>}
        {themeChoices.map((theme) => (
          <label key={theme.id} className="check">
            <input
              type="checkbox"
              checked={themeIds.includes(theme.id)}
              onChange={(e) => setThemeIds(toggle(themeIds, theme.id, e.target.checked))}
            />
            {theme.name}
          </label>
        ))}
      </fieldset>
      <fieldset className="choice-list quote-choices">
        <legend>
          Quotes ({evidence.length} notes of these themes
          {choices.length > shown.length ? `; the ${shown.length} most voted shown` : ''})
        </legend>
        {evidence.length === 0 && <p className="muted">Choose a theme to pick quotes from its notes.</p>}
        {shown.map((note) => {
          const quotable = isQuotable(note);
          return (
            <label key={note.id} className={`check${quotable ? '' : ' is-disabled'}`}>
              <input
                type="checkbox"
                disabled={!quotable}
                checked={quotable && quoteIds.includes(note.id)}
                onChange={(e) => setQuoteIds(toggle(quoteIds, note.id, e.target.checked))}
              />
              <span>
                {note.text}
                {!quotable && <em className="flag-on"> — cannot be quoted ({whyNotQuotable(note)})</em>}
              </span>
            </label>
          );
        })}
      </fieldset>
      <PlanFields
        idPrefix={id}
        actions={actions}
        onActions={setActions}
        measures={measures}
        onMeasures={setMeasures}
        ideas={ideasOf(snapshot, evidence)}
        knownAgencies={agenciesOf(snapshot)}
      />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <Button type="button" onPress={close}>
          Cancel
        </Button>
        <Button type="submit" className="primary-button">
          {finding ? 'Save finding' : 'Add finding'}
        </Button>
      </div>
    </form>
  );
}

/**
 * The finding's part in the plan, in the finding editor: its actions (words, lead agency, partner agencies,
 * timeframe) and its measures of progress (words, baseline, target, data source). Agencies are free text with
 * suggestions. The room's ideas for action under the finding's themes are offered as a start: one press turns an
 * idea into an action. Every control is a labelled field or button, so it all works from the keyboard.
 */
import { useState } from 'react';
import { Button } from 'react-aria-components';
import {
  AGENCY_SUGGESTIONS,
  TIMEFRAMES,
  TIMEFRAME_LABELS,
  type PlanAction,
  type PlanMeasure,
  type Timeframe,
} from '../../shared/domain/actionPlan';
import { SuggestField } from '../ui/SuggestField';

export const emptyAction = (text = ''): PlanAction => ({ text, lead: '', partners: [], timeframe: null });
export const emptyMeasure = (): PlanMeasure => ({ text: '', baseline: '', target: '', dataSource: '' });

function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((old, i) => (i === index ? item : old));
}

export interface PlanFieldsProps {
  idPrefix: string;
  actions: PlanAction[];
  onActions(actions: PlanAction[]): void;
  measures: PlanMeasure[];
  onMeasures(measures: PlanMeasure[]): void;
  /** The room's ideas for action under the chosen themes, each once. */
  ideas: readonly string[];
  /** Agencies already named in this project, offered before the usual ones. */
  knownAgencies: readonly string[];
}

export function PlanFields(props: PlanFieldsProps) {
  const { actions, onActions, measures, onMeasures, ideas } = props;
  const agencies = [...new Set([...props.knownAgencies, ...AGENCY_SUGGESTIONS])];
  const used = new Set(actions.map((a) => a.text.trim().toLowerCase()));
  const freshIdeas = ideas.filter((idea) => !used.has(idea.trim().toLowerCase()));
  return (
    <section className="plan-fields" aria-labelledby={`${props.idPrefix}-plan-title`}>
      <h3 id={`${props.idPrefix}-plan-title`} className="plan-title">
        Actions and measures for the plan
      </h3>
      {freshIdeas.length > 0 && (
        <div className="plan-ideas">
          <p className="strong">Ideas for action from the room</p>
          <ul className="suggestion-list">
            {freshIdeas.slice(0, 8).map((idea) => (
              <li key={idea}>
                <Button
                  className="small-button"
                  aria-label={`Use as action: ${idea}`}
                  onPress={() => onActions([...actions, emptyAction(idea)])}
                >
                  Use as action
                </Button>{' '}
                {idea}
              </li>
            ))}
          </ul>
        </div>
      )}
      {actions.map((action, index) => (
        <ActionFields
          key={index}
          id={`${props.idPrefix}-action-${index}`}
          number={index + 1}
          action={action}
          agencies={agencies}
          onChange={(next) => onActions(replaceAt(actions, index, next))}
          onRemove={() => onActions(actions.filter((_, i) => i !== index))}
        />
      ))}
      <Button className="small-button" onPress={() => onActions([...actions, emptyAction()])}>
        Add action
      </Button>
      {measures.map((measure, index) => (
        <MeasureFields
          key={index}
          id={`${props.idPrefix}-measure-${index}`}
          number={index + 1}
          measure={measure}
          onChange={(next) => onMeasures(replaceAt(measures, index, next))}
          onRemove={() => onMeasures(measures.filter((_, i) => i !== index))}
        />
      ))}
      <Button className="small-button" onPress={() => onMeasures([...measures, emptyMeasure()])}>
        Add measure of progress
      </Button>
    </section>
  );
}

function ActionFields({
  id,
  number,
  action,
  agencies,
  onChange,
  onRemove,
}: {
  id: string;
  number: number;
  action: PlanAction;
  agencies: readonly string[];
  onChange(action: PlanAction): void;
  onRemove(): void;
}) {
  const [partner, setPartner] = useState('');
  const set = (patch: Partial<PlanAction>) => onChange({ ...action, ...patch });
  return (
    <fieldset className="plan-item">
      <legend>Action {number}</legend>
      <div className="field">
        <label htmlFor={`${id}-text`}>What will be done</label>
        <textarea id={`${id}-text`} rows={2} value={action.text} onChange={(e) => set({ text: e.target.value })} />
      </div>
      <div className="form-grid">
        <SuggestField
          label="Lead agency"
          value={action.lead}
          onChange={(lead) => set({ lead })}
          suggestions={agencies}
        />
        <div className="field narrow">
          <label htmlFor={`${id}-timeframe`}>Timeframe</label>
          <select
            id={`${id}-timeframe`}
            value={action.timeframe ?? ''}
            onChange={(e) => set({ timeframe: (e.target.value || null) as Timeframe | null })}
          >
            <option value="">Not set</option>
            {TIMEFRAMES.map((t) => (
              <option key={t} value={t}>
                {TIMEFRAME_LABELS[t]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <SuggestField
        label="Add a partner agency"
        description="Type a name and press Enter, or pick a suggestion."
        value={partner}
        onChange={setPartner}
        suggestions={agencies.filter((a) => !action.partners.includes(a) && a !== action.lead)}
        onCommit={(name) => {
          if (!action.partners.some((p) => p.toLowerCase() === name.toLowerCase()))
            set({ partners: [...action.partners, name] });
        }}
      />
      {action.partners.length > 0 && (
        <ul className="partner-list" aria-label={`Partner agencies of action ${number}`}>
          {action.partners.map((name) => (
            <li key={name} className="tag">
              {name}{' '}
              <Button
                className="tag-remove"
                aria-label={`Remove partner ${name}`}
                onPress={() => set({ partners: action.partners.filter((p) => p !== name) })}
              >
                ×
              </Button>
            </li>
          ))}
        </ul>
      )}
      <Button className="small-button" onPress={onRemove} aria-label={`Remove action ${number}`}>
        Remove action
      </Button>
    </fieldset>
  );
}

function MeasureFields({
  id,
  number,
  measure,
  onChange,
  onRemove,
}: {
  id: string;
  number: number;
  measure: PlanMeasure;
  onChange(measure: PlanMeasure): void;
  onRemove(): void;
}) {
  const field = (key: keyof PlanMeasure, label: string, className = 'field') => (
    <div className={className}>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        type="text"
        value={measure[key]}
        onChange={(e) => onChange({ ...measure, [key]: e.target.value })}
      />
    </div>
  );
  return (
    <fieldset className="plan-item">
      <legend>Measure of progress {number}</legend>
      {field('text', 'What is measured')}
      <div className="form-grid three">
        {field('baseline', 'Baseline (now)')}
        {field('target', 'Target')}
        {field('dataSource', 'Data source')}
      </div>
      <Button className="small-button" onPress={onRemove} aria-label={`Remove measure ${number}`}>
        Remove measure
      </Button>
    </fieldset>
  );
}

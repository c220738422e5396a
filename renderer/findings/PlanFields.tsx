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
  type PlanAction,
  type PlanMeasure,
  type Timeframe,
} from '../../shared/domain/actionPlan';
import { SuggestField } from '../ui/SuggestField';
import { useT } from '../ui/i18n';
import { timeframeWords } from './findingText';

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
  const { t } = useT();
  const { actions, onActions, measures, onMeasures, ideas } = props;
  const agencies = [...new Set([...props.knownAgencies, ...AGENCY_SUGGESTIONS])];
  const used = new Set(actions.map((a) => a.text.trim().toLowerCase()));
  const freshIdeas = ideas.filter((idea) => !used.has(idea.trim().toLowerCase()));
  return (
    <section className="plan-fields" aria-labelledby={`${props.idPrefix}-plan-title`}>
      <h3 id={`${props.idPrefix}-plan-title`} className="plan-title">
        {t('planFields.title')}
      </h3>
      {freshIdeas.length > 0 && (
        <div className="plan-ideas">
          <p className="strong">{t('planFields.ideas')}</p>
          <ul className="suggestion-list">
            {freshIdeas.slice(0, 8).map((idea) => (
              <li key={idea}>
                <Button
                  className="small-button"
                  aria-label={t('planFields.useLabel', { idea })}
                  onPress={() => onActions([...actions, emptyAction(idea)])}
                >
                  {t('planFields.use')}
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
        {t('planFields.addAction')}
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
        {t('planFields.addMeasure')}
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
  const { t } = useT();
  const [partner, setPartner] = useState('');
  const set = (patch: Partial<PlanAction>) => onChange({ ...action, ...patch });
  return (
    <fieldset className="plan-item">
      <legend>{t('planFields.action', { number })}</legend>
      <div className="field">
        <label htmlFor={`${id}-text`}>{t('planFields.what')}</label>
        <textarea id={`${id}-text`} rows={2} value={action.text} onChange={(e) => set({ text: e.target.value })} />
      </div>
      <div className="form-grid">
        <SuggestField
          label={t('planFields.lead')}
          value={action.lead}
          onChange={(lead) => set({ lead })}
          suggestions={agencies}
        />
        <div className="field narrow">
          <label htmlFor={`${id}-timeframe`}>{t('planFields.timeframe')}</label>
          <select
            id={`${id}-timeframe`}
            value={action.timeframe ?? ''}
            onChange={(e) => set({ timeframe: (e.target.value || null) as Timeframe | null })}
          >
            <option value="">{t('planFields.notSet')}</option>
            {TIMEFRAMES.map((frame) => (
              <option key={frame} value={frame}>
                {timeframeWords(frame)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <SuggestField
        label={t('planFields.partner')}
        description={t('planFields.partnerHelp')}
        value={partner}
        onChange={setPartner}
        suggestions={agencies.filter((a) => !action.partners.includes(a) && a !== action.lead)}
        onCommit={(name) => {
          if (!action.partners.some((p) => p.toLowerCase() === name.toLowerCase()))
            set({ partners: [...action.partners, name] });
        }}
      />
      {action.partners.length > 0 && (
        <ul className="partner-list" aria-label={t('planFields.partners', { number })}>
          {action.partners.map((name) => (
            <li key={name} className="tag">
              {name}{' '}
              <Button
                className="tag-remove"
                aria-label={t('planFields.removePartner', { name })}
                onPress={() => set({ partners: action.partners.filter((p) => p !== name) })}
              >
                ×
              </Button>
            </li>
          ))}
        </ul>
      )}
      <Button className="small-button" onPress={onRemove} aria-label={t('planFields.removeActionLabel', { number })}>
        {t('planFields.removeAction')}
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
  const { t } = useT();
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
      <legend>{t('planFields.measure', { number })}</legend>
      {field('text', t('planFields.measured'))}
      <div className="form-grid three">
        {field('baseline', t('planFields.baseline'))}
        {field('target', t('planFields.target'))}
        {field('dataSource', t('planFields.source'))}
      </div>
      <Button className="small-button" onPress={onRemove} aria-label={t('planFields.removeMeasureLabel', { number })}>
        {t('planFields.removeMeasure')}
      </Button>
    </fieldset>
  );
}

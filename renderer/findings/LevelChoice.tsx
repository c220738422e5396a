/**
 * "Report on": session themes or master themes, each explained where the choice is made, with what exists at each
 * level, so nobody reports on an empty list without knowing why.
 */
import { Label, Radio, RadioGroup, Text } from 'react-aria-components';
import type { ReportLevel } from '../../shared/findings/levels';
import { useT } from '../ui/i18n';
import type { LevelCounts } from './view';

export function LevelChoice({
  counts,
  level,
  onChange,
}: {
  counts: LevelCounts;
  level: ReportLevel;
  onChange(level: ReportLevel): void;
}) {
  const { t } = useT();
  const sessionState =
    counts.sessionThemes === 0 ? t('level.sessionNone') : t('level.sessionCount', { count: counts.sessionThemes });
  const masterState =
    counts.masterThemes === 0
      ? t('level.masterNone')
      : t('level.masterCount', { masters: counts.masterThemes, mapped: counts.mapped });
  return (
    <RadioGroup
      className="level-choice"
      orientation="horizontal"
      value={level}
      onChange={(value) => onChange(value as ReportLevel)}
    >
      <Label>{t('level.reportOn')}</Label>
      <Radio value="session" className="radio" aria-describedby="level-session-help">
        <span className="radio-mark" aria-hidden="true" />
        <span>
          {t('level.session')} <span className="muted">({sessionState})</span>
        </span>
      </Radio>
      <Radio value="master" className="radio" aria-describedby="level-master-help">
        <span className="radio-mark" aria-hidden="true" />
        <span>
          {t('level.master')} <span className="muted">({masterState})</span>
        </span>
      </Radio>
      <Text slot="description" className="level-help muted">
        <span id="level-session-help">{t('level.sessionHelp')}</span>{' '}
        <span id="level-master-help">{t('level.masterHelp')}</span>
      </Text>
    </RadioGroup>
  );
}

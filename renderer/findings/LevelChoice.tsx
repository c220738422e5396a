/**
 * "Report on": session themes or master themes, each explained where the choice is made, with what exists at each
 * level, so nobody reports on an empty list without knowing why.
 */
import { Label, Radio, RadioGroup, Text } from 'react-aria-components';
import type { ReportLevel } from '../../shared/findings/levels';
import { plural } from '../../shared/i18n/plural';
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
  const sessionState =
    counts.sessionThemes === 0
      ? 'none yet: make themes on a session’s board'
      : plural(counts.sessionThemes, { one: '# theme', other: '# themes' });
  const masterState =
    counts.masterThemes === 0
      ? 'none yet: add them under the Master themes tab'
      : `${plural(counts.masterThemes, { one: '# master theme', other: '# master themes' })}, ` +
        `${plural(counts.mapped, { one: '# session theme', other: '# session themes' })} mapped`;
  return (
    <RadioGroup
      className="level-choice"
      orientation="horizontal"
      value={level}
      onChange={(value) => onChange(value as ReportLevel)}
    >
      <Label>Report on</Label>
      <Radio value="session" className="radio" aria-describedby="level-session-help">
        <span className="radio-mark" aria-hidden="true" />
        <span>
          Session themes <span className="muted">({sessionState})</span>
        </span>
      </Radio>
      <Radio value="master" className="radio" aria-describedby="level-master-help">
        <span className="radio-mark" aria-hidden="true" />
        <span>
          Master themes <span className="muted">({masterState})</span>
        </span>
      </Radio>
      <Text slot="description" className="level-help muted">
        <span id="level-session-help">Session themes are the clusters each facilitator made on their own board.</span>{' '}
        <span id="level-master-help">
          Master themes are the project’s shared list; a session theme counts towards the master theme it is mapped to.
        </span>
      </Text>
    </RadioGroup>
  );
}

/**
 * Which encoding a CSV file is read in: the detected one, and beside each encoding how the file's own non-ASCII
 * lines read in it, so the right one is the one whose letters look right and choosing it is one click (or the arrow
 * keys). A file of plain ASCII reads the same in all of them, so there is nothing to choose.
 */
import { useMemo } from 'react';
import { Label, Radio, RadioGroup, Text } from 'react-aria-components';
import { encodingSamples, ENCODING_NAMES, type CsvEncoding } from '../../shared/csv';
import type { MessageId } from '../../shared/i18n/catalogue';
import { useT } from '../ui/i18n';

/** Where files in each encoding usually come from, so the person can recognise theirs. */
const WHERE_FROM: Record<CsvEncoding, MessageId> = {
  'utf-8': 'importNotes.encoding.from.utf8',
  'windows-1252': 'importNotes.encoding.from.windows',
  macintosh: 'importNotes.encoding.from.mac',
};

/** Sample lines shown per encoding: enough to judge, short enough for a dialog. */
const LINES_SHOWN = 2;

export function EncodingChoice(props: {
  bytes: Uint8Array;
  encoding: CsvEncoding;
  detected: boolean;
  disabled: boolean;
  onChange(encoding: CsvEncoding): void;
}) {
  const { t } = useT();
  const samples = useMemo(() => encodingSamples(props.bytes, LINES_SHOWN), [props.bytes]);
  const words = { encoding: ENCODING_NAMES[props.encoding], how: props.detected ? 'detected' : 'chosen' };
  if (samples.every((s) => s.lines.length === 0)) {
    return <p className="muted">{t('importNotes.encoding.plain', words)}</p>;
  }
  return (
    <RadioGroup
      className="field encoding-choice"
      value={props.encoding}
      isDisabled={props.disabled}
      onChange={(value) => props.onChange(value as CsvEncoding)}
    >
      <Label>{t('importNotes.encoding.label', words)}</Label>
      <Text slot="description" className="muted encoding-help">
        {t('importNotes.encoding.help')}
      </Text>
      {samples.map(({ encoding, lines }) => (
        <Radio key={encoding} value={encoding} className="radio encoding-option">
          <span className="radio-mark" aria-hidden="true" />
          <span>
            <strong>{ENCODING_NAMES[encoding]}</strong> <span className="muted">({t(WHERE_FROM[encoding])})</span>
            {lines.map((line, i) => (
              <span key={i} className="encoding-sample">
                {line}
              </span>
            ))}
          </span>
        </Radio>
      ))}
    </RadioGroup>
  );
}

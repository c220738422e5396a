/**
 * Which encoding a CSV file is read in: the detected one, and beside each encoding how the file's own non-ASCII
 * lines read in it, so the right one is the one whose letters look right and choosing it is one click (or the arrow
 * keys). A file of plain ASCII reads the same in all of them, so there is nothing to choose.
 */
import { useMemo } from 'react';
import { Label, Radio, RadioGroup, Text } from 'react-aria-components';
import { encodingSamples, ENCODING_NAMES, type CsvEncoding } from '../../shared/csv';

const WHERE_FROM: Record<CsvEncoding, string> = {
  'utf-8': 'most apps today; Excel’s “CSV UTF-8”',
  'windows-1252': 'Excel “CSV” on Windows',
  macintosh: 'older Mac Office',
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
  const samples = useMemo(() => encodingSamples(props.bytes, LINES_SHOWN), [props.bytes]);
  const how = props.detected ? 'detected' : 'your choice';
  if (samples.every((s) => s.lines.length === 0)) {
    return (
      <p className="muted">
        Read as {ENCODING_NAMES[props.encoding]} ({how}): the file holds only plain letters, digits and punctuation,
        which read the same in every encoding.
      </p>
    );
  }
  return (
    <RadioGroup
      className="field encoding-choice"
      value={props.encoding}
      isDisabled={props.disabled}
      onChange={(value) => props.onChange(value as CsvEncoding)}
    >
      <Label>
        Text encoding: {ENCODING_NAMES[props.encoding]} ({how})
      </Label>
      <Text slot="description" className="muted encoding-help">
        How the file’s accented letters and quotes read in each encoding. If they look wrong, choose the one where they
        look right.
      </Text>
      {samples.map(({ encoding, lines }) => (
        <Radio key={encoding} value={encoding} className="radio encoding-option">
          <span className="radio-mark" aria-hidden="true" />
          <span>
            <strong>{ENCODING_NAMES[encoding]}</strong> <span className="muted">({WHERE_FROM[encoding]})</span>
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

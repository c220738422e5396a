/**
 * A translated sentence with one of its values emphasised (a device's or a folder's name in bold), wherever the
 * language puts it: the message is formatted with a marker in that value's place, then split around it.
 */
import { Fragment, type ReactNode } from 'react';

const MARKER = '\u0001';

export function Emphasis({ text, value }: { text: (marker: string) => string; value: ReactNode }) {
  const parts = text(MARKER).split(MARKER);
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 && value}
          {part}
        </Fragment>
      ))}
    </>
  );
}

/**
 * Everything the CLI prints passes through here (dispatch wraps stdout and stderr), because much of it comes from
 * other people's files: project, device, session and file names, notes, messages. A name holding terminal escape
 * codes could retitle or clear the terminal, move the cursor, hide text or fake a line; bidirectional overrides
 * could make a name read as something else. So printed text keeps only line breaks and tabs of the control
 * characters: C0 and C1 controls, DEL, whole escape sequences and bidi embeddings, overrides and isolates are
 * removed. Ordinary Unicode (accents, other scripts, emoji, left-to-right and right-to-left marks) is untouched.
 *
 * JSON output is made safe by escaping instead (`safeJson`), so the values it carries stay exact.
 */
import type { CliIo } from '../command';

/* eslint-disable no-control-regex -- matching control characters is the point */
/** ESC-introduced sequences: CSI (ESC [ … final), OSC/DCS/PM/APC/SOS strings (to BEL or ST), and ESC + one byte. */
const ESCAPE_SEQUENCE =
  /\u001b\[[0-?]*[ -/]*[@-~]|\u001b[\]PX^_][^\u0007\u001b\n]*(?:\u0007|\u001b\\)?|\u001b[ -/]*[0-~]?|\u009b[0-?]*[ -/]*[@-~]/g;
/** Controls other than tab and line feed (CR too: it lets text overwrite its own line), DEL, C1, bidi controls. */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/* eslint-enable no-control-regex */

export function safeText(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(UNSAFE, '');
}

/**
 * JSON that a terminal shows as plain text: JSON.stringify already escapes C0 controls; C1 controls, DEL and bidi
 * controls are escaped too (`\u009b`), which any JSON reader turns back into the same value.
 */
export function safeJson(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent).replace(
    /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The same streams, with every write made safe. */
export function safeIo(io: CliIo): CliIo {
  return {
    ...io,
    stdout: { write: (text: string) => io.stdout.write(safeText(text)) },
    stderr: { write: (text: string) => io.stderr.write(safeText(text)) },
  };
}

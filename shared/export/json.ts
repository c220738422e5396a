/**
 * The findings document as JSON ("format": "fieldnotes.findings", "version": 1), and the reader for it.
 * The reader refuses, with a message a person can act on, anything that is not this format, a newer version than
 * this app knows, or a file that does not match the schema; it never half-reads.
 */
import {
  FINDINGS_FORMAT,
  FINDINGS_VERSION,
  findingsDocumentSchema,
  type FindingsDocument,
} from '../findings/documentSchema';
import { ReadError, checkSize } from './errors';

export function writeFindingsJson(doc: FindingsDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export function readFindingsJson(text: string): FindingsDocument {
  checkSize(text.length, 'findings file');
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new ReadError('not-json', 'This file is not valid JSON (it may be cut short). Nothing was imported.');
  }
  const head = (data ?? {}) as { format?: unknown; version?: unknown };
  if (typeof data !== 'object' || head.format !== FINDINGS_FORMAT) {
    throw new ReadError('wrong-format', 'This is not a Fieldnotes findings file. Nothing was imported.');
  }
  if (typeof head.version !== 'number' || head.version > FINDINGS_VERSION) {
    throw new ReadError(
      'newer-version',
      `This findings file was made by a newer Fieldnotes (format version ${String(head.version)}; this app reads up to ${FINDINGS_VERSION}). ` +
        'Update Fieldnotes to open it. Nothing was imported.',
    );
  }
  const parsed = findingsDocumentSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    throw new ReadError(
      'invalid',
      `This findings file is damaged${where}: ${issue?.message ?? 'unknown problem'}. Nothing was imported.`,
    );
  }
  return parsed.data;
}

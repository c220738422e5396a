/**
 * Reading REFI-QDA files: our own .qdpx and .qdc back (round-trip tests, and re-import of a codebook), and other
 * tools' exports leniently (NVivo's "Sources/" folder, lower- or upper-case GUIDs, braces, inline
 * PlainTextContent, a UTF-8 BOM on source files). What cannot be read is listed in `warnings`, not guessed.
 * Damaged input (not a zip, cut short, no project.qde, bad XML, too large) is refused with a ReadError. Refusals
 * and warnings are in the language of the translator given (English when none is).
 */
import { unzipSync } from 'fflate';
import { translator, type Translator } from '../../i18n/translate';
import { MAX_READ_BYTES, ReadError, checkSize } from '../errors';
import { child, children, parseXml, type XmlElement } from './parseXml';
import { readRefiNotes, type RefiNote } from './readNotes';

export type { RefiNote, RefiNoteTarget } from './readNotes';

export interface RefiCode {
  guid: string;
  name: string;
  description: string;
  color: string | null;
  isCodable: boolean;
  parentGuid: string | null;
}

export interface RefiSource {
  guid: string;
  name: string;
  text: string;
  variables: Record<string, string>;
}

export interface RefiSelection {
  guid: string;
  name: string;
  sourceGuid: string;
  /** Code-point positions as in the file, end exclusive. */
  start: number;
  end: number;
  text: string;
  codeGuids: string[];
}

export interface RefiCase {
  guid: string;
  name: string;
  variables: Record<string, string>;
  sourceGuids: string[];
  selectionGuids: string[];
}

export interface RefiSet {
  guid: string;
  name: string;
  memberCodeGuids: string[];
}

export interface RefiProject {
  name: string;
  origin: string;
  codes: RefiCode[];
  sources: RefiSource[];
  selections: RefiSelection[];
  cases: RefiCase[];
  sets: RefiSet[];
  /** Notes (memos) and what refers to each. */
  notes: RefiNote[];
  warnings: string[];
}

/** GUIDs compare case-insensitively and with or without braces; we normalise to upper case without braces. */
export function normaliseGuid(guid: string | undefined): string {
  return (guid ?? '')
    .trim()
    .replace(/^\{|\}$/g, '')
    .toUpperCase();
}

function readCodes(codes: XmlElement | undefined, parentGuid: string | null, out: RefiCode[]): void {
  for (const code of children(codes, 'Code')) {
    const guid = normaliseGuid(code.attrs.guid);
    out.push({
      guid,
      name: code.attrs.name ?? '',
      description: child(code, 'Description')?.text ?? '',
      color: code.attrs.color ?? null,
      isCodable: code.attrs.isCodable !== 'false',
      parentGuid,
    });
    readCodes(code, guid, out);
  }
}

function readVariables(element: XmlElement, names: ReadonlyMap<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const value of children(element, 'VariableValue')) {
    const ref = normaliseGuid(child(value, 'VariableRef')?.attrs.targetGUID);
    const data = value.children.find((c) => c.name !== 'VariableRef');
    if (data) out[names.get(ref) ?? ref] = data.text;
  }
  return out;
}

function readSets(element: XmlElement | undefined, memberAttribute: 'guid' | 'targetGUID'): RefiSet[] {
  return children(element, 'Set').map((set) => ({
    guid: normaliseGuid(set.attrs.guid),
    name: set.attrs.name ?? '',
    memberCodeGuids: children(set, 'MemberCode').map((m) => normaliseGuid(m.attrs[memberAttribute])),
  }));
}

/** Slice by code points: REFI positions count characters, not UTF-16 units. */
function sliceCodePoints(points: readonly string[], start: number, end: number): string {
  return points.slice(start, end).join('');
}

export function readProjectXml(
  xml: string,
  file: (internalPath: string) => string | undefined,
  tr: Translator = translator(),
): RefiProject {
  const { t } = tr;
  const project = parseXml(xml, 'project', tr);
  if (project.name !== 'Project') throw new ReadError('wrong-format', t('readers.refi.notProject'));
  const warnings: string[] = [];
  const codes: RefiCode[] = [];
  readCodes(child(child(project, 'CodeBook') ?? project, 'Codes'), null, codes);
  const variableNames = new Map(
    children(child(project, 'Variables'), 'Variable').map((v) => [normaliseGuid(v.attrs.guid), v.attrs.name ?? '']),
  );
  const sources: RefiSource[] = [];
  const selections: RefiSelection[] = [];
  for (const source of children(child(project, 'Sources'), 'TextSource')) {
    const guid = normaliseGuid(source.attrs.guid);
    const name = source.attrs.name ?? '';
    const inline = child(source, 'PlainTextContent')?.text;
    const path = source.attrs.plainTextPath;
    const text = inline ?? (path ? file(path) : undefined);
    if (text === undefined) {
      warnings.push(
        path
          ? t('readers.refi.sourceUnreadableAt', { name, path: path.replace(/^internal:\/\//, '') })
          : t('readers.refi.sourceUnreadable', { name }),
      );
      continue;
    }
    sources.push({ guid, name, text, variables: readVariables(source, variableNames) });
    const points = [...text];
    for (const selection of children(source, 'PlainTextSelection')) {
      const start = Number(selection.attrs.startPosition);
      const end = Number(selection.attrs.endPosition);
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > points.length) {
        warnings.push(t('readers.refi.selectionOutside', { name }));
        continue;
      }
      selections.push({
        guid: normaliseGuid(selection.attrs.guid),
        name: selection.attrs.name ?? '',
        sourceGuid: guid,
        start,
        end,
        text: sliceCodePoints(points, start, end),
        codeGuids: children(selection, 'Coding').map((c) => normaliseGuid(child(c, 'CodeRef')?.attrs.targetGUID)),
      });
    }
  }
  const skipped = (child(project, 'Sources')?.children ?? []).filter((c) => c.name !== 'TextSource').length;
  if (skipped) warnings.push(t('readers.refi.otherSources', { count: skipped }));
  const cases: RefiCase[] = children(child(project, 'Cases'), 'Case').map((c) => ({
    guid: normaliseGuid(c.attrs.guid),
    name: c.attrs.name ?? '',
    variables: readVariables(c, variableNames),
    sourceGuids: children(c, 'SourceRef').map((r) => normaliseGuid(r.attrs.targetGUID)),
    selectionGuids: children(c, 'SelectionRef').map((r) => normaliseGuid(r.attrs.targetGUID)),
  }));
  return {
    name: project.attrs.name ?? '',
    origin: project.attrs.origin ?? '',
    codes,
    sources,
    selections,
    cases,
    sets: readSets(child(project, 'Sets'), 'targetGUID'),
    notes: readRefiNotes(project, normaliseGuid),
    warnings,
  };
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export function readQdpx(bytes: Uint8Array, tr: Translator = translator()): RefiProject {
  checkSize(bytes.length, 'qdpx', tr);
  if (!ZIP_MAGIC.every((b, i) => bytes[i] === b)) throw new ReadError('not-a-zip', tr.t('readers.refi.notZip'));
  let total = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (file) => {
        const wanted = file.name === 'project.qde' || /^sources\/[^/]+\.txt$/i.test(file.name);
        if (!wanted) return false;
        // Refuse a zip that would unpack to far more than it weighs (a "zip bomb") before unpacking it.
        total += file.originalSize;
        if (total > 4 * MAX_READ_BYTES) throw new ReadError('too-large', tr.t('readers.refi.unpacksTooLarge'));
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ReadError) throw error;
    throw new ReadError('truncated', tr.t('readers.refi.damagedZip'));
  }
  const projectBytes = entries['project.qde'];
  if (!projectBytes) throw new ReadError('wrong-format', tr.t('readers.refi.noProject'));
  const byLowerName = new Map(Object.entries(entries).map(([name, data]) => [name.toLowerCase(), data]));
  const decoder = new TextDecoder('utf-8');
  return readProjectXml(
    decoder.decode(projectBytes),
    (internalPath) => {
      const name = internalPath.replace(/^internal:\/\//i, '').toLowerCase();
      const data = byLowerName.get(`sources/${name}`);
      return data ? decoder.decode(data).replace(/^\uFEFF/, '') : undefined;
    },
    tr,
  );
}

export function readQdc(xml: string, tr: Translator = translator()): { codes: RefiCode[]; sets: RefiSet[] } {
  checkSize(xml.length, 'codebook', tr);
  const book = parseXml(xml, 'codebook', tr);
  if (book.name !== 'CodeBook') throw new ReadError('wrong-format', tr.t('readers.refi.notCodebook'));
  const codes: RefiCode[] = [];
  readCodes(child(book, 'Codes'), null, codes);
  return { codes, sets: readSets(child(book, 'Sets'), 'guid') };
}

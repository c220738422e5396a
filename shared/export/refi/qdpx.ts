/**
 * The project as a REFI-QDA .qdpx (Project-mrt2019.xsd), for the PMT to continue in NVivo, ATLAS.ti, MAXQDA or
 * QualCoder: a zip of project.qde and a flat lowercase sources/ folder (ATLAS.ti rejects "Sources/").
 *
 * - each session is a text source (sources/<GUID>.txt, UTF-8 without BOM) holding its notes; each note is a
 *   PlainTextSelection over its own words, coded with its theme and with each theme it is linked to (one Coding
 *   each on the same selection);
 * - themes are codes (the tree as nesting), master-theme mappings are sets;
 * - stakeholder groups are cases linked to their sessions, participants are cases linked to their notes, both with
 *   variables (case type, group, session, date, attendance, and each participant attribute).
 * - memos are notes, referenced from their theme's code, their note's selection, their session's source or the
 *   project (memoNotes.ts).
 * No accounts and no paths: the only users are memo authors, numbered ("author 1"), never named, and the file names
 * no folder of the machine it was made on.
 * Containers are written only when they have a child (an empty <Cases/> fails validation).
 */
import { strToU8, zipSync } from 'fflate';
import type { FindingsDocument } from '../../findings/documentSchema';
import type { MessageId } from '../../i18n/catalogue';
import { translator, type Translator } from '../../i18n/translate';
import { lookups } from '../lookups';
import { codeElements, masterSets } from './codes';
import { refiMemos } from './memoNotes';
import { refiGuid } from './guid';
import { sessionText } from './sessionText';
import { XML_DECLARATION, element, textElement } from './xml';

export const QDE_NAMESPACE = 'urn:QDA-XML:project:1.0';
export const SOURCES_FOLDER = 'sources';

type VariableType = 'Text' | 'Integer' | 'Date';
type Value = { name: string; type: VariableType; value: string | number | null };

const VALUE_ELEMENT: Record<VariableType, string> = { Text: 'TextValue', Integer: 'IntegerValue', Date: 'DateValue' };

function variableGuid(name: string): string {
  return refiGuid(name, 'variable');
}

function variableValues(values: readonly Value[]): string[] {
  return values
    .filter((v) => v.value !== null && v.value !== '')
    .map((v) =>
      element('VariableValue', {}, [
        element('VariableRef', { targetGUID: variableGuid(v.name) }),
        textElement(VALUE_ELEMENT[v.type], String(v.value)),
      ]),
    );
}

export interface QdpxContents {
  projectXml: string;
  sources: Record<string, string>;
}

/** The variables every project defines, by their words for people; participants' own attributes follow. */
const VARIABLES: [MessageId, VariableType][] = [
  ['refi.var.caseType', 'Text'],
  ['refi.var.group', 'Text'],
  ['refi.var.session', 'Text'],
  ['refi.var.date', 'Date'],
  ['refi.var.attendance', 'Integer'],
];

/**
 * The files of the .qdpx, unzipped: handy for validating project.qde on its own. The words it adds for people
 * (variable names, case types, each source's header) are in the language of `tr`; what people typed is not.
 */
export function buildQdpxContents(doc: FindingsDocument, tr: Translator = translator()): QdpxContents {
  const look = lookups(doc);
  const memos = refiMemos(doc, tr);
  const v = {
    caseType: tr.t('refi.var.caseType'),
    group: tr.t('refi.var.group'),
    session: tr.t('refi.var.session'),
    date: tr.t('refi.var.date'),
    attendance: tr.t('refi.var.attendance'),
  };
  const notesBySession = new Map<string, FindingsDocument['notes']>();
  for (const note of doc.notes) {
    const list = notesBySession.get(note.sessionId);
    if (list) list.push(note);
    else notesBySession.set(note.sessionId, [note]);
  }
  const selectionsOfParticipant = new Map<string, string[]>();

  const definitions = new Map<string, VariableType>(VARIABLES.map(([id, type]) => [tr.t(id), type]));
  for (const p of doc.participants)
    for (const key of Object.keys(p.attributes)) if (!definitions.has(key)) definitions.set(key, 'Text');

  const sources: Record<string, string> = {};
  const sourceElements = doc.sessions.map((session) => {
    const guid = refiGuid(session.id);
    const { text, spans } = sessionText(session, notesBySession.get(session.id) ?? [], look, tr);
    sources[`${guid}.txt`] = text;
    const byId = new Map((notesBySession.get(session.id) ?? []).map((n) => [n.id, n]));
    const selections = spans.map((span) => {
      const note = byId.get(span.noteId)!;
      const selectionGuid = refiGuid(note.id);
      if (note.participantId) {
        const list = selectionsOfParticipant.get(note.participantId);
        if (list) list.push(selectionGuid);
        else selectionsOfParticipant.set(note.participantId, [selectionGuid]);
      }
      return element(
        'PlainTextSelection',
        { guid: selectionGuid, name: note.ref || note.id, startPosition: span.start, endPosition: span.end },
        [...codingsOf(note), ...memos.refsOf(note.id)],
      );
    });
    return element('TextSource', { guid, name: session.title, plainTextPath: `internal://${guid}.txt` }, [
      ...selections,
      ...memos.refsOf(session.id),
      ...variableValues([
        { name: v.group, type: 'Text', value: look.groupName(session.groupId) },
        { name: v.date, type: 'Date', value: session.date },
        { name: v.attendance, type: 'Integer', value: session.attendance },
      ]),
    ]);
  });

  const groupCases = doc.groups.map((group) =>
    element('Case', { guid: refiGuid(group.id), name: group.name }, [
      ...variableValues([
        { name: v.caseType, type: 'Text', value: tr.t('refi.caseType.group') },
        { name: v.group, type: 'Text', value: group.name },
        { name: v.attendance, type: 'Integer', value: group.attendance },
      ]),
      ...doc.sessions
        .filter((s) => s.groupId === group.id)
        .map((s) => element('SourceRef', { targetGUID: refiGuid(s.id) })),
    ]),
  );
  const participantCases = doc.participants.map((p) =>
    element('Case', { guid: refiGuid(p.id), name: `${p.code} (${look.sessionTitle(p.sessionId)})` }, [
      ...variableValues([
        { name: v.caseType, type: 'Text', value: tr.t('refi.caseType.participant') },
        { name: v.group, type: 'Text', value: look.groupName(look.groupOfSession(p.sessionId)) },
        { name: v.session, type: 'Text', value: look.sessionTitle(p.sessionId) },
        ...Object.entries(p.attributes).map(([name, value]): Value => ({ name, type: 'Text', value })),
      ]),
      ...(selectionsOfParticipant.get(p.id) ?? []).map((guid) => element('SelectionRef', { targetGUID: guid })),
    ]),
  );
  const cases = [...groupCases, ...participantCases];
  const variables = [...definitions].map(([name, type]) =>
    element('Variable', { guid: variableGuid(name), name, typeOfVariable: type }),
  );
  const sets = masterSets(doc, 'targetGUID', tr);

  const projectXml =
    XML_DECLARATION +
    element(
      'Project',
      {
        xmlns: QDE_NAMESPACE,
        name: doc.project.name,
        origin: doc.generator,
        creationDateTime: doc.generatedAt,
        modifiedDateTime: doc.generatedAt,
      },
      [
        ...memos.users,
        element('CodeBook', {}, [element('Codes', {}, codeElements(doc, { noteRefs: memos.refsOf }, tr))]),
        element('Variables', {}, variables),
        ...(cases.length ? [element('Cases', {}, cases)] : []),
        ...(sourceElements.length ? [element('Sources', {}, sourceElements)] : []),
        ...memos.notes,
        ...(sets.length ? [element('Sets', {}, sets)] : []),
        ...(doc.project.description ? [textElement('Description', doc.project.description)] : []),
        ...memos.projectRefs,
      ],
    ) +
    '\n';
  return { projectXml, sources };
}

export function writeQdpx(doc: FindingsDocument, tr: Translator = translator()): Uint8Array {
  const { projectXml, sources } = buildQdpxContents(doc, tr);
  const mtime = new Date(doc.generatedAt);
  const files: Record<string, [Uint8Array, { mtime: Date }]> = { 'project.qde': [strToU8(projectXml), { mtime }] };
  for (const [name, text] of Object.entries(sources)) files[`${SOURCES_FOLDER}/${name}`] = [strToU8(text), { mtime }];
  return zipSync(files, { level: 6 });
}

/**
 * One `Coding` per theme the note is in, all on its one selection: its home theme (the GUID it always had, so a
 * re-export keeps it) and each linked theme (a GUID of note and theme, equally stable).
 */
function codingsOf(note: FindingsDocument['notes'][number]): string[] {
  const home = note.themeId
    ? [
        element('Coding', { guid: refiGuid(note.id, 'coding') }, [
          element('CodeRef', { targetGUID: refiGuid(note.themeId) }),
        ]),
      ]
    : [];
  const links = (note.linkedThemeIds ?? []).map((themeId) =>
    element('Coding', { guid: refiGuid(`${note.id}:${themeId}`, 'coding') }, [
      element('CodeRef', { targetGUID: refiGuid(themeId) }),
    ]),
  );
  return [...home, ...links];
}

/**
 * Reading REFI-QDA notes (memos) back from a project: each <Note> with its text and author, and what refers to it
 * through a <NoteRef> (a code, a text selection, a text source, or the project itself).
 */
import { child, children, type XmlElement } from './parseXml';

export interface RefiNoteTarget {
  kind: 'code' | 'selection' | 'source' | 'project';
  guid: string;
}

export interface RefiNote {
  guid: string;
  name: string;
  text: string;
  /** The creating user's name, when the file names one. */
  author: string | null;
  createdAt: string | null;
  targets: RefiNoteTarget[];
}

export function readRefiNotes(project: XmlElement, normaliseGuid: (guid: string | undefined) => string): RefiNote[] {
  const users = new Map(
    children(child(project, 'Users'), 'User').map((u) => [normaliseGuid(u.attrs.guid), u.attrs.name ?? null]),
  );
  const targets = new Map<string, RefiNoteTarget[]>();
  const collect = (element: XmlElement, kind: RefiNoteTarget['kind']) => {
    for (const ref of children(element, 'NoteRef')) {
      const note = normaliseGuid(ref.attrs.targetGUID);
      targets.set(note, [...(targets.get(note) ?? []), { kind, guid: normaliseGuid(element.attrs.guid) }]);
    }
  };
  const codes = (parent: XmlElement | undefined) => {
    for (const code of children(parent, 'Code')) {
      collect(code, 'code');
      codes(code);
    }
  };
  codes(child(child(project, 'CodeBook') ?? project, 'Codes'));
  for (const source of children(child(project, 'Sources'), 'TextSource')) {
    collect(source, 'source');
    for (const selection of children(source, 'PlainTextSelection')) collect(selection, 'selection');
  }
  collect({ ...project, attrs: { ...project.attrs, guid: '' } }, 'project');
  return children(child(project, 'Notes'), 'Note').map((note) => {
    const guid = normaliseGuid(note.attrs.guid);
    return {
      guid,
      name: note.attrs.name ?? '',
      text: child(note, 'PlainTextContent')?.text ?? '',
      author: users.get(normaliseGuid(note.attrs.creatingUser)) ?? null,
      createdAt: note.attrs.creationDateTime ?? null,
      targets: targets.get(guid) ?? [],
    };
  });
}

/**
 * `fieldnotes import-csv NOTES.csv --sync-folder DIR --project NAME [--session TITLE] [--group NAME]`
 *
 * Writes the CSV's rows as notes into the sync folder, as a new device: every app that syncs the folder
 * picks them up like any other device's work. Columns are found by header, in any order, case-insensitive:
 *   Text (or Note)       the note — required
 *   Session              session title per row, when --session is not given (else the file's name)
 *   Question             the question's text, or its number (3 or Q3) in the guide
 *   Participant/Speaker  a speaker code such as P3 (created in the session if new)
 *   Kind/Category        a kind's name
 *   Sensitive, Do not quote, Cultural protocol   yes/true/1/x
 * All or nothing: any row that cannot be imported stops the import before anything is written.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ChangeRecord } from '../../shared/changes/change';
import { stampCreations } from '../../shared/changes/stamp';
import { createClock, receive, type ClockState } from '../../shared/clock/hlc';
import { findColumn, type CsvTable } from '../../shared/csv';
import { newDeviceId, newId } from '../../shared/domain/ids';
import { MAX_NOTE_LENGTH } from '../../shared/domain/limits';
import { recordSchemas, type Project, type TableName } from '../../shared/domain/schemas';
import { chunkChanges } from '../../shared/sync/chunk';
import { maxHlc } from '../../shared/sync/clockCheck';
import { writeProjectSegments } from '../../shared/sync/folderSync';
import { liveRows, mergeInMemory, type MergedState } from '../../shared/sync/memoryMerge';
import { encodeSegment } from '../../shared/sync/segment';
import { nodeFolderAccess } from '../../node/sync/nodeFolder';
import { readSyncFolder } from '../../node/sync/readFolder';
import { cliError, EXIT_BAD_INPUT, EXIT_OK, EXIT_UNEXPECTED, type CliIo, type Command } from '../command';
import { encodingOption, readCsvFile } from '../csvFile';

export const IMPORT_CSV_HELP = `Usage: fieldnotes import-csv NOTES.csv --sync-folder DIR --project NAME [options]

Writes the rows of a CSV file as notes into a project in a sync folder, as a new device; every app that syncs
the folder then has them. Columns are found by their header, in any order:
  Text (or Note)                               the note; required
  Session                                      a session title per row (when --session is not given)
  Question                                     the question's text, or its number in the guide (3 or Q3)
  Participant (or Speaker)                     a speaker code such as P3; new codes are added to the session
  Kind (or Category)                           the name of one of the project's kinds
  Sensitive, Do not quote, Cultural protocol   yes / true / 1 / x
If any row cannot be imported, nothing is written and every reason is listed.

Options:
  --sync-folder DIR    the shared folder; required
  --project NAME       the project, by name; required (create it in the app and sync once first)
  --session TITLE      put every note in this session (created if new); default: the Session column,
                       or else the file's name
  --group NAME         the stakeholder group of new sessions
  --device-name NAME   how other devices list this import (default: "CSV import (FILE)")
  --encoding NAME      utf-8, windows-1252 or mac-roman (default: detected)
  -h, --help           show this help

Exit codes: 0 imported, 2 bad input or usage, 1 unexpected error.
`;
const YES = new Set(['yes', 'y', 'true', '1', 'x', '✓']);

type Row = Record<string, unknown> & { id: string };

interface Columns {
  text: number;
  session: number;
  question: number;
  participant: number;
  kind: number;
  sensitive: number;
  doNotQuote: number;
  culturalProtocol: number;
}

function columnsOf(header: readonly string[]): Columns {
  const first = (...names: string[]) => names.map((n) => findColumn(header, n)).find((i) => i >= 0) ?? -1;
  return {
    text: first('text', 'note'),
    session: first('session'),
    question: first('question'),
    participant: first('participant', 'speaker'),
    kind: first('kind', 'category'),
    sensitive: first('sensitive'),
    doNotQuote: first('do not quote', 'do-not-quote'),
    culturalProtocol: first('cultural protocol'),
  };
}

const norm = (text: string) => text.trim().toLowerCase();

export interface ImportPlan {
  records: { table: TableName; row: Row }[];
  notes: number;
  newSessions: string[];
  newParticipants: number;
  skippedEmpty: number;
  warnings: string[];
  errors: string[];
}

/** Turn CSV rows into new records against the merged project. Pure apart from fresh ids. */
export function planCsvImport(
  table: CsvTable,
  state: MergedState,
  project: Project,
  options: { session?: string; group?: string; fileTitle: string; now: string; deviceId: string },
): ImportPlan {
  const plan: ImportPlan = {
    records: [],
    notes: 0,
    newSessions: [],
    newParticipants: 0,
    skippedEmpty: 0,
    warnings: [],
    errors: [],
  };
  const cols = columnsOf(table.header);
  if (cols.text < 0) {
    plan.errors.push(`The file has no “Text” column (columns found: ${table.header.join(', ')}).`);
    return plan;
  }
  const inProject = (name: TableName) => liveRows(state, name).filter((row) => row.projectId === project.id);
  let groupId: string | null = null;
  if (options.group) {
    const groups = inProject('groups');
    const group = groups.find((g) => norm(String(g.name)) === norm(options.group!));
    if (!group)
      plan.errors.push(
        `No stakeholder group called “${options.group}”. Groups: ${groups.map((g) => g.name).join(', ')}.`,
      );
    groupId = group?.id ?? null;
  }
  const sessions = new Map(inProject('sessions').map((s) => [norm(String(s.title)), s]));
  const participants = liveRows(state, 'participants');
  const questions = inProject('questions').sort((a, b) => Number(a.order) - Number(b.order));
  const base = { projectId: project.id, createdAt: options.now, updatedAt: options.now };
  const unknownQuestions = new Set<string>();
  const unknownKinds = new Set<string>();

  const sessionFor = (title: string): Row => {
    const existing = sessions.get(norm(title));
    if (existing) return existing;
    const row = recordSchemas.sessions.parse({
      ...base,
      id: newId(),
      title,
      groupId,
      status: 'closed',
      deviceId: options.deviceId,
    }) as Row;
    sessions.set(norm(title), row);
    plan.records.push({ table: 'sessions', row });
    plan.newSessions.push(title);
    return row;
  };
  const participantFor = (session: Row, code: string, line: number): Row | null => {
    const existing = participants.find((p) => p.sessionId === session.id && norm(String(p.code)) === norm(code));
    if (existing?.consent === 'withdrawn') {
      plan.errors.push(`line ${line}: ${code} withdrew consent in “${session.title}”; their notes cannot be imported.`);
      return null;
    }
    if (existing) return existing;
    const parsed = recordSchemas.participants.safeParse({
      ...base,
      id: newId(),
      sessionId: session.id,
      code: code.trim(),
    });
    if (!parsed.success) {
      plan.errors.push(`line ${line}: “${code}” is not a usable speaker code (at most 16 characters).`);
      return null;
    }
    const row = parsed.data as Row;
    participants.push(row);
    plan.records.push({ table: 'participants', row });
    plan.newParticipants++;
    return row;
  };
  const questionFor = (text: string): string | null => {
    const number = /^q?(\d+)$/i.exec(text.trim());
    const found = number
      ? questions[Number(number[1]) - 1]
      : questions.find((q) => norm(String(q.text)) === norm(text));
    if (!found) unknownQuestions.add(text.trim());
    return found?.id ?? null;
  };
  const kindFor = (text: string): string | null => {
    const found = project.kinds.find((k) => norm(k.name) === norm(text) || k.id === text.trim());
    if (!found) unknownKinds.add(text.trim());
    return found?.id ?? null;
  };
  const cell = (record: string[], index: number) => (index >= 0 ? (record[index] ?? '').trim() : '');

  table.records.forEach((record, i) => {
    const line = table.lines[i]!;
    const text = record[cols.text]!.replace(/^\s+|\s+$/g, '');
    if (!text) {
      plan.skippedEmpty++;
      return;
    }
    if (text.length > MAX_NOTE_LENGTH) {
      plan.errors.push(
        `line ${line}: the note is ${text.length} characters long; a note can hold at most ${MAX_NOTE_LENGTH}.`,
      );
      return;
    }
    const session = sessionFor(options.session ?? (cell(record, cols.session) || options.fileTitle));
    const speaker = cell(record, cols.participant);
    const participant = speaker ? participantFor(session, speaker, line) : null;
    if (speaker && !participant) return;
    const question = cell(record, cols.question);
    const kind = cell(record, cols.kind);
    const flag = (index: number) => YES.has(norm(cell(record, index)));
    const row = recordSchemas.notes.parse({
      ...base,
      id: newId(),
      sessionId: session.id,
      text,
      questionId: question ? questionFor(question) : null,
      participantId: participant?.id ?? null,
      kind: kind ? kindFor(kind) : null,
      flags: {
        sensitive: flag(cols.sensitive),
        doNotQuote: flag(cols.doNotQuote),
        culturalProtocol: flag(cols.culturalProtocol),
      },
    }) as Row;
    plan.records.push({ table: 'notes', row });
    plan.notes++;
  });
  for (const q of unknownQuestions)
    plan.warnings.push(`The guide has no question “${q}”; those notes are imported without a question.`);
  for (const k of unknownKinds)
    plan.warnings.push(`The project has no kind “${k}”; those notes are imported without a kind.`);
  return plan;
}

/** One creation change per record, stamped by a fresh clock that has seen everything in the folder. */
export function toChanges(
  plan: ImportPlan,
  deviceId: string,
  seen: readonly ChangeRecord[],
  now: number,
): ChangeRecord[] {
  let clock: ClockState = createClock(deviceId);
  const newest = maxHlc(seen);
  if (newest) clock = receive(clock, newest, now).state;
  return stampCreations(clock, now, deviceId, plan.records).changes;
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'sync-folder': { type: 'string' },
        project: { type: 'string' },
        session: { type: 'string' },
        group: { type: 'string' },
        'device-name': { type: 'string' },
        encoding: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw cliError(`${(error as Error).message} (see fieldnotes import-csv --help)`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(IMPORT_CSV_HELP);
    return EXIT_OK;
  }
  if (positionals.length !== 1)
    throw cliError('expected one CSV file: fieldnotes import-csv NOTES.csv --sync-folder DIR --project NAME');
  if (!values['sync-folder']) throw cliError('missing --sync-folder DIR');
  if (!values.project) throw cliError('missing --project NAME');
  const cwd = io.cwd ?? process.cwd();
  const csvPath = positionals[0]!;
  const { table } = await readCsvFile(csvPath, cwd, encodingOption(values.encoding));
  let folder;
  try {
    folder = await readSyncFolder(path.resolve(cwd, values['sync-folder']));
  } catch (error) {
    throw cliError((error as Error).message);
  }
  const matches = folder.projects.flatMap((p) => {
    const state = mergeInMemory(p.changes);
    const project = state.tables.get('projects')?.get(p.projectId);
    return project && project.deleted !== true && norm(String(project.name)) === norm(values.project!)
      ? [{ source: p, state, project }]
      : [];
  });
  if (matches.length > 1)
    throw cliError(
      `${matches.length} projects are called “${values.project}” in ${folder.root}; rename one in the app first`,
    );
  if (!matches.length) {
    throw cliError(
      `no project called “${values.project}” in ${folder.root}; create it in the app and sync once, then import`,
    );
  }
  const { source, state, project } = matches[0]!;
  const deviceId = newDeviceId();
  const now = Date.now();
  const plan = planCsvImport(table, state, recordSchemas.projects.parse(project), {
    ...(values.session ? { session: values.session } : {}),
    ...(values.group ? { group: values.group } : {}),
    fileTitle: path.basename(csvPath).replace(/\.[^.]+$/, ''),
    now: new Date(now).toISOString(),
    deviceId,
  });
  for (const warning of plan.warnings) io.stderr.write(`warning: ${warning}\n`);
  if (plan.errors.length) {
    io.stderr.write(`Nothing was imported:\n${plan.errors.map((e) => `  ${e}\n`).join('')}`);
    return EXIT_BAD_INPUT;
  }
  if (!plan.notes) throw cliError(`${csvPath} has no notes to import`);
  const changes = toChanges(plan, deviceId, source.changes, now);
  const deviceName = values['device-name'] ?? `CSV import (${path.basename(csvPath)})`;
  const segments = await Promise.all(
    chunkChanges(changes).map((part, i) =>
      encodeSegment(
        { deviceId, deviceName, projectId: source.projectId, seq: i + 1, createdAt: new Date(now).toISOString() },
        part,
      ),
    ),
  );
  const result = await writeProjectSegments(nodeFolderAccess(folder.root), {
    projectId: source.projectId,
    deviceId,
    segments: segments.map((s) => ({ name: s.name, bytes: s.bytes })),
  });
  if (result.error) {
    // Whole files only: what was written is complete, and a later import cannot clash with it (new device id).
    io.stderr.write(`Writing stopped after ${result.written.length} of ${segments.length} files: ${result.error}\n`);
    return EXIT_UNEXPECTED;
  }
  const sessions = plan.newSessions.length
    ? `, ${plan.newSessions.length} new session${plan.newSessions.length === 1 ? '' : 's'} (${plan.newSessions.join(', ')})`
    : '';
  const people = plan.newParticipants
    ? `, ${plan.newParticipants} new participant${plan.newParticipants === 1 ? '' : 's'}`
    : '';
  const skipped = plan.skippedEmpty
    ? ` Skipped ${plan.skippedEmpty} empty row${plan.skippedEmpty === 1 ? '' : 's'}.`
    : '';
  io.stdout.write(
    `Imported ${plan.notes} note${plan.notes === 1 ? '' : 's'} into “${project.name}”${sessions}${people} as device ${deviceId} (“${deviceName}”).${skipped}\n`,
  );
  return EXIT_OK;
}

export const importCsvCommand: Command = {
  name: 'import-csv',
  summary: 'import notes from a CSV file into a project in a sync folder',
  help: IMPORT_CSV_HELP,
  run,
};

/**
 * `fieldnotes import-csv NOTES.csv --sync-folder DIR --project NAME [--session TITLE] [--group NAME]`
 *
 * Writes the CSV's rows as notes into the sync folder, as a new device: every app that syncs the folder picks
 * them up like any other device's work. The columns, and every rule for matching rows to the project, are the
 * app's import's (shared/import: one planner, one table of columns, which this help is made from). All or
 * nothing: any row that cannot be imported stops the import before anything is written.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ChangeRecord } from '../../shared/changes/change';
import { stampCreations } from '../../shared/changes/stamp';
import { createClock, receive, type ClockState } from '../../shared/clock/hlc';
import type { CsvTable } from '../../shared/csv';
import { newDeviceId, newId } from '../../shared/domain/ids';
import { recordSchemas, type Project, type TableName } from '../../shared/domain/schemas';
import {
  createNotePlanner,
  describeColumns,
  guessMapping,
  importedNote,
  importedParticipant,
  importedSession,
  importWarnings,
  type ImportContext,
  type PlanTotals,
  type RowProblem,
} from '../../shared/import';
import { chunkChanges } from '../../shared/sync/chunk';
import { maxHlc } from '../../shared/sync/clockCheck';
import { writeProjectSegments } from '../../shared/sync/folderSync';
import { liveRecords } from '../../shared/sync/liveRecords';
import { mergeInMemory, type MergedState } from '../../shared/sync/memoryMerge';
import { encodeSegment } from '../../shared/sync/segment';
import { nodeFolderAccess } from '../../node/sync/nodeFolder';
import { readSyncFolder, type FolderContents } from '../../node/sync/readFolder';
import { cliError, EXIT_BAD_INPUT, EXIT_OK, EXIT_UNEXPECTED, type CliIo, type Command } from '../command';
import { encodingOption, readCsvFile } from '../csvFile';

export const IMPORT_CSV_HELP = `Usage: fieldnotes import-csv NOTES.csv --sync-folder DIR --project NAME [options]

Writes the rows of a CSV file as notes into a project in a sync folder, as a new device; every app that syncs
the folder then has them. The app's "Import notes" reads the same columns by the same rules. Columns are found
by their header, in any order, ignoring case:
${describeColumns()}
If any row cannot be imported, nothing is written and every reason is listed.

Options:
  --sync-folder DIR    the shared folder; required
  --project NAME       the project, by name; required (create it in the app and sync once first)
  --session TITLE      put every note in this session (an existing one by title, or a new one), ignoring any
                       Session column; default: the Session column, and the file's name for rows without one
  --group NAME         the stakeholder group of new sessions whose rows name none
  --device-name NAME   how other devices list this import (default: "CSV import (FILE)")
  --encoding NAME      utf-8, windows-1252 or mac-roman (default: detected)
  -h, --help           show this help

Exit codes: 0 imported, 2 bad input or usage, 1 unexpected error.
`;

/** Problems listed before "and N more": enough to see the pattern, short enough to read. */
const PROBLEMS_SHOWN = 50;

type Row = Record<string, unknown> & { id: string };

export interface CsvImport {
  records: { table: TableName; row: Row }[];
  totals: PlanTotals;
}

const norm = (text: string) => text.trim().toLowerCase();

/** What the project already has, from the merged folder: the planner's context. */
function contextOf(state: MergedState, project: Project): ImportContext {
  const mine = <T extends { projectId: string }>(rows: T[]) => rows.filter((r) => r.projectId === project.id);
  return {
    project,
    sessions: mine(liveRecords(state, 'sessions')),
    groups: mine(liveRecords(state, 'groups')),
    questions: mine(liveRecords(state, 'questions')),
    participants: mine(liveRecords(state, 'participants')),
  };
}

/**
 * The CSV's rows as new records, in the order they must be applied (a session or participant before the first note
 * that needs it), planned by the app's planner. Pure apart from fresh ids.
 */
export function planCsvImport(
  table: CsvTable,
  context: ImportContext,
  options: { session?: string; groupId?: string | null; fileTitle: string; now: string; deviceId: string },
): CsvImport {
  const mapping = guessMapping(table.header);
  // --session puts every row in one session: the Session column is then not read at all.
  if (options.session) mapping.session = null;
  const planner = createNotePlanner(context, mapping, {
    defaultSession: { title: options.session ?? options.fileTitle },
    newSessionGroupId: options.groupId ?? null,
  });
  const projectId = context.project.id;
  const stamps = { createdAt: options.now, updatedAt: options.now };
  const records: CsvImport['records'] = [];
  const add = <T extends TableName>(table: T, fields: Record<string, unknown>) =>
    records.push({ table, row: recordSchemas[table].parse({ ...fields, ...stamps }) as Row });
  table.records.forEach((cells, i) => {
    const planned = planner.add(cells, table.lines[i] ?? i + 2);
    if (!planned) return;
    if (planned.newSession) add('sessions', importedSession(projectId, planned.newSession, options.deviceId));
    if (planned.newParticipant) add('participants', importedParticipant(projectId, planned.newParticipant));
    add('notes', importedNote(projectId, planned.note, newId()));
  });
  return { records, totals: planner.totals() };
}

/** One creation change per record, stamped by a fresh clock that has seen everything in the folder. */
export function toChanges(
  records: CsvImport['records'],
  deviceId: string,
  seen: readonly ChangeRecord[],
  now: number,
): ChangeRecord[] {
  let clock: ClockState = createClock(deviceId);
  const newest = maxHlc(seen);
  if (newest) clock = receive(clock, newest, now).state;
  return stampCreations(clock, now, deviceId, records).changes;
}

function listProblems(problems: readonly RowProblem[], count: number): string {
  const shown = problems.slice(0, PROBLEMS_SHOWN).map((p) => `  line ${p.line}: ${p.message}\n`);
  const more = count - shown.length;
  return `${shown.join('')}${more > 0 ? `  and ${more} more ${more === 1 ? 'row' : 'rows'} that cannot be imported\n` : ''}`;
}

function parse(argv: string[]) {
  try {
    return parseArgs({
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
}

/** The one project of that name in the folder, merged, or a usage error that says what to do. */
function findProject(folder: FolderContents, name: string) {
  const matches = folder.projects.flatMap((source) => {
    const state = mergeInMemory(source.changes);
    const project = liveRecords(state, 'projects').find((p) => p.id === source.projectId);
    return project && norm(project.name) === norm(name) ? [{ source, state, project }] : [];
  });
  if (matches.length > 1)
    throw cliError(`${matches.length} projects are called “${name}” in ${folder.root}; rename one in the app first`);
  if (!matches.length) {
    throw cliError(`no project called “${name}” in ${folder.root}; create it in the app and sync once, then import`);
  }
  return matches[0]!;
}

function groupIdOf(context: ImportContext, name: string | undefined): string | null {
  if (!name) return null;
  const group = context.groups.find((g) => norm(g.name) === norm(name));
  if (!group) {
    throw cliError(`no stakeholder group called “${name}”; groups: ${context.groups.map((g) => g.name).join(', ')}`);
  }
  return group.id;
}

function summary(totals: PlanTotals, projectName: string, deviceId: string, deviceName: string): string {
  const { notes, sessions, participants } = totals;
  const madeSessions = sessions.length
    ? `, ${sessions.length} new session${sessions.length === 1 ? '' : 's'} (${sessions.map((s) => s.title).join(', ')})`
    : '';
  const people = participants.length
    ? `, ${participants.length} new participant${participants.length === 1 ? '' : 's'}`
    : '';
  const warnings = importWarnings(totals)
    .map((w) => ` ${w}`)
    .join('');
  return `Imported ${notes} note${notes === 1 ? '' : 's'} into “${projectName}”${madeSessions}${people} as device ${deviceId} (“${deviceName}”).${warnings}\n`;
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(argv);
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
  if (guessMapping(table.header).text === null) {
    throw cliError(
      `${csvPath} has no note-text column (a header such as “Text” or “Note”); its columns: ${table.header.join(', ')}`,
    );
  }
  let folder: FolderContents;
  try {
    folder = await readSyncFolder(path.resolve(cwd, values['sync-folder']));
  } catch (error) {
    throw cliError((error as Error).message);
  }
  const { source, state, project } = findProject(folder, values.project);
  const context = contextOf(state, project);
  const deviceId = newDeviceId();
  const now = Date.now();
  const planned = planCsvImport(table, context, {
    ...(values.session ? { session: values.session } : {}),
    groupId: groupIdOf(context, values.group),
    fileTitle: path.basename(csvPath).replace(/\.[^.]+$/, ''),
    now: new Date(now).toISOString(),
    deviceId,
  });
  if (planned.totals.problemCount) {
    io.stderr.write(`Nothing was imported:\n${listProblems(planned.totals.problems, planned.totals.problemCount)}`);
    return EXIT_BAD_INPUT;
  }
  if (!planned.totals.notes) throw cliError(`${csvPath} has no notes to import`);
  const changes = toChanges(planned.records, deviceId, source.changes, now);
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
  io.stdout.write(summary(planned.totals, project.name, deviceId, deviceName));
  return EXIT_OK;
}

export const importCsvCommand: Command = {
  name: 'import-csv',
  summary: 'import notes from a CSV file into a project in a sync folder',
  help: IMPORT_CSV_HELP,
  run,
};

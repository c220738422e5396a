/**
 * `fieldnotes import-csv NOTES.csv --sync-folder DIR --project NAME [--session TITLE] [--group NAME]`
 *
 * Writes the CSV's rows as notes into the sync folder, as a new device: every app that syncs the folder picks
 * them up like any other device's work. The columns, and every rule for matching rows to the project, are the
 * app's import's (shared/import: one planner, one table of columns, which this help is made from).
 *
 * At any size, all or nothing: the file is read in pieces (node/csvStream.ts) and each row planned, stamped and
 * written as it comes, into a hidden staging folder (node/sync/staging.ts) that becomes the device's folder in one
 * rename only when every row could be imported. A failed or killed run leaves nothing any reader sees. The file's
 * SHA-256 goes into the device's segment headers, so importing the same file again is refused unless --again.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createClock, receive } from '../../shared/clock/hlc';
import { CsvProblemError, describeProblem, describeReason, type CsvRecord } from '../../shared/csv';
import { newDeviceId } from '../../shared/domain/ids';
import type { Project } from '../../shared/domain/schemas';
import {
  createImportStream,
  describeColumns,
  guessMapping,
  importWarnings,
  type ColumnMapping,
  type ImportContext,
  type PlanTotals,
  type RowProblem,
} from '../../shared/import';
import { maxHlc } from '../../shared/sync/clockCheck';
import { liveRecords } from '../../shared/sync/liveRecords';
import { mergeInMemory, type MergedState } from '../../shared/sync/memoryMerge';
import { encodeSegment } from '../../shared/sync/segment';
import { CsvFileChangedError, readCsvRecords, sniffCsvFile, type CsvFileFacts } from '../../node/csvStream';
import { readSyncFolder, type FolderContents, type FolderProject } from '../../node/sync/readFolder';
import { stageDeviceFolder, type DeviceStaging } from '../../node/sync/staging';
import type { Translator } from '../../shared/i18n/translate';
import { cliError, EXIT_BAD_INPUT, EXIT_OK, trOf, type CliIo, type Command } from '../command';
import { checkInputFile, encodingName, encodingOption, readError } from '../csvFile';
import { allowMassDeletionHelp, guardMassDeletion } from '../support/massDeletion';
import { describeFolderError } from '../support/folderErrors';

/** Problems listed before "and N more": enough to see the pattern, short enough to read. */
const PROBLEMS_SHOWN = 50;

/** New sessions named in the summary; a file that makes hundreds gets a count for the rest. */
const TITLES_SHOWN = 5;

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

function listProblems(problems: readonly RowProblem[], count: number, tr: Translator): string {
  const shown = problems
    .slice(0, PROBLEMS_SHOWN)
    .map((p) => tr.t('cli.import.problem', { line: p.line, message: p.message }));
  const more = count - shown.length;
  return `${shown.join('')}${more > 0 ? tr.t('cli.import.moreProblems', { count: more }) : ''}`;
}

function importHelp(tr: Translator): string {
  return tr.t('cli.import.help', { columns: describeColumns(), massDeletion: allowMassDeletionHelp(23, tr) });
}

function parse(argv: string[], tr: Translator) {
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
        again: { type: 'boolean' },
        'allow-mass-deletion': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw cliError(tr.t('cli.seeHelp', { message: (error as Error).message, command: 'import-csv' }));
  }
}

/** The one project of that name in the folder, merged, or a usage error that says what to do. */
function findProject(folder: FolderContents, name: string, tr: Translator) {
  const matches = folder.projects.flatMap((source) => {
    const state = mergeInMemory(source.changes);
    const project = liveRecords(state, 'projects').find((p) => p.id === source.projectId);
    return project && norm(project.name) === norm(name) ? [{ source, state, project }] : [];
  });
  if (matches.length > 1)
    throw cliError(tr.t('cli.import.sameName', { count: matches.length, name, root: folder.root }));
  if (!matches.length) throw cliError(tr.t('cli.import.noProject', { name, root: folder.root }));
  return matches[0]!;
}

function groupIdOf(context: ImportContext, name: string | undefined, tr: Translator): string | null {
  if (!name) return null;
  const group = context.groups.find((g) => norm(g.name) === norm(name));
  if (!group) {
    throw cliError(tr.t('cli.import.noGroup', { name, groups: context.groups.map((g) => g.name).join(', ') }));
  }
  return group.id;
}

function summary(
  totals: PlanTotals,
  device: { project: string; id: string; name: string; how: string },
  tr: Translator,
): string {
  const { notes, sessions, participants } = totals;
  const titles = sessions.slice(0, TITLES_SHOWN).map((s) => s.title);
  if (sessions.length > TITLES_SHOWN) titles.push(tr.t('cli.andMore', { count: sessions.length - TITLES_SHOWN }));
  const madeSessions = sessions.length
    ? tr.t('cli.import.newSessions', { count: sessions.length, titles: titles.join(', ') })
    : '';
  const people = participants.length ? tr.t('cli.import.newParticipants', { count: participants.length }) : '';
  const warnings = importWarnings(totals, tr)
    .map((w) => ` ${w}`)
    .join('');
  return tr.t('cli.import.done', {
    notes,
    project: device.project,
    sessions: madeSessions,
    people,
    id: device.id,
    device: device.name,
    how: device.how,
    warnings,
  });
}

/** The file's size, hash and encoding (first pass), or a usage error saying why it cannot be read. */
async function sniff(csvPath: string, cwd: string, asked: ReturnType<typeof encodingOption>, tr: Translator) {
  const file = await checkInputFile(csvPath, cwd, tr);
  let facts: CsvFileFacts;
  try {
    facts = await sniffCsvFile(file);
  } catch (error) {
    throw readError(csvPath, error, tr);
  }
  if (facts.bytes === 0) throw cliError(tr.t('cli.import.empty', { file: csvPath }));
  // UTF-16 read as anything else is noise, whatever encoding was asked for.
  if (facts.guess.kind === 'utf-16')
    throw cliError(tr.t('cli.fromSource', { source: csvPath, text: describeReason({ kind: 'utf-16' }, tr) }));
  const encoding = asked ?? facts.guess.encoding;
  return { file, facts, encoding };
}

/** Refuses a file this project has already imported, naming when and as which device. */
function refuseRepeat(
  source: FolderProject,
  facts: CsvFileFacts,
  csvPath: string,
  projectName: string,
  tr: Translator,
): void {
  const earlier = source.imports.find((i) => i.sha256 === facts.sha256);
  if (!earlier) return;
  const when = earlier.createdAt.replace('T', ' ').slice(0, 16);
  throw cliError(
    tr.t('cli.import.again', {
      file: csvPath,
      project: projectName,
      when,
      device: earlier.deviceName || earlier.deviceId,
    }),
  );
}

interface Streamed {
  totals: PlanTotals;
  segments: number;
}

/**
 * Reads the file a piece at a time and plans, stamps and stages its rows as they come. Throws a usage error for a
 * file that is not good CSV or has no note-text column; row problems come back in the totals.
 */
async function streamRows(input: {
  records: AsyncIterable<CsvRecord[]>;
  csvPath: string;
  context: ImportContext;
  source: FolderProject;
  staging: DeviceStaging;
  tr: Translator;
  options: { session?: string; groupId: string | null; deviceName: string; sha256: string; deviceId: string };
}): Promise<Streamed> {
  const { context, options, tr } = input;
  const now = Date.now();
  let clock = createClock(options.deviceId);
  const newest = maxHlc(input.source.changes);
  if (newest) clock = receive(clock, newest, now).state;
  let seq = 0;
  const onBatch = async (changes: Parameters<Parameters<typeof createImportStream>[0]['onBatch']>[0]) => {
    const segment = await encodeSegment(
      {
        deviceId: options.deviceId,
        deviceName: options.deviceName,
        projectId: context.project.id,
        seq: ++seq,
        createdAt: new Date(now).toISOString(),
        importedFrom: { sha256: options.sha256 },
      },
      changes,
    );
    await input.staging.write(segment.name, segment.bytes);
  };
  let stream: ReturnType<typeof createImportStream> | null = null;
  const start = (fields: string[]) => {
    const mapping: ColumnMapping = guessMapping(fields);
    if (mapping.text === null) {
      throw cliError(tr.t('cli.import.noTextColumn', { file: input.csvPath, columns: fields.join(', ') }));
    }
    // --session puts every row in one session: the Session column is then not read at all.
    if (options.session) mapping.session = null;
    const fileTitle = path.basename(input.csvPath).replace(/\.[^.]+$/, '');
    return createImportStream({
      context,
      mapping,
      plan: {
        defaultSession: { title: options.session ?? fileTitle },
        newSessionGroupId: options.groupId,
        translator: tr,
      },
      deviceId: options.deviceId,
      clock,
      now,
      onBatch,
    });
  };
  try {
    for await (const records of input.records) {
      for (const record of records) {
        if (!stream) stream = start(record.fields);
        else await stream.add(record.fields, record.line);
      }
    }
  } catch (error) {
    const source = input.csvPath;
    if (error instanceof CsvProblemError)
      throw cliError(tr.t('cli.fromSource', { source, text: describeProblem(error.problem, tr) }));
    if (error instanceof CsvFileChangedError)
      throw cliError(tr.t('cli.fromSource', { source, text: error.describe(tr) }));
    throw error;
  }
  const totals = await stream!.finish();
  return { totals, segments: seq };
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  const tr = trOf(io);
  const { values, positionals } = parse(argv, tr);
  if (values.help) {
    io.stdout.write(importHelp(tr));
    return EXIT_OK;
  }
  if (positionals.length !== 1) throw cliError(tr.t('cli.import.oneFile'));
  if (!values['sync-folder']) throw cliError(tr.t('cli.import.missingFolder'));
  if (!values.project) throw cliError(tr.t('cli.import.missingProject'));
  const cwd = io.cwd ?? process.cwd();
  const csvPath = positionals[0]!;
  const { file, facts, encoding } = await sniff(csvPath, cwd, encodingOption(values.encoding, tr), tr);
  let folder: FolderContents;
  try {
    folder = await readSyncFolder(path.resolve(cwd, values['sync-folder']));
  } catch (error) {
    throw cliError(describeFolderError(error, tr));
  }
  const { source, state, project } = findProject(folder, values.project, tr);
  guardMassDeletion({
    projectId: project.id,
    projectName: project.name,
    changes: source.changes,
    deviceNames: new Map(source.devices.map((d) => [d.deviceId, d.name])),
    allow: values['allow-mass-deletion'] === true,
    tr,
  });
  if (!values.again) refuseRepeat(source, facts, csvPath, project.name, tr);
  const context = contextOf(state, project);
  const groupId = groupIdOf(context, values.group, tr);
  const deviceId = newDeviceId();
  const deviceName = values['device-name'] ?? tr.t('cli.import.deviceName', { file: path.basename(csvPath) });
  const staging = await stageDeviceFolder(folder.root, project.id, deviceId);
  let streamed: Streamed;
  try {
    streamed = await streamRows({
      records: readCsvRecords(file, { encoding, sha256: facts.sha256 }),
      csvPath,
      context,
      source,
      staging,
      tr,
      options: {
        ...(values.session ? { session: values.session } : {}),
        groupId,
        deviceName,
        sha256: facts.sha256,
        deviceId,
      },
    });
    const { totals } = streamed;
    if (totals.problemCount) {
      await staging.discard();
      io.stderr.write(tr.t('cli.import.nothing', { problems: listProblems(totals.problems, totals.problemCount, tr) }));
      return EXIT_BAD_INPUT;
    }
    if (!totals.notes) throw cliError(tr.t('cli.import.noNotes', { file: csvPath }));
    await staging.publish();
  } catch (error) {
    await staging.discard().catch(() => undefined);
    throw error;
  }
  const how = tr.t('cli.import.how', { encoding: encodingName(encoding), asked: values.encoding ? 'yes' : 'no' });
  io.stdout.write(summary(streamed.totals, { project: project.name, id: deviceId, name: deviceName, how }, tr));
  return EXIT_OK;
}

export const importCsvCommand: Command = {
  name: 'import-csv',
  summary: (tr) => tr.t('cli.import.summary'),
  help: importHelp,
  run,
};

/**
 * `fieldnotes cluster NOTES.csv --out CLUSTERS.csv`: suggested clusters for a CSV of notes, with the same
 * shared/cluster code the board runs: grouped by meaning (word vectors read from beside the program, offline)
 * or, with --method words, by shared words only. Writes one row per input row (id, the cluster's suggested
 * name, its shared words) as UTF-8, atomically, so a half-written file never replaces a good one.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { clusterNotes, type ClusterMethod, type ClusterResult } from '../../shared/cluster';
import { findColumn, formatCsv, type CsvTable } from '../../shared/csv';
import type { Translator } from '../../shared/i18n/translate';
import { cliError, EXIT_OK, trOf, type Command } from '../command';
import { encodingName, encodingOption, readCsvFile } from '../csvFile';
import { readWordTable } from '../../node/wordVectors';
import { writeOutputFiles } from '../support/writeFiles';

interface ClusterArgs {
  input: string;
  out: string;
  textColumn: string;
  idColumn: string | undefined;
  k: number | undefined;
  method: ClusterMethod;
  encoding: string | undefined;
}

function parse(args: string[], tr: Translator): ClusterArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        'text-column': { type: 'string' },
        'id-column': { type: 'string' },
        k: { type: 'string' },
        method: { type: 'string' },
        encoding: { type: 'string' },
      },
    });
  } catch (error) {
    throw cliError(tr.t('cli.seeHelp', { message: (error as Error).message, command: 'cluster' }));
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw cliError(tr.t('cli.cluster.oneFile'));
  if (!values.out) throw cliError(tr.t('cli.missingOut'));
  let k: number | undefined;
  if (values.k !== undefined) {
    k = Number(values.k);
    if (!/^\d+$/.test(values.k.trim()) || k < 1) throw cliError(tr.t('cli.cluster.badK', { value: values.k }));
  }
  const method = values.method ?? 'meaning';
  if (method !== 'meaning' && method !== 'words')
    throw cliError(tr.t('cli.cluster.badMethod', { value: values.method ?? '' }));
  return {
    input: positionals[0]!,
    method,
    out: values.out,
    textColumn: values['text-column'] ?? 'text',
    idColumn: values['id-column'],
    k,
    encoding: values.encoding,
  };
}

function column(table: CsvTable, file: string, name: string, option: string, tr: Translator): number {
  const index = findColumn(table.header, name);
  if (index < 0) {
    throw cliError(tr.t('cli.cluster.noColumn', { file, name, columns: table.header.join(', '), option }));
  }
  return index;
}

/** Output rows in input order; notes are identified to the clusterer by row number, so repeated ids are fine. */
/** The column names are the file's format; "Unclustered" is a word for people, in their language. */
function outputRows(table: CsvTable, ids: string[], result: ClusterResult, tr: Translator): string[][] {
  const byRow = new Map<string, { label: string; words: string }>();
  // Suggested names are distinct within a result (clusterNotes numbers a repeat), so each names one cluster.
  for (const cluster of result.clusters) {
    for (const row of cluster.noteIds) byRow.set(row, { label: cluster.label, words: cluster.words.join(' · ') });
  }
  return [
    ['id', 'cluster', 'cluster_words'],
    ...table.records.map((_, r) => {
      const hit = byRow.get(String(r));
      return [ids[r]!, hit?.label ?? tr.t('cli.cluster.unclustered'), hit?.words ?? ''];
    }),
  ];
}

async function writeOutput(target: string, shown: string, csv: string, tr: Translator): Promise<void> {
  await writeOutputFiles([{ path: target, shown, data: new TextEncoder().encode(csv) }], tr);
}

export const clusterCommand: Command = {
  name: 'cluster',
  summary: (tr) => tr.t('cli.cluster.summary'),
  help: (tr) => tr.t('cli.cluster.help'),
  async run(args, io) {
    const tr = trOf(io);
    const options = parse(args, tr);
    const encoding = encodingOption(options.encoding, tr);
    const cwd = io.cwd ?? process.cwd();
    const file = await readCsvFile(options.input, cwd, tr, encoding);
    const { table } = file;
    const textIndex = column(table, options.input, options.textColumn, '--text-column', tr);
    const idIndex = options.idColumn
      ? column(table, options.input, options.idColumn, '--id-column', tr)
      : findColumn(table.header, 'id');
    const ids = table.records.map((record, r) => (idIndex >= 0 ? record[idIndex]! : String(r + 1)));
    const notes = table.records.map((record, r) => ({ id: String(r), text: record[textIndex]! }));
    let wordTable = null;
    if (options.method === 'meaning') {
      const loaded = readWordTable();
      if (loaded.table) wordTable = loaded.table;
      else io.stderr.write(tr.t('cli.cluster.noVectors', { problem: loaded.problem }));
    }
    const result = clusterNotes(notes, { k: options.k, method: options.method, wordTable });
    const csv = formatCsv(outputRows(table, ids, result, tr));
    await writeOutput(path.resolve(cwd, options.out), options.out, csv, tr);
    io.stdout.write(
      tr.t('cli.cluster.wrote', {
        rows: table.records.length,
        file: options.out,
        clusters: result.clusters.length,
        meaning: result.diagnostics.meaning ? 'yes' : 'no',
        unclustered: result.unclustered.length,
        encoding: encodingName(file.encoding),
        detected: file.encodingDetected ? 'yes' : 'no',
      }),
    );
    return EXIT_OK;
  },
};

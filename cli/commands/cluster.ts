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
import { cliError, EXIT_OK, type Command } from '../command';
import { encodingName, encodingOption, readCsvFile } from '../csvFile';
import { readWordTable } from '../../node/wordVectors';
import { writeOutputFiles } from '../support/writeFiles';
import { counted } from '../support/words';

const UNCLUSTERED = 'Unclustered';

const HELP = `Usage: fieldnotes cluster NOTES.csv --out CLUSTERS.csv [options]

Suggests clusters for the notes in a CSV file and writes, for every row, its id and its cluster's name.

Options:
  --out FILE           where to write the result (UTF-8 CSV: id,cluster,cluster_words); required
  --text-column NAME   column holding the note text (default: text)
  --id-column NAME     column holding the note id (default: id; without one, rows are numbered from 1)
  --k N                exactly N clusters instead of letting the notes decide
  --method NAME        meaning (default: what notes mean and the words they share) or words (shared words only,
                       the earlier method)
  --encoding NAME      utf-8, windows-1252 or mac-roman (default: detected)
  -h, --help           show this help

Exit codes: 0 done, 2 bad input or usage, 1 unexpected error.
`;

interface ClusterArgs {
  input: string;
  out: string;
  textColumn: string;
  idColumn: string | undefined;
  k: number | undefined;
  method: ClusterMethod;
  encoding: string | undefined;
}

function parse(args: string[]): ClusterArgs {
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
    throw cliError(`${(error as Error).message} (see fieldnotes cluster --help)`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1)
    throw cliError('expected one input file: fieldnotes cluster NOTES.csv --out CLUSTERS.csv');
  if (!values.out) throw cliError('missing --out FILE');
  let k: number | undefined;
  if (values.k !== undefined) {
    k = Number(values.k);
    if (!/^\d+$/.test(values.k.trim()) || k < 1)
      throw cliError(`--k must be a whole number of at least 1, not "${values.k}"`);
  }
  const method = values.method ?? 'meaning';
  if (method !== 'meaning' && method !== 'words')
    throw cliError(`--method must be "meaning" or "words", not "${values.method}"`);
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

function column(table: CsvTable, file: string, name: string, option: string): number {
  const index = findColumn(table.header, name);
  if (index < 0) {
    throw cliError(
      `${file}: no column named "${name}" (columns: ${table.header.join(', ')}); choose one with ${option}`,
    );
  }
  return index;
}

/** Output rows in input order; notes are identified to the clusterer by row number, so repeated ids are fine. */
function outputRows(table: CsvTable, ids: string[], result: ClusterResult): string[][] {
  const byRow = new Map<string, { label: string; words: string }>();
  // Suggested names are distinct within a result (clusterNotes numbers a repeat), so each names one cluster.
  for (const cluster of result.clusters) {
    for (const row of cluster.noteIds) byRow.set(row, { label: cluster.label, words: cluster.words.join(' · ') });
  }
  return [
    ['id', 'cluster', 'cluster_words'],
    ...table.records.map((_, r) => {
      const hit = byRow.get(String(r));
      return [ids[r]!, hit?.label ?? UNCLUSTERED, hit?.words ?? ''];
    }),
  ];
}

async function writeOutput(target: string, shown: string, csv: string): Promise<void> {
  await writeOutputFiles([{ path: target, shown, data: new TextEncoder().encode(csv) }]);
}

export const clusterCommand: Command = {
  name: 'cluster',
  summary: 'suggest clusters for the notes in a CSV file',
  help: HELP,
  async run(args, io) {
    const options = parse(args);
    const encoding = encodingOption(options.encoding);
    const cwd = io.cwd ?? process.cwd();
    const file = await readCsvFile(options.input, cwd, encoding);
    const { table } = file;
    const textIndex = column(table, options.input, options.textColumn, '--text-column');
    const idIndex = options.idColumn
      ? column(table, options.input, options.idColumn, '--id-column')
      : findColumn(table.header, 'id');
    const ids = table.records.map((record, r) => (idIndex >= 0 ? record[idIndex]! : String(r + 1)));
    const notes = table.records.map((record, r) => ({ id: String(r), text: record[textIndex]! }));
    let wordTable = null;
    if (options.method === 'meaning') {
      const loaded = readWordTable();
      if (loaded.table) wordTable = loaded.table;
      else io.stderr.write(`Warning: ${loaded.problem}; grouping by shared words only.\n`);
    }
    const result = clusterNotes(notes, { k: options.k, method: options.method, wordTable });
    const csv = formatCsv(outputRows(table, ids, result));
    await writeOutput(path.resolve(cwd, options.out), options.out, csv);
    const how = file.encodingDetected ? 'detected' : 'as asked';
    io.stdout.write(
      `Wrote ${counted(table.records.length, 'row')} to ${options.out}: ${counted(result.clusters.length, 'cluster')} ` +
        `${result.diagnostics.meaning ? 'by meaning' : 'by shared words'}, ` +
        `${result.unclustered.length} unclustered (read as ${encodingName(file.encoding)}, ${how}).\n`,
    );
    return EXIT_OK;
  },
};

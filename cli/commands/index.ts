/**
 * Every subcommand of `fieldnotes`. Adding one: write cli/commands/<name>.ts exporting a `Command`
 * (see cli/command.ts) and list it here. Modules load on demand: running one command never loads another's
 * dependencies (export alone brings exceljs and docx).
 */
import type { CommandEntry } from '../command';

export const COMMANDS: readonly CommandEntry[] = [
  { name: 'cluster', load: async () => (await import('./cluster')).clusterCommand },
  { name: 'import-csv', load: async () => (await import('./import-csv')).importCsvCommand },
  { name: 'inspect', load: async () => (await import('./inspect')).inspectCommand },
  { name: 'bundle', load: async () => (await import('./bundle')).bundleCommand },
  { name: 'purge', load: async () => (await import('./purge')).purgeCommand },
  { name: 'export', load: async () => (await import('./export')).exportCommand },
  { name: 'validate', load: async () => (await import('./validate')).validateCommand },
];

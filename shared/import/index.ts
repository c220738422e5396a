/**
 * Importing notes from a file: the columns (columns.ts), the planner (planner.ts), the records (records.ts), and the
 * import as a stream of change records for a sync folder (changeStream.ts).
 */
export * from './columns';
export * from './planner';
export * from './records';
export * from './changeStream';

/** Importing notes from a file: the columns (columns.ts), the planner (planner.ts) and the records (records.ts). */
export * from './columns';
export * from './planner';
export * from './records';

/** The shape of one exported table (an xlsx sheet or a CSV file), apart from the code that fills it. */
export type Cell = string | number;

export interface Column {
  header: string;
  /** Long text: wrapped, and given a wider column. */
  wrap?: boolean;
}

export interface Table {
  name: string;
  columns: Column[];
  rows: Cell[][];
  /** Optional background per body cell, as #RRGGBB or null (the coverage heat map). */
  fills?: (string | null)[][];
}

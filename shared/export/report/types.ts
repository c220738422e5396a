/**
 * The report's vocabulary: blocks of a report and the charts inside them, apart from the code that builds them
 * (model.ts, summary.ts, charts.ts) and the code that draws them (png.ts, docx, HTML), so none imports the others.
 */
export type Shape =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; fill: string }
  | { kind: 'text'; x: number; y: number; text: string; fill: string; anchor: 'start' | 'middle' | 'end' };

export interface Chart {
  title: string;
  alt: string;
  width: number;
  height: number;
  shapes: Shape[];
}

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  | { type: 'paragraph'; text: string; tone?: 'lead' | 'muted' | 'strong' }
  | { type: 'quote'; text: string; attribution: string }
  | { type: 'list'; items: string[] }
  | { type: 'table'; headers: string[]; rows: string[][]; shades?: (number | null)[][] }
  | { type: 'chart'; chart: Chart }
  /** The table of contents, with its own title: the level-2 headings that follow it. */
  | { type: 'contents' }
  | { type: 'pageBreak' };

export interface ReportModel {
  title: string;
  blocks: Block[];
  /** The report's language (a BCP 47 tag) and the words its renderers add around the blocks. */
  lang: string;
  contentsTitle: string;
  description: string;
}

/** What every `lobby … import` prints: one JSON object a script can check. */
export interface Rejection {
  /** 1-based line or row number in the file as a spreadsheet shows it, or null for the whole file. */
  row: number | null;
  /** The column (header) or JSON path the problem is in, when there is one. */
  column: string | null;
  reason: string;
}

export interface ImportSummary {
  file: string;
  kind: string;
  /** Data rows (or entities) read from the file. */
  rows: number;
  /** New records. */
  imported: number;
  /** Existing records that changed. */
  updated: number;
  /** Existing records that were already exactly so. */
  unchanged: number;
  rejected: Rejection[];
  /** How the file's columns were understood: header → role (or "ignored"). */
  columns?: Record<string, string>;
  warnings?: string[];
}

export function emptySummary(file: string, kind: string): ImportSummary {
  return { file, kind, rows: 0, imported: 0, updated: 0, unchanged: 0, rejected: [] };
}

/** What the row writers share with the import that runs them. */
import type { Db } from '../../db/open';
import type { BuildingImportSummary } from './building-import';
import type { Role } from './columns';
import type { SniffedCsv } from './sniff';
import type { Resolved, WallTime } from './timestamps';

export const minYear = 1970;
export const maxYear = 2100;

export type RowWriter = (cells: string[], row: number) => void;

export interface RowContext {
  db: Db;
  importId: number;
  source: string;
  timezone: string;
  sniffed: SniffedCsv;
  order: 'dmy' | 'mdy' | 'iso';
  roles: SniffedCsv['columns']['roles'];
  at(cells: string[], role: Role): string;
  header(role: Role): string | null;
  cardsOf(cells: string[]): { number: string; status: string }[];
  matchCard(
    text: string,
    facility: string,
  ): {
    key: string | null;
    uid: string | null;
    match: 'exact' | 'candidate' | 'ambiguous' | null;
  };
  reject(row: number, column: string | null, reason: string): void;
  inRange(t: WallTime): boolean;
  summary: BuildingImportSummary;
  /** Event texts nobody recognised, with how often each came. */
  unknown: Map<string, number>;
  clock(t: WallTime): Resolved;
  localText(utcMs: number): string;
  /** "Ingetrokken" on a sheet of cancelled keys, '' otherwise. */
  sheetStatus: string;
}

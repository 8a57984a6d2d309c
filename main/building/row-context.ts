/** What the row writers share with the import that runs them. */
import type { BuildingRepo } from '../../db/repos/building';
import type { DateOrder } from '../tables/dates';
import type { BuildingImportSummary } from './building-import';
import type { CardRule } from '../../vocabulary';
import type { Role } from './columns';
import type { SniffedCsv } from './sniff';

export const minYear = 1970;
export const maxYear = 2100;

/** Exports are recent: a year outside this range is a broken cell, not history. */
export const inYearRange = (t: { y: number }): boolean => t.y >= minYear && t.y <= maxYear;
export const yearOutOfRange = (t: { y: number }): string =>
  `the year ${t.y} is outside ${minYear}–${maxYear}`;

export interface RowWriter {
  write(cells: string[], row: number): void;
  /** Completes the import; says which day/month order the whole file asks for. */
  finish(): { order: DateOrder };
}

export interface RowContext {
  repo: BuildingRepo;
  importId: number;
  source: string;
  timezone: string;
  /** The card rule the office manager chose for this import, if any. */
  cardRule: CardRule | null | undefined;
  sniffed: SniffedCsv;
  /** The day/month order to read dates with. */
  order: DateOrder;
  roles: SniffedCsv['columns']['roles'];
  at(cells: string[], role: Role): string;
  header(role: Role): string | null;
  cardsOf(cells: string[]): { number: string; status: string }[];
  reject(row: number, column: string | null, reason: string): void;
  summary: BuildingImportSummary;
  /** "Ingetrokken" on a sheet of cancelled keys, '' otherwise. */
  sheetStatus: string;
  /** Door events before this moment are past retention; with `skipExpired` left out. */
  eventsKeptFrom: number | undefined;
  skipExpired: boolean;
}

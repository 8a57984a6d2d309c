import type { Database } from 'better-sqlite3';

export interface Migration {
  /** Matches the file name's prefix; becomes `PRAGMA user_version` once applied. */
  version: number;
  name: string;
  up(db: Database): void;
}

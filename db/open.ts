import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { latestVersion, migrations } from './migrations/index';
import { DatabaseTooNewError, migrate, userVersion } from './migrate';

export type Db = Database.Database;

/**
 * Opens (creating if needed) a Lobby database and brings its schema up to date. A file from a
 * newer Lobby is refused before anything is written to it: not even the switch to WAL happens.
 */
export function openDatabase(file: string): Db {
  if (file !== ':memory:' && fs.existsSync(file)) refuseIfNewer(file);
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('synchronous = NORMAL');
    migrate(db, migrations);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

function refuseIfNewer(file: string): void {
  const probe = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const version = userVersion(probe);
    if (version > latestVersion) throw new DatabaseTooNewError(file, version, latestVersion);
  } finally {
    probe.close();
  }
}

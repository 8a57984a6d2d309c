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
  if (file !== ':memory:') keepPrivate(file);
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('synchronous = NORMAL');
    // Deleted personal data is overwritten, not left in free pages (the retention schedule).
    db.pragma('secure_delete = ON');
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

/**
 * Personal data at rest is the kiosk user's alone: a folder Lobby creates is 0700, and the
 * database file is created 0600 (SQLite gives its -wal and -shm files the same mode) and put
 * back to 0600 if someone widened it. Windows keeps the file in the user's profile, whose ACL
 * already does this. Folders Lobby did not create (a --db in /tmp) are left as they are.
 */
function keepPrivate(file: string): void {
  const dir = path.dirname(file);
  if (!fs.existsSync(dir)) fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (process.platform === 'win32') return;
  fs.closeSync(fs.openSync(file, 'a', 0o600));
  for (const f of [file, `${file}-wal`, `${file}-shm`]) {
    const stat = fs.statSync(f, { throwIfNoEntry: false });
    if (stat && (stat.mode & 0o077) !== 0) fs.chmodSync(f, 0o600);
  }
}

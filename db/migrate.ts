import type { Database } from 'better-sqlite3';
import type { Migration } from './migrations/types';

export class DatabaseTooNewError extends Error {
  constructor(
    readonly file: string,
    readonly fileVersion: number,
    readonly appVersion: number,
  ) {
    super(
      `The database ${file} was written by a newer version of Lobby (schema ${fileVersion}; ` +
        `this version understands up to ${appVersion}). Update Lobby to open it. ` +
        `The file has not been changed.`,
    );
    this.name = 'DatabaseTooNewError';
  }
}

export function userVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Applies every pending migration in one transaction: either all of them land or none. */
export function migrate(db: Database, migrations: readonly Migration[]): number[] {
  const latest = migrations.at(-1)?.version ?? 0;
  const current = userVersion(db);
  if (current > latest) throw new DatabaseTooNewError(db.name, current, latest);
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return [];
  db.transaction(() => {
    for (const m of pending) {
      m.up(db);
      // PRAGMA cannot take a bound parameter; the version is a number from our own registry.
      db.pragma(`user_version = ${Math.trunc(m.version)}`);
    }
  })();
  return pending.map((m) => m.version);
}

import path from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from '../migrate';
import { migrations } from './index';

/** A file database migrated up to (and including) `version`, for before/after migration tests. */
export function databaseAt(dir: string, version: number): Database.Database {
  const db = new Database(path.join(dir, 'lobby.sqlite'));
  db.pragma('foreign_keys = ON');
  migrate(
    db,
    migrations.filter((m) => m.version <= version),
  );
  return db;
}

export function migrateFully(db: Database.Database): number[] {
  return migrate(db, migrations);
}

export function tableNames(db: Database.Database): string[] {
  return db
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all()
    .map((r) => r.name);
}

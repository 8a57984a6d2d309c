import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../test/support/temp';
import { migrate } from './migrate';
import { latestVersion, migrations } from './migrations/index';
import { openDatabase } from './open';

const sha256 = (file: string) =>
  crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('openDatabase', () => {
  const dir = useTempDir();

  it('creates a new file with WAL, foreign keys and the latest schema', () => {
    const file = path.join(dir(), 'nested', 'lobby.sqlite');
    const db = openDatabase(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion);
    db.close();
    const again = openDatabase(file);
    expect(again.pragma('user_version', { simple: true })).toBe(latestVersion);
    again.close();
  });

  it('refuses a database from a newer Lobby with a clear message and leaves it untouched', () => {
    const file = path.join(dir(), 'future.sqlite');
    const future = new Database(file);
    future.exec('CREATE TABLE from_the_future (x INTEGER) STRICT');
    future.pragma(`user_version = ${latestVersion + 10}`);
    future.close();
    const before = sha256(file);
    const listing = fs.readdirSync(dir()).sort();

    expect(() => openDatabase(file)).toThrow(
      new RegExp(
        `newer version of Lobby \\(schema ${latestVersion + 10}; .* up to ${latestVersion}\\)`,
      ),
    );
    expect(sha256(file)).toBe(before);
    expect(fs.readdirSync(dir()).sort()).toEqual(listing);
  });

  it('rolls every pending migration back when one of them fails', () => {
    const db = new Database(path.join(dir(), 'partial.sqlite'));
    const broken = [
      ...migrations,
      {
        version: latestVersion + 10,
        name: 'broken',
        up: (d: Database.Database) => {
          d.exec('CREATE TABLE half_done (x INTEGER) STRICT');
          throw new Error('disk full');
        },
      },
    ];
    expect(() => migrate(db, broken)).toThrow('disk full');
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(
      db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get(),
    ).toEqual({ n: 0 });
    db.close();
  });

  it('has one migration per version, in ascending order', () => {
    const versions = migrations.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    const files = fs
      .readdirSync(path.join(import.meta.dirname, 'migrations'))
      .filter((f) => /^\d{4}-.*\.ts$/.test(f) && !f.endsWith('.test.ts'));
    expect(files.map((f) => Number(f.slice(0, 4)))).toEqual(versions);
  });
});

/**
 * `kill -9` of the process in the middle of a large import, then a restart: the database opens,
 * passes SQLite's integrity check, and holds exactly what it held before the import began.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { createServices } from '../../main/app/services';
import { projectRoot } from '../e2e/harness';
import { realisticExport } from '../support/realistic-export';
import { useTempDir } from '../support/temp';
import { importRegisters } from '../support/registers';

const snapshot = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db
      .prepare<[], string>(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .pluck()
      .all();
    return Object.fromEntries(
      tables.map((t) => [t, db.prepare(`SELECT count(*) FROM "${t}"`).pluck().get()]),
    );
  } finally {
    db.close();
  }
};

describe('a kill in the middle of an import', () => {
  const dir = useTempDir();

  it('leaves the database whole and as it was', async () => {
    const file = path.join(dir(), 'lobby.sqlite');
    const db = openDatabase(file);
    const s = createServices(db);
    await importRegisters(s, ['site', 'staff', 'tags']);
    db.close();
    const before = snapshot(file);
    const log = path.join(dir(), 'events.csv');
    realisticExport(log, { events: 800_000 });

    const child = spawn(
      process.execPath,
      ['bin/lobby.js', '--db', file, 'building', 'import', log],
      { cwd: projectRoot, stdio: 'ignore' },
    );
    // Wait until it is well into the rows (its transaction spills into the write-ahead log as it
    // goes), then take it down hard.
    const started = Date.now();
    while ((fs.statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0) < 8 << 20) {
      if (Date.now() - started > 30_000 || child.exitCode !== null) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(child.exitCode).toBeNull();
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));

    const reopened = openDatabase(file);
    expect(reopened.pragma('integrity_check', { simple: true })).toBe('ok');
    reopened.close();
    expect(snapshot(file)).toEqual(before);
  });
});

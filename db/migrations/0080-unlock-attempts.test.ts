import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/support/temp';
import { databaseAt, tableNames } from './test-helpers';

describe('migration 0080 unlock attempts', () => {
  const dir = useTempDir();

  it('adds the table of unlock attempts, and keeps what was there', () => {
    const before = databaseAt(dir(), 70);
    expect(tableNames(before)).not.toContain('unlock_attempts');
    before
      .prepare('INSERT INTO settings VALUES (\'staff.pin\', \'{"salt":"s","hash":"h"}\')')
      .run();
    before.close();
    const db = databaseAt(dir(), 80);
    expect(db.prepare('SELECT key FROM settings').pluck().all()).toEqual(['staff.pin']);
    db.prepare(
      "INSERT INTO unlock_attempts (at, succeeded) VALUES ('2026-01-01T00:00:00Z', 0)",
    ).run();
    expect(() =>
      db.prepare("INSERT INTO unlock_attempts (at, succeeded) VALUES ('t', 2)").run(),
    ).toThrow(/CHECK/);
    db.close();
  });
});

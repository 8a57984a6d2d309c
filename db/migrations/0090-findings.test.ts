import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/support/temp';
import { databaseAt, tableNames } from './test-helpers';

describe('migration 0090 findings', () => {
  const dir = useTempDir();

  it('adds runs and findings, and keeps what was there', () => {
    const before = databaseAt(dir(), 80);
    expect(tableNames(before)).not.toContain('findings');
    before.prepare("INSERT INTO unlock_attempts (at, succeeded) VALUES ('t', 1)").run();
    before.close();
    const db = databaseAt(dir(), 90);
    expect(db.prepare('SELECT count(*) FROM unlock_attempts').pluck().get()).toBe(1);
    db.prepare(
      "INSERT INTO reconcile_runs (ran_at, as_of, run_by, counts) VALUES ('t', 't', 'x', '{}')",
    ).run();
    const insert = (status: string, until: string | null) =>
      db
        .prepare(
          `INSERT INTO findings (finding_key, kind, severity, status, status_at, status_by, accepted_until, first_run_id, last_run_id, detail)
           VALUES (?, 'DOOR_FORCED', 'high', ?, 't', 'x', ?, 1, 1, '{}')`,
        )
        .run(`k-${status}-${until}`, status, until);
    insert('open', null);
    expect(() => insert('accepted', null)).toThrow(/CHECK/);
    expect(() => insert('ignored', null)).toThrow(/CHECK/);
    db.close();
  });
});

import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/support/temp';
import { databaseAt } from './test-helpers';

describe('migration 0150 unlock attempts per operator', () => {
  const dir = useTempDir();

  it('keeps the attempts there were as anonymous ones, and names the operator of new ones', () => {
    const before = databaseAt(dir(), 140);
    before
      .prepare("INSERT INTO unlock_attempts (at, succeeded) VALUES ('2026-01-01T00:00:00Z', 0)")
      .run();
    before
      .prepare(
        "INSERT INTO operators (name, role, pin, created_at, created_by) VALUES ('Eva', 'receptionist', '{}', 't', 'cli')",
      )
      .run();
    before.close();
    const db = databaseAt(dir(), 150);
    expect(db.prepare('SELECT operator_id FROM unlock_attempts').pluck().all()).toEqual([null]);
    db.prepare(
      "INSERT INTO unlock_attempts (at, succeeded, operator_id) VALUES ('2026-01-02T00:00:00Z', 0, 1)",
    ).run();
    expect(() =>
      db
        .prepare("INSERT INTO unlock_attempts (at, succeeded, operator_id) VALUES ('t', 0, 99)")
        .run(),
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });
});

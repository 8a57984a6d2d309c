import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/support/temp';
import { databaseAt, tableNames } from './test-helpers';

describe('migration 0120 deletion log', () => {
  const dir = useTempDir();

  it('adds the deletion log, counts only', () => {
    const before = databaseAt(dir(), 110);
    expect(tableNames(before)).not.toContain('deletion_log');
    before.close();
    const db = databaseAt(dir(), 120);
    const add = (count: number) =>
      db
        .prepare(
          "INSERT INTO deletion_log (at, category, count, cutoff, reason) VALUES ('t', 'visitors', ?, 'c', 'retention')",
        )
        .run(count);
    add(3);
    expect(() => add(0)).toThrow(/CHECK/);
    db.close();
  });
});

import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/support/temp';
import { databaseAt } from './test-helpers';

describe('migration 0160 BHV team', () => {
  const dir = useTempDir();

  it('marks nobody of the staff there was, and takes only yes or no', () => {
    const before = databaseAt(dir(), 150);
    before
      .prepare(
        "INSERT INTO people (employee_id, first_name, name_prefix, last_name, created_at, updated_at) VALUES ('E1', 'Sanne', '', 'Bos', 't', 't')",
      )
      .run();
    before.close();
    const db = databaseAt(dir(), 160);
    expect(db.prepare('SELECT bhv FROM people').pluck().all()).toEqual([0]);
    db.prepare('UPDATE people SET bhv = 1').run();
    expect(() => db.prepare('UPDATE people SET bhv = 2').run()).toThrow(/CHECK/);
    db.close();
  });
});

import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/support/temp';
import { databaseAt, tableNames } from './test-helpers';

describe('migration 0040 visits', () => {
  const dir = useTempDir();

  it('adds visits that can point at hosts and badges made earlier', () => {
    const before = databaseAt(dir(), 30);
    expect(tableNames(before)).not.toContain('visits');
    before
      .prepare(
        `INSERT INTO tags (uid, pool, label, status, status_since, enrolled_at)
         VALUES ('041B1251F77A28', 'visitor', 'BEZ-01', 'active', 'x', 'x')`,
      )
      .run();
    before.close();
    const db = databaseAt(dir(), 40);
    db.prepare(
      `INSERT INTO visits (reference, visitor_name, visit_date, checked_in_at, badge_tag_id, source, created_at)
       VALUES ('V0001', 'A. Koster', '2025-10-07', '2025-10-07T08:02:00.000Z', 1, 'import', 'x')`,
    ).run();
    expect(db.prepare('SELECT badge_tag_id FROM visits').get()).toEqual({ badge_tag_id: 1 });
    expect(() =>
      db
        .prepare(
          `INSERT INTO visits (visitor_name, visit_date, checked_out_at, source, created_at)
           VALUES ('X', '2025-10-07', '2025-10-07T10:00:00Z', 'self', 'x')`,
        )
        .run(),
    ).toThrow(/CHECK/);
    db.close();
  });
});

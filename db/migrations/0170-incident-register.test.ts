import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/support/temp';
import { databaseAt } from './test-helpers';

describe('migration 0170 incident register', () => {
  const dir = useTempDir();

  it('carries the lost and unreturned badges over as proposals, and the building’s to-do with them', () => {
    const before = databaseAt(dir(), 160);
    before.exec(`
      INSERT INTO tags (id, uid, pool, status, status_since, enrolled_at)
        VALUES (1, '04A22B1A', 'staff', 'lost', 't', 't'), (2, '90E6D3A0', 'staff', 'not_returned', 't', 't');
      INSERT INTO incidents (kind, tag_id, occurred_at, reported_by, note, building_notified_at, resolved_at)
        VALUES ('tag_lost', 1, '2025-10-15T08:00:00Z', 'Receptie', 'in de trein', NULL, NULL),
               ('tag_not_returned', 2, '2025-09-30T17:00:00Z', 'import', NULL,
                '2025-10-01T09:00:00Z', '2025-10-01T09:00:00Z');
    `);
    before.close();
    const db = databaseAt(dir(), 170);
    expect(
      db
        .prepare(
          `SELECT origin, source, status, what, aware_at AS awareAt, reported_by AS reportedBy,
             building_notified_at AS told, classification FROM incidents ORDER BY id`,
        )
        .all(),
    ).toEqual([
      {
        origin: 'lobby',
        source: 'tag_lost',
        status: 'proposed',
        what: 'in de trein',
        awareAt: '2025-10-15T08:00:00Z',
        reportedBy: 'Receptie',
        told: null,
        classification: null,
      },
      {
        origin: 'lobby',
        source: 'tag_not_returned',
        status: 'closed',
        what: null,
        awareAt: '2025-09-30T17:00:00Z',
        reportedBy: 'import',
        told: '2025-10-01T09:00:00Z',
        classification: null,
      },
    ]);
    // Only a data breach is reportable, and only a reportable one is reported.
    expect(() => db.prepare('UPDATE incidents SET reportable = 1 WHERE id = 1').run()).toThrow(
      /CHECK/,
    );
    expect(() => db.prepare("UPDATE incidents SET reported_at = 't' WHERE id = 1").run()).toThrow(
      /CHECK/,
    );
    db.prepare(
      "UPDATE incidents SET classification = 'data_breach', reportable = 1 WHERE id = 1",
    ).run();
    db.close();
  });
});

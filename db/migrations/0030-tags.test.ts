import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/support/temp';
import { databaseAt, tableNames } from './test-helpers';

const t0 = '2024-05-01T08:00:00.000Z';

describe('migration 0030 tags', () => {
  const dir = useTempDir();

  it('adds the tag register beside existing people', () => {
    const before = databaseAt(dir(), 20);
    before
      .prepare(
        "INSERT INTO people (first_name, last_name, created_at, updated_at) VALUES ('Femke', 'Ommeren', ?, ?)",
      )
      .run(t0, t0);
    expect(tableNames(before)).not.toContain('tags');
    before.close();
    const db = databaseAt(dir(), 30);
    expect(tableNames(db)).toEqual(expect.arrayContaining(['tags', 'tag_custody', 'incidents']));
    expect(db.prepare('SELECT count(*) AS n FROM people').get()).toEqual({ n: 1 });
    db.close();
  });

  it('stores canonical UIDs only and keeps one open custody per tag', () => {
    const db = databaseAt(dir(), 30);
    const tag = db.prepare(
      `INSERT INTO tags (uid, pool, status, status_since, enrolled_at) VALUES (?, 'staff', 'active', '${t0}', '${t0}')`,
    );
    tag.run('04A22B1A');
    tag.run('041D11019BCF42');
    for (const bad of ['04:A2:2B:1A', '04a22b1a', '04A22B', 'ZZA22B1A']) {
      expect(() => tag.run(bad), bad).toThrow(/CHECK/);
    }
    db.prepare(
      "INSERT INTO people (first_name, last_name, created_at, updated_at) VALUES ('A', 'B', ?, ?)",
    ).run(t0, t0);
    const open = db.prepare(
      `INSERT INTO tag_custody (tag_id, holder_kind, person_id, started_at, recorded_by) VALUES (1, 'person', 1, ?, 'test')`,
    );
    open.run(t0);
    expect(() => open.run(t0)).toThrow(/UNIQUE/);
    db.prepare(
      "UPDATE tag_custody SET ended_at = '2025-10-15T08:30:00.000Z', end_reason = 'lost' WHERE id = 1",
    ).run();
    open.run('2025-10-16T08:00:00.000Z');
    expect(() =>
      db
        .prepare(
          `INSERT INTO tag_custody (tag_id, holder_kind, started_at, recorded_by) VALUES (2, 'person', '${t0}', 't')`,
        )
        .run(),
    ).toThrow(/CHECK/);
    db.close();
  });
});

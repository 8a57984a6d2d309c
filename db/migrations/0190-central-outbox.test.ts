import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/support/temp';
import { databaseAt, tableNames } from './test-helpers';

describe('migration 0190 central outbox', () => {
  const dir = useTempDir();

  it('adds the kiosk’s side of the central store beside the data there was', () => {
    const before = databaseAt(dir(), 180);
    expect(tableNames(before)).not.toContain('central_outbox');
    before
      .prepare("INSERT INTO organisations (name, role) VALUES ('Veldkamp & Noorderlicht', 'own')")
      .run();
    before.close();
    const db = databaseAt(dir(), 190);
    expect(tableNames(db)).toEqual(
      expect.arrayContaining([
        'central_conflicts',
        'central_kiosks',
        'central_outbox',
        'central_pending',
        'central_rows',
        'central_state',
      ]),
    );
    expect(db.prepare('SELECT count(*) AS n FROM organisations').get()).toEqual({ n: 1 });
    const join = db.prepare(
      "INSERT INTO central_state (one, kiosk, credentials, joined_at) VALUES (?, 'desk-a', 'x', 't')",
    );
    join.run(1);
    // One kiosk, one state.
    expect(() => join.run(2)).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO central_outbox (tbl, local_id, op, hlc) VALUES ('visits', 1, 'merge', 1)",
        )
        .run(),
    ).toThrow(/CHECK/);
    db.close();
  });
});

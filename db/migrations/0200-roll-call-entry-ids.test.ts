import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/support/temp';
import { databaseAt } from './test-helpers';

describe('migration 0200 roll call entry ids', () => {
  const dir = useTempDir();

  it('keeps every entry and its tick, each with an id, the pair still unique', () => {
    const before = databaseAt(dir(), 190);
    before
      .prepare(
        "INSERT INTO roll_calls (id, started_at, started_by, reason) VALUES (1, 't', 'Karin', 'drill')",
      )
      .run();
    const entry = before.prepare(
      "INSERT INTO roll_call_entries (roll_call_id, entry_key, kind, name, accounted_at) VALUES (1, ?, 'visitor', ?, ?)",
    );
    entry.run('visit-1', 'Eva Mol', '2026-12-02T09:00:00Z');
    entry.run('visit-2', 'Pieter Los', null);
    before.close();
    const db = databaseAt(dir(), 200);
    expect(
      db
        .prepare('SELECT id, entry_key, name, accounted_at FROM roll_call_entries ORDER BY id')
        .all(),
    ).toEqual([
      { id: 1, entry_key: 'visit-1', name: 'Eva Mol', accounted_at: '2026-12-02T09:00:00Z' },
      { id: 2, entry_key: 'visit-2', name: 'Pieter Los', accounted_at: null },
    ]);
    expect(() =>
      db
        .prepare(
          "INSERT INTO roll_call_entries (roll_call_id, entry_key, kind, name) VALUES (1, 'visit-1', 'visitor', 'x')",
        )
        .run(),
    ).toThrow(/UNIQUE/);
    db.prepare('DELETE FROM roll_calls WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) AS n FROM roll_call_entries').get()).toEqual({ n: 0 });
    db.close();
  });
});

import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/support/temp';
import { databaseAt, tableNames } from './test-helpers';

describe('migration 0060 building data', () => {
  const dir = useTempDir();

  it('adds imports, events, cardholders and text rules, deduplicating events by key', () => {
    const before = databaseAt(dir(), 50);
    expect(tableNames(before)).not.toContain('access_events');
    before.prepare("INSERT INTO settings VALUES ('kiosk.defaultLocale', '\"nl\"')").run();
    before.close();
    const db = databaseAt(dir(), 60);
    expect(db.prepare('SELECT value FROM settings').get()).toEqual({ value: '"nl"' });
    db.prepare(
      `INSERT INTO building_imports (file_name, sha256, source, kind, detected, imported_at, imported_by)
       VALUES ('events.csv', ?, 'building', 'events', '{}', 't', 'test')`,
    ).run('a'.repeat(64));
    const event = db.prepare(
      // ON CONFLICT, not OR IGNORE: OR IGNORE would also swallow CHECK failures.
      `INSERT INTO access_events (occurred_at, local_time, outcome, event_text, door_name, import_id, dedup_key)
       VALUES (1759725937000, '2025-10-06 06:45:37', ?, 'Toegang verleend', 'Hoofdingang BG', 1, ?)
       ON CONFLICT (occurred_at, dedup_key) DO NOTHING`,
    );
    expect(event.run('GRANTED', 'k1').changes).toBe(1);
    expect(event.run('GRANTED', 'k1').changes).toBe(0);
    expect(() =>
      db
        .prepare(
          `INSERT INTO building_cardholders (import_id, row_number, status, access_levels, dedup_key)
           VALUES (1, 2, 'maybe', '[]', 'c0')`,
        )
        .run(),
    ).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO building_cardholders (import_id, row_number, status, access_levels, dedup_key)
           VALUES (1, 2, 'active', 'not json', 'c1')`,
        )
        .run(),
    ).toThrow(/CHECK/);
    db.close();
  });
});

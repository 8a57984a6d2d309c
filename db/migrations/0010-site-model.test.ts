import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/support/temp';
import { databaseAt, tableNames } from './test-helpers';

describe('migration 0010 site model', () => {
  const dir = useTempDir();

  it('creates the site model from an empty database', () => {
    const db = databaseAt(dir(), 0);
    expect(tableNames(db)).toEqual([]);
    db.close();
    const after = databaseAt(dir(), 10);
    expect(after.pragma('user_version', { simple: true })).toBe(10);
    expect(tableNames(after)).toEqual(
      expect.arrayContaining(['organisations', 'zones', 'doors', 'door_names', 'schedules']),
    );
    after.close();
  });

  it('keeps schedules honest and doors tied to zones', () => {
    const db = databaseAt(dir(), 10);
    db.prepare(
      "INSERT INTO zones (id, label, own_floor) VALUES ('F4_GEN', 'Floor 4 general', 1)",
    ).run();
    db.prepare("INSERT INTO schedules (id) VALUES ('STD')").run();
    const window = db.prepare(
      "INSERT INTO schedule_windows (schedule_id, days, from_minute, to_minute) VALUES ('STD', ?, ?, ?)",
    );
    window.run(0b11111, 7 * 60, 19 * 60);
    window.run(0b1111111, 0, 1440);
    expect(() => window.run(0b11111, 19 * 60, 7 * 60)).toThrow(/CHECK/);
    expect(() => window.run(0, 60, 120)).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare("INSERT INTO doors (id, zone_id, direction) VALUES ('R99', 'NOWHERE', 'in')")
        .run(),
    ).toThrow(/FOREIGN KEY/);
    expect(() =>
      db.prepare("INSERT INTO zones (id, label, own_floor) VALUES ('X', 'x', 'yes')").run(),
    ).toThrow();
    db.close();
  });
});

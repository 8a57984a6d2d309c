import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/support/temp';
import { databaseAt } from './test-helpers';

describe('migration 0130 operators', () => {
  const dir = useTempDir();

  it('turns the shared PIN into the first privacy officer', () => {
    const before = databaseAt(dir(), 120);
    before
      .prepare("INSERT INTO settings (key, value) VALUES ('staff.pin', ?)")
      .run(JSON.stringify({ salt: 'c2FsdA==', hash: 'aGFzaA==' }));
    before.close();
    const db = databaseAt(dir(), 130);
    expect(db.prepare('SELECT name, role, pin FROM operators').all()).toEqual([
      { name: 'Beheerder', role: 'privacyOfficer', pin: '{"salt":"c2FsdA==","hash":"aGFzaA=="}' },
    ]);
    expect(db.prepare("SELECT count(*) FROM settings WHERE key = 'staff.pin'").pluck().get()).toBe(
      0,
    );
    expect(() =>
      db
        .prepare(
          "INSERT INTO operators (name, role, pin, created_at, created_by) VALUES ('x', 'admin', '{}', 't', 't')",
        )
        .run(),
    ).toThrow(/CHECK/);
    db.close();
  });
});

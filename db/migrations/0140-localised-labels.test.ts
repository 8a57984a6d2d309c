import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/support/temp';
import { databaseAt } from './test-helpers';

describe('migration 0140 localised labels', () => {
  const dir = useTempDir();

  it('gives zones and profiles their names per language, empty for what was there', () => {
    const before = databaseAt(dir(), 130);
    before.prepare("INSERT INTO zones (id, label, own_floor) VALUES ('F4', 'Floor 4', 1)").run();
    before.prepare("INSERT INTO profiles (id, label) VALUES ('STD', 'Standard')").run();
    before.close();
    const db = databaseAt(dir(), 140);
    expect(db.prepare("SELECT labels FROM zones WHERE id = 'F4'").pluck().get()).toBe('{}');
    expect(db.prepare("SELECT labels FROM profiles WHERE id = 'STD'").pluck().get()).toBe('{}');
    db.prepare(`UPDATE zones SET labels = '{"nl":"Verdieping 4"}' WHERE id = 'F4'`).run();
    expect(() => db.prepare("UPDATE zones SET labels = 'nl' WHERE id = 'F4'").run()).toThrow(
      /CHECK/,
    );
    db.close();
  });
});

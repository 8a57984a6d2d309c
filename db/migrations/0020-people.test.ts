import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/support/temp';
import { databaseAt, tableNames } from './test-helpers';

const now = '2025-11-03T06:15:00.000Z';

describe('migration 0020 people', () => {
  const dir = useTempDir();

  it('adds people next to an existing site model without touching it', () => {
    const before = databaseAt(dir(), 10);
    before.prepare("INSERT INTO profiles (id, label) VALUES ('STD', 'Standaard')").run();
    before.prepare("INSERT INTO organisations (name, role) VALUES ('Veldkamp', 'own')").run();
    expect(tableNames(before)).not.toContain('people');
    before.close();

    const db = databaseAt(dir(), 20);
    expect(db.prepare('SELECT id, label FROM profiles').all()).toEqual([
      { id: 'STD', label: 'Standaard' },
    ]);
    db.prepare(
      `INSERT INTO people (employee_id, first_name, name_prefix, last_name, organisation_id,
         start_date, end_date, profile_id, created_at, updated_at)
       VALUES ('E1021', 'Sven', 'van der', 'Linden', 1, '2020-01-06', NULL, 'STD', ?, ?)`,
    ).run(now, now);
    expect(db.prepare('SELECT name_prefix FROM people').get()).toEqual({ name_prefix: 'van der' });
    db.close();
  });

  it('refuses impossible dates, unknown profiles and duplicate employee ids', () => {
    const db = databaseAt(dir(), 20);
    const insert = db.prepare(
      `INSERT INTO people (employee_id, first_name, last_name, start_date, end_date, profile_id,
         created_at, updated_at) VALUES (?, 'A', 'B', ?, ?, ?, '${now}', '${now}')`,
    );
    expect(() => insert.run('E1', '2025-02-30', null, null)).toThrow(/CHECK/);
    expect(() => insert.run('E2', '2025-10-01', '2025-09-30', null)).toThrow(/CHECK/);
    expect(() => insert.run('E3', null, null, 'NOPE')).toThrow(/FOREIGN KEY/);
    insert.run('E4', '2020-01-01', '2025-10-10', null);
    expect(() => insert.run('e4', null, null, null)).toThrow(/UNIQUE/);
    db.close();
  });
});

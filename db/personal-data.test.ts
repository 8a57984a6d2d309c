import { describe, expect, it } from 'vitest';
import { openDatabase } from './open';
import { kindsOf, personalData, withoutPersonalData } from './personal-data';

const db = openDatabase(':memory:');
const tables = db
  .prepare<[], string>(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
  )
  .pluck()
  .all();
const textColumns = (table: string) =>
  db
    .prepare<[], { name: string; type: string }>(
      `SELECT name, type FROM pragma_table_info('${table}')`,
    )
    .all()
    .filter((c) => c.type === 'TEXT' || c.type === 'ANY')
    .map((c) => c.name);

describe('personal data, declared once', () => {
  it('declares every table: with its personal data, or as holding none', () => {
    const declared = [...Object.keys(personalData), ...withoutPersonalData].sort();
    expect(declared).toEqual(tables);
  });

  it.each(Object.entries(personalData))(
    'declares every text column of %s as personal or not, and no column that is not there',
    (table, declaration) => {
      const declaredColumns = [...Object.keys(declaration.personal), ...declaration.other];
      expect(new Set(declaredColumns).size).toBe(declaredColumns.length);
      expect(declaredColumns.sort()).toEqual(textColumns(table).sort());
    },
  );

  it.each(Object.entries(personalData))(
    'links %s to its subject when a column points at a person, an employee or a visit',
    (table, declaration) => {
      // The person's own row is exported whole (subject-data.ts), not found through a link.
      if (table === 'people') return;
      const pointers = db
        .prepare<[], string>(`SELECT name FROM pragma_table_info('${table}')`)
        .pluck()
        .all()
        .filter((c) => /^(person_id|host_person_id|visit_id|employee_id)$/.test(c));
      const link = 'link' in declaration ? Object.values(declaration.link) : [];
      for (const column of pointers) expect(link, column).toContain(column);
    },
  );

  it('gives the record of processing what is kept of visitors, the phone only when asked', () => {
    expect(kindsOf('visitor', { askPhone: false })).toEqual(
      expect.arrayContaining(['name', 'organisation', 'note']),
    );
    expect(kindsOf('visitor', { askPhone: false })).not.toContain('phone');
    expect(kindsOf('visitor', { askPhone: true })).toContain('phone');
    // A host's address on a notice is the host's data, not the visitor's.
    expect(kindsOf('visitor', { askPhone: true })).not.toContain('email');
    expect(kindsOf('staff', { askPhone: false })).toContain('email');
  });
});

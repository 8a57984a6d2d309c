import { describe, expect, it } from 'vitest';
import { openDatabase } from '../open';
import { auditSubjectsRepo } from './audit-subjects';

describe('who an audit entry is about', () => {
  it('names a person, a visitor (empty once erased), an operator and a tag by UID', () => {
    const db = openDatabase(':memory:');
    db.exec(`
      INSERT INTO people (employee_id, first_name, name_prefix, last_name, created_at, updated_at)
        VALUES ('E1', 'Sanne', 'de', 'Groot', 't', 't');
      INSERT INTO visits (visitor_name, visit_date, source, created_at) VALUES ('Eva Mol', '2026-12-01', 'self', 't');
      INSERT INTO visits (visitor_name, visit_date, source, created_at) VALUES ('', '2026-11-01', 'self', 't');
      INSERT INTO operators (name, role, pin, created_at, created_by) VALUES ('Beheerder', 'privacyOfficer', '{}', 't', 'cli');
      INSERT INTO tags (uid, pool, label, status, status_since, enrolled_at) VALUES ('12345678', 'visitor', 'BEZ-01', 'active', 't', 't');
    `);
    const subjects = auditSubjectsRepo(db);
    expect(subjects.nameOf('person', '1')).toBe('Sanne de Groot');
    expect(subjects.nameOf('visit', '1')).toBe('Eva Mol');
    expect(subjects.nameOf('visit', '2')).toBe('');
    expect(subjects.nameOf('operator', '1')).toBe('Beheerder');
    // A UID of digits is a UID, not an id.
    expect(subjects.nameOf('tag', '12345678')).toBe('BEZ-01');
    expect(subjects.nameOf('tag', '1')).toBeNull();
    expect(subjects.nameOf('person', '99')).toBeNull();
    expect(subjects.nameOf('person', 'listPeople')).toBeNull();
  });
});

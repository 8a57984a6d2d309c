import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/support/temp';
import { databaseAt } from './test-helpers';

describe('migration 0180 short-term rights', () => {
  const dir = useTempDir();

  it('adds grants to the operators there were, each ending after it starts', () => {
    const before = databaseAt(dir(), 170);
    before
      .prepare(
        "INSERT INTO operators (name, role, pin, created_at, created_by) VALUES ('Karin', 'officeManager', '{}', 't', 't')",
      )
      .run();
    before.close();
    const db = databaseAt(dir(), 180);
    const grant = db.prepare(
      `INSERT INTO role_grants (operator_id, role, kind, reason, starts_at, until, given_by)
       VALUES (1, 'privacyOfficer', 'breakGlass', ?, ?, ?, 'Karin')`,
    );
    grant.run(
      'Datalek, privacyfunctionaris onbereikbaar',
      '2026-12-02T10:00:00Z',
      '2026-12-02T11:00:00Z',
    );
    expect(() => grant.run('te vroeg', '2026-12-02T10:00:00Z', '2026-12-02T09:00:00Z')).toThrow(
      /CHECK/,
    );
    expect(() =>
      db
        .prepare(
          `INSERT INTO role_grants (operator_id, role, kind, reason, starts_at, until, given_by)
           VALUES (1, 'receptionist', 'grant', 'lager', 'a', 'b', 'x')`,
        )
        .run(),
    ).toThrow(/CHECK/);
    db.close();
  });
});

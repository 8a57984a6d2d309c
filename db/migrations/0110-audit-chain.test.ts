import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/support/temp';
import { auditRepo } from '../repos/audit';
import { databaseAt } from './test-helpers';

describe('migration 0110 audit chain', () => {
  const dir = useTempDir();

  it('chains the entries there were, and from then on refuses changes and deletions', () => {
    const before = databaseAt(dir(), 100);
    const add = before.prepare(
      "INSERT INTO audit_log (at, actor, action) VALUES ('2025-01-01T00:00:00.000Z', 'staff', ?)",
    );
    add.run('person.view');
    add.run('tags.enrol');
    before.close();
    const db = databaseAt(dir(), 110);
    const audit = auditRepo(db);
    expect(audit.verify()).toEqual({ ok: true, entries: 2 });
    audit.record({ actor: 'staff', action: 'visit.signIn', subject: '1' });
    expect(audit.verify()).toEqual({ ok: true, entries: 3 });
    expect(() => db.prepare("UPDATE audit_log SET actor = 'x' WHERE id = 1").run()).toThrow(
      /append-only/,
    );
    expect(() => db.prepare('DELETE FROM audit_log WHERE id = 3').run()).toThrow(/append-only/);
    db.close();
  });
});

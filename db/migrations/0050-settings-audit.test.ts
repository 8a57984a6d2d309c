import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/support/temp';
import { databaseAt, tableNames } from './test-helpers';

describe('migration 0050 settings and audit log', () => {
  const dir = useTempDir();

  it('adds settings and the audit log, accepting JSON only', () => {
    const before = databaseAt(dir(), 40);
    expect(tableNames(before)).not.toContain('settings');
    before.close();
    const db = databaseAt(dir(), 50);
    db.prepare("INSERT INTO settings VALUES ('kiosk.defaultLocale', '\"en\"')").run();
    expect(() => db.prepare("INSERT INTO settings VALUES ('x', 'not json')").run()).toThrow(
      /CHECK/,
    );
    db.prepare(
      "INSERT INTO audit_log (at, actor, action, detail) VALUES ('t', 'kiosk', 'export', '{\"rows\":3}')",
    ).run();
    expect(() =>
      db
        .prepare("INSERT INTO audit_log (at, actor, action, detail) VALUES ('t', 'k', 'a', '{')")
        .run(),
    ).toThrow(/CHECK/);
    db.close();
  });
});

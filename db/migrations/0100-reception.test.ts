import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/support/temp';
import { databaseAt, tableNames } from './test-helpers';

describe('migration 0100 reception', () => {
  const dir = useTempDir();

  it('adds the desk, the outbox, presence and roll calls, and keeps the visits there were', () => {
    const before = databaseAt(dir(), 90);
    expect(tableNames(before)).not.toContain('notifications');
    before
      .prepare(
        "INSERT INTO visits (visitor_name, visit_date, source, created_at) VALUES ('A. Koster', '2025-10-07', 'import', 't')",
      )
      .run();
    before.close();
    const db = databaseAt(dir(), 100);
    expect(db.prepare('SELECT visitor_name, purpose, closed_at FROM visits').get()).toEqual({
      visitor_name: 'A. Koster',
      purpose: null,
      closed_at: null,
    });
    expect(() => db.prepare("UPDATE visits SET purpose = 'party'").run()).toThrow(/CHECK/);
    const notify = (kind: string) =>
      db
        .prepare(
          `INSERT INTO notifications (visit_id, kind, channel, recipient, payload, status, next_attempt_at, created_at)
           VALUES (1, ?, 'email', 'host@example.org', '{}', 'queued', 't', 't')`,
        )
        .run(kind);
    notify('arrival');
    // One arrival notice per visit and channel: a second is refused, not sent twice.
    expect(() => notify('arrival')).toThrow(/UNIQUE/);
    expect(() => notify('birthday')).toThrow(/CHECK/);
    expect(tableNames(db)).toEqual(
      expect.arrayContaining(['presence_taps', 'roll_calls', 'roll_call_entries']),
    );
    db.close();
  });
});

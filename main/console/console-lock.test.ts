import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditRepo } from '../../db/repos/audit';
import { settingsRepo } from '../../db/repos/settings';
import { unlockAttemptsRepo } from '../../db/repos/unlock-attempts';
import { openDatabase, type Db } from '../../db/open';
import { useTempDir } from '../../test/support/temp';
import { backOffMs, consoleLock } from './console-lock';

const clock = { t: Date.parse('2026-11-30T09:00:00Z') };

function lockOn(db: Db) {
  return consoleLock({
    settings: settingsRepo(db),
    attempts: unlockAttemptsRepo(db),
    audit: auditRepo(db),
    now: () => clock.t,
  });
}

function setup() {
  const db = openDatabase(':memory:');
  return { lock: lockOn(db), advance: (ms: number) => (clock.t += ms), db };
}

const auditActions = (db: Db) =>
  db.prepare<[], string>('SELECT action FROM audit_log ORDER BY id').pluck().all();

describe('console lock', () => {
  const dir = useTempDir();

  it('stays locked until a PIN is set and given, and stores no PIN in clear', () => {
    const { lock, db } = setup();
    expect(lock.session()).toMatchObject({ pinSet: false, unlocked: false, blockedMs: 0 });
    expect(() => lock.unlock('123456')).toThrow(/No staff PIN/);
    lock.setPin('482913', 'cli');
    expect(JSON.stringify(db.prepare('SELECT * FROM settings').all())).not.toContain('482913');
    expect(() => lock.require()).toThrow(/locked/);
    expect(() => lock.unlock('000000')).toThrow(/not right/);
    expect(lock.unlock('482913')).toMatchObject({ pinSet: true, unlocked: true });
    expect(() => lock.require()).not.toThrow();
    expect(auditActions(db)).toEqual(['staff.setPin', 'staff.unlockFailed', 'staff.unlock']);
  });

  it('locks itself after two quiet minutes; activity keeps it open', () => {
    const { lock, advance } = setup();
    lock.setPin('482913', 'cli');
    lock.unlock('482913');
    advance(100_000);
    lock.require();
    advance(100_000);
    lock.require();
    advance(120_001);
    expect(() => lock.require()).toThrow(/locked/);
    expect(lock.session().unlocked).toBe(false);
  });

  it('waits longer after each wrong PIN past five, even the right one, and across a restart', () => {
    const file = path.join(dir(), 'lobby.sqlite');
    let db = openDatabase(file);
    let lock = lockOn(db);
    lock.setPin('482913', 'cli');
    for (let i = 0; i < 5; i += 1) expect(() => lock.unlock('111111')).toThrow(/not right/);
    expect(() => lock.unlock('482913')).toThrow(/Too many wrong PINs\. Try again in 60 seconds/);
    expect(lock.session().blockedMs).toBe(60_000);

    // A restart (the power cord) does not clear the count.
    db.close();
    db = openDatabase(file);
    lock = lockOn(db);
    clock.t += 30_000;
    expect(() => lock.unlock('482913')).toThrow(/Try again in 30 seconds/);
    clock.t += 30_001;
    expect(() => lock.unlock('222222')).toThrow(/not right/);
    expect(lock.session().blockedMs).toBe(120_000);
    clock.t += 120_001;
    expect(lock.unlock('482913').unlocked).toBe(true);
    // Once in, the count starts again.
    lock.lock();
    expect(() => lock.unlock('333333')).toThrow(/not right/);
    expect(lock.session().blockedMs).toBe(0);
    expect(auditActions(db).filter((a) => a === 'staff.unlockFailed')).toHaveLength(7);
    db.close();
  });

  it('grows the wait by doubling, up to an hour', () => {
    expect([4, 5, 6, 7, 11, 30].map(backOffMs)).toEqual([
      0, 60_000, 120_000, 240_000, 3_600_000, 3_600_000,
    ]);
  });

  it('refuses a PIN that is not 6 to 12 digits', () => {
    const { lock } = setup();
    for (const pin of ['12a456', '1234', '12345', '1234567890123']) {
      expect(() => lock.setPin(pin, 'cli'), pin).toThrow(/6 to 12 digits/);
    }
  });
});

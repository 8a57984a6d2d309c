import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditRepo } from '../../db/repos/audit';
import { operatorsRepo } from '../../db/repos/operators';
import { settingsRepo } from '../../db/repos/settings';
import { unlockAttemptsRepo } from '../../db/repos/unlock-attempts';
import { openDatabase, type Db } from '../../db/open';
import { useTempDir } from '../../test/support/temp';
import { newClient, withCall } from '../ipc/call-context';
import { anonymousWait, backOffMs, consoleLock } from './console-lock';
import { importRegisters } from '../../test/support/registers';

const clock = { t: Date.parse('2026-11-30T09:00:00Z') };

function lockOn(db: Db) {
  return consoleLock({
    settings: settingsRepo(db),
    operators: operatorsRepo(db),
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
    expect(lock.session()).toMatchObject({ setupNeeded: true, unlocked: false, blockedMs: 0 });
    expect(() => lock.unlock('123456', null)).toThrow(/No operator/);
    lock.setPin('482913', 'cli');
    expect(JSON.stringify(db.prepare('SELECT * FROM operators').all())).not.toContain('482913');
    expect(() => lock.require('receptionist')).toThrow(/locked/);
    expect(() => lock.unlock('000000', null)).toThrow(/not right/);
    expect(lock.unlock('482913', null)).toMatchObject({
      setupNeeded: false,
      unlocked: true,
      operator: { name: 'Beheerder', role: 'privacyOfficer' },
    });
    expect(() => lock.require('privacyOfficer')).not.toThrow();
    expect(auditActions(db)).toEqual(['operator.add', 'staff.unlockFailed', 'staff.unlock']);
  });

  it('locks itself after two quiet minutes; activity keeps it open', () => {
    const { lock, advance } = setup();
    lock.setPin('482913', 'cli');
    lock.unlock('482913', null);
    advance(100_000);
    lock.require('receptionist');
    advance(100_000);
    lock.require('receptionist');
    advance(120_001);
    expect(() => lock.require('receptionist')).toThrow(/locked/);
    expect(lock.session().unlocked).toBe(false);
  });

  it('slows the anonymous PIN pad after five wrong PINs, even the right one, and across a restart', () => {
    const file = path.join(dir(), 'lobby.sqlite');
    let db = openDatabase(file);
    let lock = lockOn(db);
    lock.setPin('482913', 'cli');
    for (let i = 0; i < 5; i += 1) expect(() => lock.unlock('111111', null)).toThrow(/not right/);
    expect(() => lock.unlock('482913', null)).toThrow(
      /Too many wrong PINs\. Try again in 10 seconds/,
    );
    expect(lock.session().blockedMs).toBe(10_000);

    // A restart (the power cord) does not clear the count.
    db.close();
    db = openDatabase(file);
    lock = lockOn(db);
    clock.t += 5_000;
    expect(() => lock.unlock('482913', null)).toThrow(/Try again in 5 seconds/);
    clock.t += 5_001;
    expect(() => lock.unlock('222222', null)).toThrow(/not right/);
    expect(lock.session().blockedMs).toBe(20_000);
    clock.t += 20_001;
    expect(lock.unlock('482913', null).unlocked).toBe(true);
    // Once in, the count starts again.
    lock.lock();
    expect(() => lock.unlock('333333', null)).toThrow(/not right/);
    expect(lock.session().blockedMs).toBe(0);
    expect(auditActions(db).filter((a) => a === 'staff.unlockFailed')).toHaveLength(7);
    db.close();
  });

  it('grows the wait by doubling: a named operator up to an hour, the anonymous pad five minutes', () => {
    expect([4, 5, 6, 7, 11, 30].map((n) => backOffMs(n))).toEqual([
      0, 60_000, 120_000, 240_000, 3_600_000, 3_600_000,
    ]);
    expect([4, 5, 6, 7, 10, 30].map((n) => backOffMs(n, anonymousWait))).toEqual([
      0, 10_000, 20_000, 40_000, 300_000, 300_000,
    ]);
  });

  it('counts wrong PINs per operator where a badge names one: nobody can lock the others out', async () => {
    const db = openDatabase(':memory:');
    const lock = lockOn(db);
    const { createServices } = await import('../app/services');
    const s = createServices(db);
    await importRegisters(s, ['site', 'staff', 'tags']);
    const badgeOf = (employeeId: string) =>
      db
        .prepare<[number], string>(
          'SELECT t.uid FROM tags t JOIN tag_custody c ON c.tag_id = t.id WHERE c.person_id = ? AND c.ended_at IS NULL',
        )
        .pluck()
        .get(s.people.byEmployeeId(employeeId)!.id)!;
    const [sanne, other] = [badgeOf('E1003'), badgeOf('E1001')];
    lock.add(
      {
        name: 'Sanne',
        role: 'receptionist',
        personId: s.people.byEmployeeId('E1003')!.id,
        pin: '700700',
      },
      'cli',
    );
    lock.add(
      {
        name: 'Omar',
        role: 'officeManager',
        personId: s.people.byEmployeeId('E1001')!.id,
        pin: '800800',
      },
      'cli',
    );
    // A passer-by at the public pad: twenty wrong PINs, as fast as the pad lets them.
    for (let i = 0; i < 20; i += 1) {
      clock.t += lock.session().blockedMs + 1;
      expect(() => lock.unlock('123123', null)).toThrow(/not right/);
    }
    expect(lock.session().blockedMs).toBeGreaterThan(0);
    // The operators, named by their badges, are not held up.
    expect(lock.unlock('700700', sanne).operator?.name).toBe('Sanne');
    lock.lock();
    // Someone with Sanne's badge guessing her PIN locks Sanne's badge, and nobody else.
    for (let i = 0; i < 5; i += 1) expect(() => lock.unlock('111111', sanne)).toThrow(/not right/);
    expect(() => lock.unlock('700700', sanne)).toThrow(/Try again in 60 seconds/);
    expect(lock.unlock('800800', other).operator?.name).toBe('Omar');
    db.close();
  });

  it('refuses a PIN that is not 6 to 12 digits', () => {
    const { lock } = setup();
    for (const pin of ['12a456', '1234', '12345', '1234567890123']) {
      expect(() => lock.setPin(pin, 'cli'), pin).toThrow(/6 to 12 digits/);
    }
  });

  it('lets each role do its own part and no more, and names an operator by their badge', async () => {
    const db = openDatabase(':memory:');
    const lock = lockOn(db);
    lock.setUpFirst({ name: 'Privacy', pin: '900100' });
    expect(() => lock.setUpFirst({ name: 'Again', pin: '900200' })).toThrow(/already set up/);
    const { createServices } = await import('../app/services');
    const s = createServices(db);
    await importRegisters(s, ['site', 'staff', 'tags']);
    const sanne = s.people.byEmployeeId('E1003')!.id;
    lock.add({ name: 'Sanne', role: 'receptionist', personId: sanne, pin: '700700' }, 'Privacy');
    expect(() =>
      lock.add({ name: 'Other', role: 'officeManager', personId: null, pin: '700700' }, 'x'),
    ).toThrow(/Another operator has this PIN/);
    // Sanne's own badge names her; her PIN opens the desk, not the office manager's screens.
    const badge = db
      .prepare<[number], string>(
        'SELECT t.uid FROM tags t JOIN tag_custody c ON c.tag_id = t.id WHERE c.person_id = ? AND c.ended_at IS NULL',
      )
      .pluck()
      .get(sanne)!;
    expect(() => lock.unlock('900100', badge)).toThrow(/not right/);
    expect(lock.unlock('700700', badge).operator).toEqual({
      name: 'Sanne',
      role: 'receptionist',
      grant: null,
    });
    expect(() => lock.require('receptionist')).not.toThrow();
    expect(() => lock.require('officeManager')).toThrow(/role may not/);
    expect(lock.operatorName()).toBe('Sanne');
    // Someone else's badge does not open anything.
    expect(() => lock.unlock('700700', 'DEADBEEF')).toThrow(/does not open/);
    db.close();
  });

  it('keeps a session per client, each with its own idle timer', () => {
    const { lock, advance } = setup();
    lock.setPin('482913', 'cli');
    const desk = newClient();
    const other = newClient();
    const as = <T>(client: typeof desk, run: () => T) => withCall('test', client, run);
    as(desk, () => lock.unlock('482913', null));
    expect(desk.consoleToken).toMatch(/^[\w-]{43}$/);
    expect(as(other, () => lock.session().unlocked)).toBe(false);
    expect(() => as(other, () => lock.require('receptionist'))).toThrow(/locked/);
    // The other client's calls do not keep the desk's session awake, nor lock it.
    advance(100_000);
    as(other, () => lock.lock());
    expect(() => as(other, () => lock.require('receptionist'))).toThrow(/locked/);
    expect(as(desk, () => lock.session().unlocked)).toBe(true);
    advance(20_001);
    expect(as(desk, () => lock.session().unlocked)).toBe(false);
    // A token copied from a locked session opens nothing.
    const copied = newClient(desk.consoleToken);
    expect(() => as(copied, () => lock.require('receptionist'))).toThrow(/locked/);
  });
});

import { describe, expect, it } from 'vitest';
import { auditRepo } from '../../db/repos/audit';
import { settingsRepo } from '../../db/repos/settings';
import { openDatabase } from '../../db/open';
import { consoleLock } from './console-lock';

function setup() {
  const db = openDatabase(':memory:');
  let t = 1_000_000;
  const lock = consoleLock({ settings: settingsRepo(db), audit: auditRepo(db), now: () => t });
  return { lock, advance: (ms: number) => (t += ms), db };
}

describe('staff lock', () => {
  it('stays locked until a PIN is set and given, and stores no PIN in clear', () => {
    const { lock, db } = setup();
    expect(lock.session()).toMatchObject({ pinSet: false, unlocked: false });
    expect(() => lock.unlock('1234')).toThrow(/No staff PIN/);
    lock.setPin('482913', 'cli');
    expect(JSON.stringify(db.prepare('SELECT * FROM settings').all())).not.toContain('482913');
    expect(() => lock.require()).toThrow(/locked/);
    expect(() => lock.unlock('000000')).toThrow(/not right/);
    expect(lock.unlock('482913')).toMatchObject({ pinSet: true, unlocked: true });
    expect(() => lock.require()).not.toThrow();
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

  it('blocks guessing for a minute after five wrong PINs', () => {
    const { lock, advance } = setup();
    lock.setPin('482913', 'cli');
    for (let i = 0; i < 5; i += 1) expect(() => lock.unlock('1111')).toThrow(/not right/);
    expect(() => lock.unlock('482913')).toThrow(/Too many/);
    advance(60_001);
    expect(lock.unlock('482913').unlocked).toBe(true);
  });

  it('refuses a PIN that is not 4 to 12 digits', () => {
    const { lock } = setup();
    expect(() => lock.setPin('12a4', 'cli')).toThrow();
    expect(() => lock.setPin('123', 'cli')).toThrow();
  });
});

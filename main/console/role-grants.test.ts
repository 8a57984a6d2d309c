/**
 * Short-term rights through the console's own role check: a grant lifts an operator's role until
 * its end and then ends by itself; break-glass gives an office manager the privacy officer's
 * rights for an hour and tells the officer at once; neither hands rights on.
 */
import { describe, expect, it } from 'vitest';
import { auditRepo } from '../../db/repos/audit';
import { incidentsRepo } from '../../db/repos/incidents';
import { operatorsRepo } from '../../db/repos/operators';
import { roleGrantsRepo } from '../../db/repos/role-grants';
import { settingsRepo } from '../../db/repos/settings';
import { unlockAttemptsRepo } from '../../db/repos/unlock-attempts';
import { openDatabase } from '../../db/open';
import { officerMail } from '../incidents';
import { newClient, withCall } from '../ipc/call-context';
import { notifySettings } from '../notify/notify-settings';
import { consoleLock } from './console-lock';
import { roleGrants } from './role-grants';

const hour = 3_600_000;

function setup() {
  const db = openDatabase(':memory:');
  const clock = { t: Date.parse('2026-12-02T09:00:00Z') };
  const settings = settingsRepo(db);
  const audit = auditRepo(db);
  const rights = roleGrants({
    repo: roleGrantsRepo(db),
    operators: operatorsRepo(db),
    audit,
    mail: officerMail({ repo: incidentsRepo(db), settings, now: () => new Date(clock.t) }),
    siteName: () => 'Verdieping 4',
    now: () => new Date(clock.t),
  });
  const lock = consoleLock({
    settings,
    operators: operatorsRepo(db),
    attempts: unlockAttemptsRepo(db),
    audit,
    rights,
    now: () => clock.t,
  });
  // Sessions stay open through the hour these tests wait (the check at each call is the point).
  settings.set('console.idleSeconds', 3600);
  lock.add({ name: 'Priya', role: 'privacyOfficer', personId: null, pin: '111111' }, 'setup');
  lock.add({ name: 'Karin', role: 'officeManager', personId: null, pin: '222222' }, 'setup');
  lock.add({ name: 'Sanne', role: 'receptionist', personId: null, pin: '333333' }, 'setup');
  const at = (pin: string) => {
    const client = newClient();
    const call = <T>(run: () => T) => withCall('test', client, run);
    call(() => lock.unlock(pin, null));
    return call;
  };
  const id = (name: string) =>
    operatorsRepo(db)
      .active()
      .find((o) => o.name === name)!.id;
  const notices = () =>
    db
      .prepare<[], { kind: string; recipient: string }>(
        'SELECT kind, recipient FROM officer_notices',
      )
      .all();
  return { lock, rights, clock, at, id, settings, notices, db };
}

describe('short-term rights', () => {
  it('lift a role until their end, checked at every call, and then end by themselves', () => {
    const { lock, rights, clock, at, id } = setup();
    const priya = at('111111');
    const sanne = at('333333');
    expect(() => sanne(() => lock.require('officeManager'))).toThrow(/role may not/);
    const until = new Date(clock.t + 0.5 * hour).toISOString();
    priya(() =>
      rights.give(
        { operatorId: id('Sanne'), role: 'officeManager', until, reason: 'Karin is met verlof' },
        lock.operatorAtConsole()!,
      ),
    );
    // Her session open already acts in the new role, and says so.
    sanne(() => lock.require('officeManager'));
    expect(sanne(() => lock.session().operator)).toMatchObject({
      role: 'officeManager',
      grant: { role: 'officeManager', until, kind: 'grant' },
    });
    expect(() => sanne(() => lock.require('privacyOfficer'))).toThrow(/role may not/);
    clock.t += 0.5 * hour;
    sanne(() => lock.require('receptionist'));
    expect(() => sanne(() => lock.require('officeManager'))).toThrow(/role may not/);
    expect(sanne(() => lock.session().operator)).toMatchObject({
      role: 'receptionist',
      grant: null,
    });
  });

  it('last at most a day, only raise a role, and are never handed on', () => {
    const { lock, rights, clock, at, id } = setup();
    const priya = at('111111');
    const give = (name: string, role: 'officeManager' | 'privacyOfficer', hours: number) =>
      priya(() =>
        rights.give(
          {
            operatorId: id(name),
            role,
            until: new Date(clock.t + hours * hour).toISOString(),
            reason: 'vakantie',
          },
          lock.operatorAtConsole()!,
        ),
      );
    expect(() => give('Sanne', 'officeManager', 25)).toThrow(/at most 24 hours/);
    expect(() => give('Karin', 'officeManager', 2)).toThrow(/already has this role/);
    const g = give('Sanne', 'privacyOfficer', 2);
    // Sanne, a privacy officer for two hours, cannot give anyone anything.
    const sanne = at('333333');
    expect(() =>
      sanne(() =>
        rights.give(
          {
            operatorId: id('Karin'),
            role: 'privacyOfficer',
            until: new Date(clock.t + hour).toISOString(),
            reason: 'mag niet',
          },
          lock.operatorAtConsole()!,
        ),
      ),
    ).toThrow(/cannot be handed on/);
    rights.end(g.id, 'Priya');
    expect(() => sanne(() => lock.require('officeManager'))).toThrow(/role may not/);
  });

  it('break the glass for an hour, and tell the privacy officer at once', () => {
    const { lock, rights, clock, at, id, settings, notices } = setup();
    const n = notifySettings(settings);
    n.setPrivacyOfficer('privacy@vn.example');
    n.setEmail({
      host: '127.0.0.1',
      port: 2525,
      security: 'none',
      user: null,
      password: null,
      from: 'Lobby <lobby@vn.example>',
    });
    const karin = at('222222');
    expect(() => karin(() => lock.require('privacyOfficer'))).toThrow(/role may not/);
    const { grant, officerTold } = karin(() =>
      rights.breakGlass(id('Karin'), 'Datalek, Priya onbereikbaar'),
    );
    expect(officerTold).toBe(true);
    expect(notices()).toEqual([{ kind: 'breakGlass', recipient: 'privacy@vn.example' }]);
    expect(grant).toMatchObject({ kind: 'breakGlass', role: 'privacyOfficer' });
    karin(() => lock.require('privacyOfficer'));
    expect(() => rights.breakGlass(id('Sanne'), 'Ik wil ook graag')).toThrow(
      /Only an office manager/,
    );
    clock.t += 0.5 * hour;
    karin(() => lock.require('privacyOfficer'));
    clock.t += 0.5 * hour;
    expect(() => karin(() => lock.require('privacyOfficer'))).toThrow(/role may not/);
  });
});

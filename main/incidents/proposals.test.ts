/**
 * What Lobby proposes to the incident register by itself, each from its own source and linked to
 * its evidence: a badge lost (the fixture's tag register), a high finding of the review, a burst
 * of wrong PINs, an audit trail that no longer checks out, and a backup overdue.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { withBuildingData } from '../../test/support/building-data';
import { importRegisters } from '../../test/support/registers';
import { useTempDir } from '../../test/support/temp';
import { startHousekeeping } from '../app/housekeeping';
import { createServices } from '../app/services';
import { burstFailures } from '../console/console-lock';
import { notifySettings } from '../notify/notify-settings';

const proposals = (s: ReturnType<typeof createServices>) =>
  s.incidents.list('po').filter((i) => i.status === 'proposed');

describe('what Lobby proposes to the incident register', () => {
  const dir = useTempDir();

  it('proposes the tag register’s lost badge once, however often the register is imported', async () => {
    const s = createServices(openDatabase(':memory:'));
    await importRegisters(s, ['site', 'staff', 'tags']);
    await importRegisters(s, ['tags']);
    const lost = proposals(s).filter((i) => i.source === 'tag_lost');
    expect(lost).toHaveLength(1);
    const detail = s.incidents.detail(lost[0]!.id, 'po');
    // Femke van Ommeren's badge (E1005), lost on 15 October: its evidence is the badge and her.
    expect(detail).toMatchObject({
      origin: 'lobby',
      tagUid: expect.any(String),
      personName: 'Femke van Ommeren',
    });
  });

  it('proposes each high finding of a review run, linked to the finding', async () => {
    const { s } = await withBuildingData('nedap_aeos');
    const run = s.findings.run('office manager', { asOf: new Date('2025-11-03T06:15:00Z') });
    const high = s.findings
      .list({ locale: 'en', status: null, severity: 'high', kind: null, subject: null })
      .map((f) => f.id);
    const fromFindings = proposals(s).filter((i) => i.source === 'finding');
    expect(fromFindings.length).toBe(high.length);
    expect(fromFindings.length).toBeGreaterThan(0);
    const linked = fromFindings.map((i) => s.incidents.detail(i.id, 'po').findingId);
    expect(linked.sort()).toEqual([...high].sort());
    // The same findings in the next run are not proposed again.
    s.findings.run('office manager', { asOf: new Date('2025-11-03T06:15:00Z') });
    expect(proposals(s).filter((i) => i.source === 'finding')).toHaveLength(fromFindings.length);
    expect(run.counts.new).toBeGreaterThan(0);
  });

  it('proposes a burst of wrong PINs once a day', () => {
    const clock = { t: Date.parse('2026-12-02T02:00:00Z') };
    const s = createServices(openDatabase(':memory:'), { now: () => new Date(clock.t) });
    s.consoleLock.setPin('482913', 'cli');
    // Someone at the pad at night, waiting out each slow-down: ten wrong PINs in five minutes.
    for (let i = 0; i < burstFailures + 3; i += 1) {
      clock.t += s.consoleLock.session().blockedMs;
      expect(() => s.consoleLock.unlock(`00000${i % 10}`, null)).toThrow(/PIN/);
    }
    const burst = proposals(s).filter((i) => i.source === 'pin_burst');
    expect(burst).toHaveLength(1);
    expect(s.incidents.detail(burst[0]!.id, 'po').evidence).toEqual({ failures: burstFailures });
  });

  it('proposes an audit trail that no longer checks out, and an overdue backup, once each', async () => {
    const file = path.join(dir(), 'lobby.sqlite');
    const clock = { t: Date.parse('2026-12-02T06:00:00Z') };
    const at = () => new Date(clock.t);
    let s = createServices(openDatabase(file), { now: at });
    for (const action of ['person.view', 'visit.signIn', 'visit.close'])
      s.audit.record({ actor: 'staff', action, subject: '7' });
    s.backups.init('correct horse battery staple', 't');
    s.backups.setSchedule({ folder: path.join(dir(), 'backups'), keep: 3, everyHours: 24 }, 't');
    await s.backups.run('t');
    s.db.close();
    // Someone with the file changes an entry behind the triggers' back.
    const raw = new Database(file);
    raw.exec(
      "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'niemand' WHERE id = 2;",
    );
    raw.close();
    s = createServices(openDatabase(file), { now: at });
    // Three days on, the daily backup has been missed; looked at on two days, proposed once.
    clock.t += 3 * 86_400_000;
    for (let day = 0; day < 2; day += 1) {
      startHousekeeping(s, () => {}, at).stop();
      clock.t += 86_400_000;
    }
    const sources = proposals(s)
      .map((i) => i.source)
      .sort();
    expect(sources).toEqual(['audit_chain', 'backup_overdue']);
    s.db.close();
  });

  it('has the kiosk’s own look queue a running clock’s reminders, each once', () => {
    const clock = { t: Date.parse('2026-12-02T06:00:00Z') };
    const at = () => new Date(clock.t);
    const s = createServices(openDatabase(':memory:'), { now: at });
    notifySettings(s.settings).setPrivacyOfficer('privacy@vn.example');
    notifySettings(s.settings).setEmail({
      host: '127.0.0.1',
      port: 2525,
      security: 'none',
      user: null,
      password: null,
      from: 'Lobby <lobby@vn.example>',
    });
    const { id } = s.incidents.report(
      {
        title: 'Laptop weg',
        what: 'Gestolen uit de auto',
        affected: null,
        occurredAt: null,
        awareAt: null,
      },
      'Karin',
    );
    s.incidents.classify(
      { id, classification: 'data_breach', reason: 'namen', reportable: true, breach: null },
      'po',
    );
    clock.t += 49 * 3_600_000;
    for (let look = 0; look < 2; look += 1) startHousekeeping(s, () => {}, at).stop();
    const kinds = s.db
      .prepare<[], string>("SELECT kind FROM officer_notices WHERE about = 'incident' ORDER BY id")
      .pluck()
      .all();
    expect(kinds).toEqual(['reported', 'reminder24', 'reminder48']);
    s.db.close();
  });
});

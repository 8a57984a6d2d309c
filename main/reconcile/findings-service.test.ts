import { describe, expect, it } from 'vitest';
import { auditRepo } from '../../db/repos/audit';
import { buildingRepo } from '../../db/repos/building';
import { findingsRepo } from '../../db/repos/findings';
import { settingsRepo } from '../../db/repos/settings';
import { reconcileRepo } from '../../db/repos/reconcile';
import { openDatabase } from '../../db/open';
import { fixturePath } from '../../test/support/fixtures';
import { createServices } from '../app/services';
import { importBuildingFile } from '../building/building-import';
import { findingsService } from './findings-service';

async function scenario() {
  const db = openDatabase(':memory:');
  const s = createServices(db);
  const actor = 'test';
  for (const [kind, file] of [
    ['site', 'site.json'],
    ['staff', 'staff.csv'],
    ['tags', 'tags.csv'],
    ['visits', 'visits.csv'],
  ] as const)
    await s.imports[kind](fixturePath(file), { actor });
  for (const kind of ['cardholders', 'events']) {
    const file = fixturePath('building', 'nedap_aeos', `${kind}.csv`);
    await importBuildingFile(buildingRepo(db), { file, actor, timezone: 'Europe/Amsterdam' });
  }
  const clock = { now: new Date('2025-11-03T08:00:00Z') };
  const service = findingsService({
    settings: settingsRepo(db),
    findings: findingsRepo(db),
    data: reconcileRepo(db),
    site: s.site.current,
    audit: auditRepo(db),
    now: () => clock.now,
  });
  return { service, clock, db };
}

const all = { locale: 'en' as const, status: null, severity: null, kind: null, subject: null };

describe('working findings off', () => {
  it('keeps findings across runs by kind and subject, reopens what happens again, and counts each run', async () => {
    const { service, db } = await scenario();
    const asOf = new Date('2025-11-03T06:15:00Z');
    const first = service.run('office manager', { asOf });
    expect(first.counts).toMatchObject({ new: first.counts.findings, reopened: 0 });
    const again = service.run('office manager', { asOf });
    expect(again.counts).toMatchObject({ findings: first.counts.findings, new: 0, reopened: 0 });

    const findings = service.list(all);
    const forced = findings.find((f) => f.kind === 'DOOR_FORCED')!;
    const departed = findings.find((f) => f.kind === 'DEPARTED_STILL_ACTIVE')!;
    service.setStatus(
      {
        id: forced.id,
        status: 'resolved',
        note: 'door repaired',
        acceptedUntil: null,
        locale: 'en',
      },
      'om',
    );
    service.setStatus(
      {
        id: departed.id,
        status: 'resolved',
        note: 'asked to revoke',
        acceptedUntil: null,
        locale: 'en',
      },
      'om',
    );
    const acknowledged = findings.find((f) => f.kind === 'UNKNOWN_CARD')!;
    service.setStatus(
      {
        id: acknowledged.id,
        status: 'acknowledged',
        note: 'asked',
        acceptedUntil: null,
        locale: 'en',
      },
      'om',
    );

    // A day later the same export: the forced door has no new events and stays resolved; the
    // building still shows the leaver's card, so that finding opens again.
    const later = service.run('office manager', { asOf: new Date('2025-11-04T06:15:00Z') });
    expect(later.counts.reopened).toBe(1);
    const byId = (id: number) => service.list(all).find((f) => f.id === id)!;
    expect(byId(forced.id)).toMatchObject({ status: 'resolved', statusNote: 'door repaired' });
    expect(byId(departed.id)).toMatchObject({ status: 'open', statusNote: 'happened again' });
    expect(byId(acknowledged.id)).toMatchObject({ status: 'acknowledged', statusBy: 'om' });

    expect(service.list({ ...all, status: 'resolved' }).map((f) => f.id)).toEqual([forced.id]);
    expect(service.list({ ...all, subject: 'E1005' }).map((f) => f.kind)).toEqual([
      'LOST_TAG_USED',
    ]);
    expect(service.runs().map((r) => r.counts.findings)).toHaveLength(3);
    expect(
      db.prepare("SELECT count(*) FROM audit_log WHERE action = 'finding.status'").pluck().get(),
    ).toBe(3);
  });

  it('accepts a risk only with a reason and an end date, and opens it again after that date', async () => {
    const { service } = await scenario();
    const asOf = new Date('2025-11-03T06:15:00Z');
    service.run('om', { asOf });
    const held = service.list({ ...all, kind: 'DOOR_HELD_OPEN' })[0]!;
    expect(() =>
      service.setStatus(
        { id: held.id, status: 'accepted', note: null, acceptedUntil: '2025-11-10', locale: 'en' },
        'om',
      ),
    ).toThrow(/reason and an end date/);
    service.setStatus(
      {
        id: held.id,
        status: 'accepted',
        note: 'closer being replaced',
        acceptedUntil: '2025-11-10',
        locale: 'en',
      },
      'om',
    );
    expect(service.list({ ...all, locale: 'nl', kind: 'DOOR_HELD_OPEN' })[0]?.reason).toMatch(
      /te lang open/,
    );
    service.run('om', { asOf: new Date('2025-11-09T06:15:00Z') });
    expect(service.list({ ...all, kind: 'DOOR_HELD_OPEN' })[0]).toMatchObject({
      status: 'accepted',
    });
    service.run('om', { asOf: new Date('2025-11-11T06:15:00Z') });
    expect(service.list({ ...all, kind: 'DOOR_HELD_OPEN' })[0]).toMatchObject({ status: 'open' });
    expect(() =>
      service.setStatus(
        { id: 9999, status: 'resolved', note: null, acceptedUntil: null, locale: 'en' },
        'om',
      ),
    ).toThrow(expect.objectContaining({ code: 'not_found' }));
  });

  it('says when the periodic review is due: never run, or longer ago than the period', async () => {
    const { service, clock } = await scenario();
    expect(service.reminder()).toEqual({ periodDays: 30, lastRunAt: null, due: true });
    service.run('om', { asOf: new Date('2025-11-03T06:15:00Z') });
    expect(service.reminder()).toMatchObject({ due: false, lastRunAt: '2025-11-03T08:00:00.000Z' });
    clock.now = new Date('2025-11-20T08:00:00Z');
    expect(service.reminder().due).toBe(false);
    expect(service.setPeriod(14, 'om')).toMatchObject({ periodDays: 14, due: true });
    expect(() => service.setPeriod(0, 'om')).toThrow();
  });
});

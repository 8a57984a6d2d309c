/**
 * The retention schedule with the clock moved past each period: the personal data is gone from
 * the whole database file (searched byte by byte, write-ahead log included), and the deletion
 * log holds categories and counts only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { buildingRepo } from '../../db/repos/building';
import { retentionRepo } from '../../db/repos/retention';
import { fixturePath } from '../../test/support/fixtures';
import { useTempDir } from '../../test/support/temp';
import { createServices } from '../app/services';
import { importBuildingFile } from '../building/building-import';
import { createReception } from '../reception';
import { receptionSettings } from '../reception/reception-settings';
import { retention } from './retention';
import { importRegisters } from '../../test/support/registers';

describe('retention', () => {
  const dir = useTempDir();

  it('removes visitors, door events and leavers once their time is up, and logs counts only', async () => {
    const file = path.join(dir(), 'lobby.sqlite');
    const db = openDatabase(file);
    const s = createServices(db);
    await importRegisters(s, ['site', 'staff', 'tags', 'visits']);
    for (const kind of ['cardholders', 'events'])
      await importBuildingFile(buildingRepo(db), {
        file: fixturePath('building', 'nedap_aeos', `${kind}.csv`),
        actor: 't',
        timezone: 'Europe/Amsterdam',
        source: 'nedap_aeos',
      });
    s.findings.run('t', { asOf: new Date('2025-11-03T06:15:00Z') });
    let now = new Date('2026-11-30T10:00:00Z');
    const reception = createReception({ db, now: () => now, locale: () => 'nl', autoSend: false });
    reception.desk.signIn({
      expectedVisitId: null,
      visitorName: 'Zygmunt Xylofoonspeler',
      visitorCompany: 'Xylofoon B.V.',
      visitorPhone: '',
      hostId: s.people.byEmployeeId('E1002')!.id,
      purpose: 'meeting',
      locale: 'nl',
    });
    const purge = retention({
      db,
      repo: retentionRepo(db),
      settings: s.settings,
      audit: s.audit,
      visitorDays: () => receptionSettings(s.settings).get().visitorRetentionDays,
      timezone: () => 'Europe/Amsterdam',
      now: () => now,
    });
    const inFile = (text: string) =>
      [file, `${file}-wal`].some(
        (f) => fs.existsSync(f) && fs.readFileSync(f).includes(Buffer.from(text)),
      );
    // Before: the fixture visitor (October 2025), the leaver and today's visitor are all there.
    expect(inFile('Koster')).toBe(true);
    expect(inFile('Hoekstra')).toBe(true);

    const stored = db.prepare('SELECT count(*) FROM building_events').pluck().get();
    const first = purge.run('t');
    expect(first).toMatchObject({ leavers: expect.any(Number), visitors: expect.any(Number) });
    expect(first.visitors).toBeGreaterThan(0);
    expect(first.doorEvents).toBe(stored);
    expect(inFile('Koster')).toBe(false); // a visitor of October 2025
    expect(inFile('Hoekstra')).toBe(false); // left 2025-10-10, more than six months ago
    expect(inFile('Zygmunt')).toBe(true); // visited today: kept
    expect(db.prepare('SELECT count(*) FROM visits').pluck().get()).toBeGreaterThan(10);

    // Past the 28 days: today's visitor goes too, and the visit stays as a count.
    now = new Date('2027-01-05T10:00:00Z');
    const second = purge.run('t');
    expect(second.visitors).toBe(1);
    expect(inFile('Zygmunt')).toBe(false);
    expect(inFile('Xylofoon')).toBe(false);
    // Nobody whose details are gone is left "in the building" on the evacuation list.
    const openOld = db
      .prepare(
        `SELECT count(*) FROM visits WHERE checked_in_at IS NOT NULL AND checked_out_at IS NULL
           AND closed_at IS NULL AND visitor_name = ''`,
      )
      .pluck()
      .get();
    expect(openOld).toBe(0);
    expect(purge.run('t')).toMatchObject({ visitors: 0, doorEvents: 0, leavers: 0 });

    const log = purge.deletions();
    expect(log.map((l) => l.category)).toEqual(
      expect.arrayContaining(['visitors', 'doorEvents', 'leavers']),
    );
    for (const entry of log)
      expect(Object.keys(entry).sort()).toEqual(['at', 'category', 'count', 'cutoff', 'reason']);
    expect(JSON.stringify(log)).not.toMatch(/Koster|Hoekstra|Zygmunt/);
    db.close();
  });
});

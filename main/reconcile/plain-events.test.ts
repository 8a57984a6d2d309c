import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db/open';
import { buildingRepo } from '../../db/repos/building';
import { reconcileRepo, type ReconcileRepo } from '../../db/repos/reconcile';
import { fixturePath } from '../../test/support/fixtures';
import {
  ownCompany,
  realisticCardholders,
  realisticExport,
} from '../../test/support/realistic-export';
import { createServices } from '../app/services';
import { importBuildingFile } from '../building/building-import';
import { plainEvents } from './plain-events';
import { ourSide, reconcile } from './reconcile';
import { importRegisters } from '../../test/support/registers';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lobby-plain-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The same repo, reading every event: what the rules alone decide. */
const unfiltered = (repo: ReconcileRepo): ReconcileRepo => ({
  ...repo,
  events: (until) => repo.events(until),
});

async function importAll(db: Db, files: string[], source: string) {
  for (const file of files) {
    await importBuildingFile(buildingRepo(db), {
      file,
      actor: 'test',
      timezone: 'Europe/Amsterdam',
      source,
    });
  }
}

/**
 * A month of a building's events with everything that turns a plain entry into a finding: a
 * leaver mid-month, a tag lost mid-month, a tag handed back and given to someone else, a person
 * who started mid-month, a night worker's schedule, another profile, a visitor-pool badge.
 */
async function eventfulMonth(): Promise<Db> {
  const log = path.join(dir, 'events.csv');
  const cardholderFile = path.join(dir, 'cardholders.csv');
  const known = realisticExport(log, { events: 40_000, known: 120, unknown: 10 });
  realisticCardholders(cardholderFile, known);
  const db = openDatabase(':memory:');
  await createServices(db).imports.site(fixturePath('site.json'), { actor: 'test' });
  // Every event stored, other tenants' too: what the filter must skip, not the import.
  db.prepare("INSERT INTO settings (key, value) VALUES ('building.minimise', 'false')").run();
  const staff = known.filter((c) => c.company === ownCompany);
  const t = '2025-01-01T00:00:00.000Z';
  const profiles = ['STD', 'IT', 'CLEAN', 'DIR', 'HR'];
  db.transaction(() => {
    staff.forEach((c, i) => {
      const end = i === 0 ? '2025-10-15' : null;
      const start = i === 1 ? '2025-10-20' : '2024-01-01';
      const { id: personId } = db
        .prepare(
          `INSERT INTO people (employee_id, first_name, last_name, organisation_id, start_date, end_date, profile_id, created_at, updated_at)
           VALUES (?, 'Test', ?, 1, ?, ?, ?, ?, ?) RETURNING id`,
        )
        .get(c.employeeId, c.name, start, end, profiles[i % profiles.length], t, t) as {
        id: number;
      };
      const pool = i === 3 ? 'visitor' : 'staff';
      const { id: tagId } = db
        .prepare(
          "INSERT INTO tags (uid, pool, status, status_since, enrolled_at) VALUES (?, ?, 'active', ?, ?) RETURNING id",
        )
        .get(c.uid, pool, t, t) as { id: number };
      // One tag handed back on the 10th and given to a colleague; one lost on the 12th.
      const custodyEnd = i === 2 ? '2025-10-10T09:00:00.000Z' : null;
      db.prepare(
        "INSERT INTO tag_custody (tag_id, holder_kind, person_id, started_at, ended_at, end_reason, recorded_by) VALUES (?, 'person', ?, ?, ?, ?, 'test')",
      ).run(tagId, personId, t, custodyEnd, custodyEnd && 'reassigned');
      if (i === 2) {
        db.prepare(
          "INSERT INTO tag_custody (tag_id, holder_kind, person_id, started_at, recorded_by) VALUES (?, 'person', 1, ?, 'test')",
        ).run(tagId, custodyEnd);
      }
      if (i === 4) {
        db.prepare(
          `INSERT INTO incidents (origin, source, status, tag_id, person_id, occurred_at, aware_at, reported_by, created_at)
           VALUES ('lobby', 'tag_lost', 'proposed', ?, ?, '2025-10-12T10:00:00.000Z', '2025-10-12T10:00:00.000Z', 'test', 't')`,
        ).run(tagId, personId);
      }
    });
  })();
  await importAll(db, [cardholderFile, log], 'bench');
  return db;
}

describe('the event filter', () => {
  it.each(['nedap_aeos', 'paxton_net2'])(
    'changes nothing in the findings of the %s fixture',
    async (vendor) => {
      const db = openDatabase(':memory:');
      const s = createServices(db);
      await importRegisters(s, ['site', 'staff', 'tags', 'visits']);
      await importAll(
        db,
        ['cardholders', 'events'].map((k) => fixturePath('building', vendor, `${k}.csv`)),
        vendor,
      );
      const repo = reconcileRepo(db);
      const asOf = new Date('2025-11-03T06:15:00Z');
      const site = s.site.current();
      expect(reconcile(repo, site, { asOf })).toEqual(reconcile(unfiltered(repo), site, { asOf }));
    },
  );

  it('changes nothing in a busy month full of exceptions, and skips most events', async () => {
    const db = await eventfulMonth();
    const repo = reconcileRepo(db);
    const site = createServices(db).site.current();
    const asOf = new Date('2025-11-03T06:15:00Z');
    const filtered = reconcile(repo, site, { asOf });
    expect(filtered).toEqual(reconcile(unfiltered(repo), site, { asOf }));
    const kinds = new Set(filtered.findings.map((f) => f.kind));
    for (const kind of [
      'DEPARTED_TAG_USED',
      'LOST_TAG_USED',
      'VISITOR_BADGE_USED_OUTSIDE_VISIT',
      'UNKNOWN_CARD',
      'OUT_OF_PROFILE_GRANTED',
      'AFTER_HOURS_OUTSIDE_PROFILE',
    ]) {
      expect(kinds, kind).toContain(kind);
    }
    // The filter is worth having: most of the month never leaves SQLite.
    const all = repo.events(asOf.getTime()).length;
    const read = repo.events(asOf.getTime(), plainEvents(ourSide(repo, site))).length;
    expect(all).toBe(40_000);
    expect(read).toBeLessThan(all / 3);
  });
});

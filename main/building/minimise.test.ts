import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { buildingRepo } from '../../db/repos/building';
import { fixturePath } from '../../test/support/fixtures';
import {
  ownCompany,
  realisticCardholders,
  realisticExport,
} from '../../test/support/realistic-export';
import { useTempDir } from '../../test/support/temp';
import { createServices } from '../app/services';
import { importBuildingFile } from './building-import';

describe('minimisation at the door', () => {
  const dir = useTempDir();

  it("counts other tenants' events at the shared doors and keeps what the review needs", async () => {
    const file = path.join(dir(), 'lobby.sqlite');
    const db = openDatabase(file);
    await createServices(db).imports.site(fixturePath('site.json'), { actor: 't' });
    const log = path.join(dir(), 'events.csv');
    const holders = path.join(dir(), 'cardholders.csv');
    const people = realisticExport(log, { events: 20_000, known: 120, unknown: 10 });
    realisticCardholders(holders, people);
    const run = (f: string) =>
      importBuildingFile(buildingRepo(db), {
        file: f,
        actor: 't',
        timezone: 'Europe/Amsterdam',
        source: 'aeos',
      });
    await run(holders);
    const summary = await run(log);
    expect(summary.minimised).toBeGreaterThan(5_000);
    expect(summary.imported + summary.minimised!).toBe(20_000);
    const kept = (sql: string) => db.prepare(sql).pluck().get() as number;
    // Nothing of another company's known card off our floor is left (unknown cards stay)…
    expect(
      kept(`SELECT count(*) FROM access_events e
            WHERE e.card_number IN (SELECT card_number FROM building_cardholders WHERE company <> '${ownCompany}')
              AND e.door_id IN (SELECT d.id FROM doors d JOIN zones z ON z.id = d.zone_id WHERE z.own_floor = 0)`),
    ).toBe(0);
    expect(
      kept(`SELECT count(*) FROM access_events WHERE card_number IS NOT NULL
            AND card_number NOT IN (SELECT card_number FROM building_cardholders)`),
    ).toBeGreaterThan(500);
    // …while our own people, our floor and the cards nobody knows are all there.
    expect(
      kept(`SELECT count(*) FROM access_events WHERE company = '${ownCompany}'`),
    ).toBeGreaterThan(1000);
    expect(kept("SELECT count(*) FROM access_events WHERE door_name LIKE '4.0%'")).toBeGreaterThan(
      1000,
    );
    // Other tenants' people are not kept as event holders (their names stay only in the
    // building's own cardholder list, which the review compares with).
    const other = people.find(
      (p) => p.company !== ownCompany && p.company !== 'Brugwerk Consultancy B.V.',
    )!;
    expect(
      db
        .prepare('SELECT count(*) FROM building_holders WHERE employee_id = ?')
        .pluck()
        .get(other.employeeId),
    ).toBe(0);
    db.close();
  });
});

/**
 * An export older than the retention period (#20): the import says so, the preview first, and
 * can leave those events out, instead of storing them for the next purge to delete.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { buildingRepo } from '../../db/repos/building';
import { projectRoot } from '../../test/e2e/harness';
import { fixturePath } from '../../test/support/fixtures';
import { useTempDir } from '../../test/support/temp';
import { createServices } from '../app/services';
import { importBuildingFile } from '../building/building-import';

const run = promisify(execFile);

describe('importing door events past the retention period', () => {
  const dir = useTempDir();

  /** Ten events eight months ago and five last week, in the site's local time. */
  function log(): string {
    const zone = 'Europe/Amsterdam';
    const line = (t: DateTime, i: number) =>
      `${t.toFormat('dd-MM-yyyy')};${t.toFormat('HH:mm:ss')};Toegang verleend;Liftlobby 4e verdieping;L4-01 lezer;In;04${String(39067140 + i)}`;
    const old = DateTime.now().setZone(zone).minus({ months: 8 }).set({ hour: 9 });
    const recent = DateTime.now().setZone(zone).minus({ days: 7 }).set({ hour: 9 });
    const rows = [
      ...Array.from({ length: 10 }, (_, i) => line(old.plus({ minutes: i }), i)),
      ...Array.from({ length: 5 }, (_, i) => line(recent.plus({ minutes: i }), i)),
    ];
    const file = path.join(dir(), 'events.csv');
    fs.writeFileSync(
      file,
      ['Datum;Tijd;Gebeurtenis;Toegangspunt;Lezer;Richting;Kaartnummer', ...rows].join('\r\n'),
    );
    return file;
  }

  async function kiosk(name: string) {
    const db = path.join(dir(), `${name}.sqlite`);
    const lobby = (...args: string[]) =>
      run(process.execPath, ['bin/lobby.js', '--db', db, ...args], { cwd: projectRoot });
    await lobby('site', 'import', fixturePath('site.json'));
    return { db, lobby };
  }

  it('counts them in the preview, says so at the import, and leaves them out when asked', async () => {
    const file = log();
    const first = await kiosk('keep');
    const handle = openDatabase(first.db);
    const preview = await importBuildingFile(buildingRepo(handle), {
      file,
      actor: 't',
      timezone: 'Europe/Amsterdam',
      inspectOnly: true,
      eventsKeptFrom: createServices(handle).retention.eventsKeptFrom(),
    });
    handle.close();
    expect(preview.pastRetention).toBe(10);

    const kept = await first.lobby('building', 'import', file);
    expect(JSON.parse(kept.stdout)).toMatchObject({ imported: 15, pastRetention: 10 });
    expect(kept.stderr).toMatch(/10 events are older than the retention period/);

    const second = await kiosk('skip');
    const skipped = await second.lobby('building', 'import', file, '--skip-expired');
    expect(JSON.parse(skipped.stdout)).toMatchObject({
      rows: 15,
      imported: 5,
      pastRetention: 10,
      skippedExpired: true,
    });
    expect(skipped.stderr).toBe('');
  });
});

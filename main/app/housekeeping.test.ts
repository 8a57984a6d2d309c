import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { useTempDir } from '../../test/support/temp';
import { startHousekeeping } from './housekeeping';
import { createServices } from './services';
import { importRegisters } from '../../test/support/registers';

describe("the kiosk's housekeeping", () => {
  const dir = useTempDir();

  it('purges at start and daily, and takes a scheduled backup when the last one is a period old', async () => {
    const db = openDatabase(path.join(dir(), 'lobby.sqlite'));
    const s = createServices(db);
    await importRegisters(s, ['site', 'staff', 'tags', 'visits']);
    const folder = path.join(dir(), 'backups');
    s.backups.init('correct horse battery staple', 't');
    s.backups.setSchedule({ folder, keep: 5, everyHours: 24 }, 't');
    let now = new Date();
    const errors: unknown[] = [];
    const backups = async (n: number, tries = 200) => {
      for (let i = 0; i < tries && fs.readdirSync(folder).length < n; i += 1)
        await new Promise((resolve) => setTimeout(resolve, 25));
      return fs.readdirSync(folder).filter((f) => f.endsWith('.lbk')).length;
    };
    const house = startHousekeeping(
      s,
      (err) => errors.push(err),
      () => now,
    );
    try {
      // At start: October 2025's visitors are past 28 days, and the first backup is due.
      expect(s.retention.deletions().map((d) => d.category)).toContain('visitors');
      expect(await backups(1)).toBe(1);
      const purges = () =>
        db.prepare("SELECT count(*) FROM audit_log WHERE action = 'privacy.purge'").pluck().get();
      expect(purges()).toBe(1);

      // An hour later: nothing to do.
      now = new Date(now.getTime() + 3_600_000);
      house.look();
      expect(await backups(2, 20)).toBe(1);
      expect(purges()).toBe(1);

      // A day later: the daily purge and the next backup.
      now = new Date(now.getTime() + 24 * 3_600_000);
      house.look();
      expect(await backups(2)).toBe(2);
      expect(purges()).toBe(2);
      expect(errors).toEqual([]);
    } finally {
      house.stop();
      await new Promise((resolve) => setTimeout(resolve, 50));
      db.close();
    }
  });
});

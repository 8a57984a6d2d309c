import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { realisticExport } from '../../test/support/realistic-export';
import { useTempDir } from '../../test/support/temp';
import { createServices } from '../app/services';
import type { ImportFinished } from '../building/calls';
import { importJobs } from '../building/import-jobs';
import { EventHub } from '../ipc/events';
import { DamagedBackup, WrongPassphrase } from './backup-crypto';
import { restoreBackup } from './restore';
import { importRegisters } from '../../test/support/registers';

const passphrase = 'correct horse battery staple';

/** Every row of the tables that hold personal data, as one comparable value. */
const contents = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return ['people', 'tags', 'tag_custody', 'visits', 'audit_log', 'settings'].map((t) =>
      db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all(),
    );
  } finally {
    db.close();
  }
};

describe('encrypted backups', () => {
  const dir = useTempDir();

  async function kiosk() {
    const dbFile = path.join(dir(), 'lobby.sqlite');
    const db = openDatabase(dbFile);
    const s = createServices(db);
    await importRegisters(s, ['site', 'staff', 'tags', 'visits']);
    s.backups.init(passphrase, 'privacy officer');
    return { dbFile, db, s, folder: path.join(dir(), 'backups') };
  }

  it('restores identical data, and keeps only the newest versions', async () => {
    const { dbFile, db, s, folder } = await kiosk();
    const before = contents(dbFile);
    const made = await s.backups.run('t', { folder, keep: 2 });
    expect(made.number).toBe(1);
    expect(fs.statSync(made.file).mode & 0o777).toBe(0o600);
    db.close();
    // The file holds no readable personal data.
    const bytes = fs.readFileSync(made.file);
    expect(bytes.includes(Buffer.from('Veldkamp'))).toBe(false);
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);

    const target = path.join(dir(), 'restored', 'lobby.sqlite');
    expect(await restoreBackup(made.file, passphrase, target)).toMatchObject({ number: 1 });
    expect(contents(target)).toEqual(before);

    const again = openDatabase(dbFile);
    const s2 = createServices(again);
    for (let i = 0; i < 3; i += 1) await s2.backups.run('t', { folder, keep: 2 });
    again.close();
    expect(
      fs
        .readdirSync(folder)
        .sort()
        .map((n) => n.slice(0, 19)),
    ).toEqual(['lobby-backup-000003', 'lobby-backup-000004']);
  });

  it('refuses a wrong passphrase and a flipped byte, and leaves the target as it was', async () => {
    const { db, s, folder } = await kiosk();
    const { file } = await s.backups.run('t', { folder, keep: 5 });
    db.close();
    const target = path.join(dir(), 'target.sqlite');
    fs.writeFileSync(target, 'the old database');
    await expect(restoreBackup(file, 'not the passphrase', target)).rejects.toThrow(
      WrongPassphrase,
    );
    const bytes = fs.readFileSync(file);
    for (const at of [40, Math.floor(bytes.length / 2), bytes.length - 3]) {
      const flipped = Buffer.from(bytes);
      flipped[at] = flipped[at]! ^ 0x01;
      const damaged = path.join(dir(), `damaged-${at}.lbk`);
      fs.writeFileSync(damaged, flipped);
      await expect(restoreBackup(damaged, passphrase, target), `byte ${at}`).rejects.toThrow(
        DamagedBackup,
      );
    }
    expect(fs.readFileSync(target, 'utf8')).toBe('the old database');
  });

  it('takes a consistent backup while a large import is running', async () => {
    const { dbFile, db, s, folder } = await kiosk();
    const log = path.join(dir(), 'events.csv');
    realisticExport(log, { events: 120_000 });
    const events = new EventHub();
    const finished = new Promise<ImportFinished>((resolve) =>
      events.subscribe((event, payload) => {
        if (event === 'importFinished') resolve(payload as ImportFinished);
      }),
    );
    const jobs = importJobs({ dbFile, events });
    jobs.start({ file: log, actor: 't', timezone: 'Europe/Amsterdam' }, () => {});
    const made = await s.backups.run('t', { folder, keep: 5 });
    expect((await finished).outcome).toBe('done');
    await jobs.close();
    db.close();
    const target = path.join(dir(), 'during.sqlite');
    await restoreBackup(made.file, passphrase, target);
    const restored = new Database(target, { readonly: true });
    expect(restored.pragma('integrity_check', { simple: true })).toBe('ok');
    // The import is one transaction: the snapshot has all of it or none of it.
    expect([0, 120_000]).toContain(
      restored.prepare('SELECT count(*) FROM building_events').pluck().get(),
    );
    restored.close();
  });

  it('refuses to restore under a kiosk that has the database open', async () => {
    const { dbFile, db, s, folder } = await kiosk();
    const { file } = await s.backups.run('t', { folder, keep: 5 });
    db.prepare('BEGIN IMMEDIATE').run();
    await expect(restoreBackup(file, passphrase, dbFile)).rejects.toThrow(/in use/);
    db.prepare('ROLLBACK').run();
    db.close();
  });

  it('says a backup is overdue when it has not run for one and a half periods', async () => {
    const { db, s, folder } = await kiosk();
    let now = new Date('2026-11-30T02:00:00Z');
    const { backupService } = await import('./backup-service');
    const backups = backupService({ db, settings: s.settings, audit: s.audit, now: () => now });
    expect(backups.status()).toMatchObject({ keysSet: true, schedule: null, overdue: false });
    backups.setSchedule({ folder, keep: 3, everyHours: 24 }, 't');
    expect(backups.status()).toMatchObject({ lastAt: null, overdue: true });
    await backups.run('schedule');
    expect(backups.status().overdue).toBe(false);
    now = new Date('2026-12-01T13:59:00Z');
    expect(backups.status().overdue).toBe(false);
    now = new Date('2026-12-01T14:01:00Z');
    expect(backups.status().overdue).toBe(true);
    db.close();
  });
});

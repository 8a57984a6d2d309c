/**
 * What an attacker with one genuine backup, or a running kiosk, could do to a restore (#20):
 * tried the way it was found.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { startHost, projectRoot } from '../../test/e2e/harness';
import { importRegisters } from '../../test/support/registers';
import { useTempDir } from '../../test/support/temp';
import { createServices } from '../app/services';
import { ForgedBackup, sealFor } from './backup-crypto';
import { headerBytes, readBackup, signedPart, writeBackup } from './backup-file';
import { restoreBackup } from './restore';

const passphrase = 'correct horse battery staple';
const run = promisify(execFile);

describe('a restore an attacker tries', () => {
  const dir = useTempDir();

  async function kiosk() {
    const dbFile = path.join(dir(), 'lobby.sqlite');
    const db = openDatabase(dbFile);
    const s = createServices(db);
    await importRegisters(s, ['site', 'staff']);
    s.backups.init(passphrase, 'privacy officer');
    const made = await s.backups.run('t', { folder: path.join(dir(), 'backups'), keep: 5 });
    db.close();
    return { dbFile, backup: made.file };
  }

  /** The attacker's own database, with a privacy officer of their own, sealed for the key in a genuine backup. */
  function forge(genuine: string, dbFile: string, signed: boolean): string {
    const attackerDb = path.join(dir(), 'attacker.sqlite');
    fs.copyFileSync(dbFile, attackerDb);
    const db = new Database(attackerDb);
    db.prepare(
      `INSERT INTO operators (name, role, pin, created_at, created_by)
       VALUES ('Mallory', 'privacyOfficer', '{}', '2026-01-01', 'mallory')`,
    ).run();
    db.close();
    const { header } = readBackup(fs.readFileSync(genuine));
    const sealed = sealFor(header.recipient, fs.readFileSync(attackerDb), (ephemeral, iv) =>
      headerBytes({ ...header, format: signed ? 2 : 1, ephemeral, iv }),
    );
    const part = signedPart(sealed.header, sealed.sealed);
    const attackerKey = generateKeyPairSync('ed25519').privateKey;
    const forged = path.join(dir(), `forged-${signed}.lbk`);
    fs.writeFileSync(forged, signed ? writeBackup(part, sign(null, part, attackerKey)) : part);
    return forged;
  }

  it('refuses a database of the attacker’s own, sealed to the public key of a genuine backup', async () => {
    const { dbFile, backup } = await kiosk();
    const target = path.join(dir(), 'target.sqlite');
    fs.writeFileSync(target, 'the old database');
    for (const signed of [true, false]) {
      await expect(
        restoreBackup(forge(backup, dbFile, signed), passphrase, target),
      ).rejects.toThrow(ForgedBackup);
    }
    expect(fs.readFileSync(target, 'utf8')).toBe('the old database');
    // The genuine one still restores.
    const fresh = path.join(dir(), 'fresh.sqlite');
    await expect(restoreBackup(backup, passphrase, fresh)).resolves.toMatchObject({ number: 1 });
  });

  it('says when the backup is older than the database it replaces', async () => {
    const { dbFile, backup } = await kiosk();
    const db = openDatabase(dbFile);
    createServices(db).audit.record({ actor: 't', action: 'kiosk.settings', detail: {} });
    db.close();
    expect(await restoreBackup(backup, passphrase, dbFile)).toMatchObject({
      olderThanReplaced: true,
    });
  });

  it('refuses to restore while `lobby serve` runs on the database, and leaves nothing behind', async () => {
    const { dbFile, backup } = await kiosk();
    const host = await startHost(dbFile, ['--no-pcsc']);
    try {
      const restore = run(process.execPath, ['bin/lobby.js', '--db', dbFile, 'restore', backup], {
        cwd: projectRoot,
        env: { ...process.env, LOBBY_BACKUP_PASSPHRASE: passphrase },
      });
      await expect(restore).rejects.toMatchObject({
        code: 4,
        stderr: expect.stringMatching(/in use by a running kiosk/),
      });
      expect(fs.readdirSync(dir()).filter((f) => f.includes('restoring'))).toEqual([]);
    } finally {
      await host.stop();
    }
    // Once the kiosk has stopped, the restore goes ahead, and is proposed to the incident
    // register: older data came back over newer.
    await run(process.execPath, ['bin/lobby.js', '--db', dbFile, 'restore', backup], {
      cwd: projectRoot,
      env: { ...process.env, LOBBY_BACKUP_PASSPHRASE: passphrase },
    });
    const db = openDatabase(dbFile);
    const proposed = createServices(db)
      .incidents.list('t')
      .filter((i) => i.source === 'backup_restored');
    db.close();
    expect(proposed).toEqual([expect.objectContaining({ status: 'proposed', origin: 'lobby' })]);
  });
});

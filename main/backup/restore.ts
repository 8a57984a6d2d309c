/**
 * Restores a backup into a database file: checked before anything is replaced (passphrase,
 * authenticity, SQLite's integrity check, a schema this Lobby knows), refused while the kiosk
 * has the file open, and put in place by one rename.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { latestVersion } from '../../db/migrations/index';
import { AppError } from '../ipc/errors';
import { open, unwrapPrivateKey } from './backup-crypto';
import { readBackup } from './backup-file';

export async function restoreBackup(
  file: string,
  passphrase: string,
  target: string,
): Promise<{ createdAt: string; number: number; schema: number }> {
  const { header, headerBytes, sealed } = readBackup(await fs.promises.readFile(file));
  const privateKey = unwrapPrivateKey(header.wrapped, passphrase);
  const plain = open(privateKey, headerBytes, header.ephemeral, header.iv, sealed);
  if (header.schema > latestVersion)
    throw new AppError('conflict', `This backup is from a newer Lobby (schema ${header.schema}).`);
  const temp = `${target}.restoring`;
  fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
  fs.writeFileSync(temp, plain, { mode: 0o600 });
  try {
    const check = new Database(temp, { readonly: true });
    const verdict = check.pragma('integrity_check', { simple: true });
    check.close();
    if (verdict !== 'ok')
      throw new AppError('conflict', 'The restored database fails its integrity check.');
    refuseIfInUse(target);
    for (const f of [`${target}-wal`, `${target}-shm`]) fs.rmSync(f, { force: true });
    fs.renameSync(temp, target);
  } finally {
    fs.rmSync(temp, { force: true });
  }
  return { createdAt: header.createdAt, number: header.number, schema: header.schema };
}

/** The kiosk (or anyone) holding the database open: restoring under it would corrupt both. */
function refuseIfInUse(target: string): void {
  if (!fs.existsSync(target)) return;
  const probe = new Database(target, { timeout: 0 });
  try {
    probe.pragma('wal_checkpoint(TRUNCATE)');
    probe.exec('BEGIN EXCLUSIVE; ROLLBACK;');
  } catch {
    throw new AppError('unavailable', 'The database is in use: stop the kiosk, then restore.');
  } finally {
    probe.close();
  }
}

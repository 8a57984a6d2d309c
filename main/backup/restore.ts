/**
 * Restores a backup into a database file: checked before anything is replaced (passphrase, the
 * kiosk's signature, authenticity, SQLite's integrity check, a schema this Lobby knows), refused
 * while a kiosk runs on the file (its lock, db/kiosk-lock.ts) or anyone writes to it, and put in
 * place by one rename. Says when the backup is older than the database it replaces.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { latestVersion } from '../../db/migrations/index';
import { AppError } from '../ipc/errors';
import { DatabaseInUse, lockHolder } from '../../db/kiosk-lock';
import { ForgedBackup, open, unwrapPrivateKey, verifyBackup } from './backup-crypto';
import { readBackup } from './backup-file';

export interface Restored {
  createdAt: string;
  number: number;
  schema: number;
  /** The database replaced had audit entries newer than the backup: they are gone now. */
  olderThanReplaced: boolean;
}

export async function restoreBackup(
  file: string,
  passphrase: string,
  target: string,
  opts: { allowUnsigned?: boolean } = {},
): Promise<Restored> {
  const holder = lockHolder(target);
  if (holder !== null) throw new DatabaseInUse(holder);
  const { header, headerBytes, sealed, signed } = readBackup(await fs.promises.readFile(file));
  const { privateKey, verifyKey } = unwrapPrivateKey(header.wrapped, passphrase);
  // A backup is this kiosk's only with its signature: the public key in any backup lets anyone
  // encrypt a database of their own to it.
  if (verifyKey && signed) verifyBackup(verifyKey, signed.bytes, signed.signature);
  else if (!opts.allowUnsigned) throw new ForgedBackup();
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
    const newestReplaced = newestAuditEntry(target);
    refuseIfInUse(target);
    for (const f of [`${target}-wal`, `${target}-shm`]) fs.rmSync(f, { force: true });
    fs.renameSync(temp, target);
    return {
      createdAt: header.createdAt,
      number: header.number,
      schema: header.schema,
      olderThanReplaced: newestReplaced !== null && newestReplaced > header.createdAt,
    };
  } finally {
    for (const f of [temp, `${temp}-wal`, `${temp}-shm`]) fs.rmSync(f, { force: true });
  }
}

/** When the database about to be replaced last recorded anything, or null. */
function newestAuditEntry(target: string): string | null {
  if (!fs.existsSync(target)) return null;
  try {
    const db = new Database(target, { readonly: true, fileMustExist: true });
    try {
      return db.prepare<[], string | null>('SELECT max(at) FROM audit_log').pluck().get() ?? null;
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
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

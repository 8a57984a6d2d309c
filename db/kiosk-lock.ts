/**
 * A running kiosk holds `<database>.lock` for its lifetime: the file names its process, is made
 * with O_EXCL (two kiosks on one database refuse the second) and is removed when the kiosk
 * closes. A lock whose process is gone (a crash, `kill -9`) is stale and taken over. A restore,
 * which replaces the database file, refuses while a live kiosk holds it.
 */
import fs from 'node:fs';

export class DatabaseInUse extends Error {
  constructor(readonly pid: number) {
    super(`The database is in use by a running kiosk (process ${pid}): stop the kiosk first.`);
  }
}

const lockFile = (dbFile: string) => `${dbFile}.lock`;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but is someone else's.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The live process holding the lock, or null. */
export function lockHolder(dbFile: string): number | null {
  let text: string;
  try {
    text = fs.readFileSync(lockFile(dbFile), 'utf8');
  } catch {
    return null;
  }
  const pid = Number(/^\d+/.exec(text)?.[0]);
  return Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid) ? pid : null;
}

/** Takes the lock for this process; returns its release. Throws DatabaseInUse when held. */
export function holdKioskLock(dbFile: string): () => void {
  if (dbFile === ':memory:') return () => {};
  const file = lockFile(dbFile);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      fs.writeFileSync(file, `${process.pid}\n`, { flag: 'wx', mode: 0o600 });
      return () => {
        if (readPid(file) === process.pid) fs.rmSync(file, { force: true });
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = lockHolder(dbFile);
      if (holder !== null) throw new DatabaseInUse(holder);
      fs.rmSync(file, { force: true }); // stale: its process is gone
    }
  }
  throw new DatabaseInUse(readPid(file) ?? 0);
}

function readPid(file: string): number | null {
  try {
    return Number(fs.readFileSync(file, 'utf8').trim()) || null;
  } catch {
    return null;
  }
}

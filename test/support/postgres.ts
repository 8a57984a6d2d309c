/**
 * A real PostgreSQL for a test: Debian's `initdb` and `pg_ctl` (package `postgresql`) make a
 * cluster in a temporary folder, run as the `postgres` user when the test runs as root (the server
 * refuses root), listening on a free loopback port with password logins only. `stop` ends the
 * postmaster by the PID it wrote, never by name; `restart` keeps the data (a network fault).
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './mailbox';

/** The newest server's programs: /usr/lib/postgresql/<version>/bin. */
function postgresBin(): string {
  const base = '/usr/lib/postgresql';
  const versions = fs.existsSync(base) ? fs.readdirSync(base).map(Number).filter(Boolean) : [];
  const newest = Math.max(0, ...versions);
  if (newest < 15) throw new Error('PostgreSQL 15 or newer is needed (Debian package postgresql)');
  return path.join(base, String(newest), 'bin');
}

/** Who runs the server: the postgres user when we are root, else ourselves. */
function serverUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const entry = fs
    .readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('postgres:'));
  if (!entry) throw new Error('no postgres user: install Debian package postgresql');
  const [, , uid, gid] = entry.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

export interface TestPostgres {
  /** The superuser's URL (for `lobby central init` and `add-kiosk`). */
  url: string;
  port: number;
  stop(): void;
  /** Starts the stopped server again on the same port and data. */
  start(): void;
  /** Stops the server and removes its folder. */
  remove(): void;
}

const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

export function startPostgres(): Promise<TestPostgres> {
  return freePort().then((port) => {
    const bin = postgresBin();
    const user = serverUser();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lobby-pg-'));
    const data = path.join(dir, 'data');
    const password = crypto.randomBytes(18).toString('base64url');
    const pwfile = path.join(dir, 'pw');
    fs.writeFileSync(pwfile, password, { mode: 0o600 });
    if (user) {
      fs.chownSync(dir, user.uid, user.gid);
      fs.chownSync(pwfile, user.uid, user.gid);
    }
    const run = (program: string, args: string[]) => {
      const result = spawnSync(path.join(bin, program), args, { ...user, cwd: dir });
      if (result.status !== 0) {
        throw new Error(
          `${program} failed: ${result.stderr.toString()}${result.stdout.toString()}`,
        );
      }
    };
    run('initdb', [
      '-D',
      data,
      '-U',
      'postgres',
      '--auth=scram-sha-256',
      `--pwfile=${pwfile}`,
      '-E',
      'UTF8',
      '--no-locale',
    ]);
    fs.rmSync(pwfile);
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
    const start = () =>
      run('pg_ctl', ['-D', data, '-o', options, '-l', `${dir}/log`, '-w', 'start']);
    start();
    const pid = () => {
      const file = path.join(data, 'postmaster.pid');
      return fs.existsSync(file) ? Number(fs.readFileSync(file, 'utf8').split('\n')[0]) : null;
    };
    const stop = () => {
      const p = pid();
      if (p === null) return;
      // SIGINT is PostgreSQL's fast shutdown: connections end, the data stays consistent.
      process.kill(p, 'SIGINT');
      const until = Date.now() + 15_000;
      while (Date.now() < until) {
        try {
          process.kill(p, 0);
        } catch {
          return;
        }
        pause(50);
      }
      process.kill(p, 'SIGKILL');
    };
    return {
      url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
      port,
      stop,
      start,
      remove() {
        stop();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  });
}

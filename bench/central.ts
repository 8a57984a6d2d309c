/**
 * `npm run bench:central`: 20 kiosk processes (bench/central-kiosk.ts) against one PostgreSQL
 * that the benchmark starts itself, through a compressed busy morning: each kiosk signs visitors
 * in, hands its badges out by a tap and takes them back, which signs the visit out. While it
 * runs, faults are injected: one kiosk cut off the network for a while (its own TCP relay is
 * torn down), PostgreSQL restarted, one kiosk killed with `kill -9` while it works and started
 * again. At the end every kiosk and the store must hold the same visits (with their badges) and
 * each kiosk's audit chain, counted: nothing lost, nothing doubled. Prints the central lag
 * (p50/p95) while connected (target p95 ≤ 2 s) and the time to catch up after each fault.
 * `KIOSKS=N` and `SECONDS=N` change the size.
 */
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addKiosk, initCentral } from '../db/central/admin';
import { centralPool, parseCentralUrl } from '../db/central/connect';
import { openDatabase } from '../db/open';
import { kioskSync } from '../main/app/central-sync';
import { createServices } from '../main/app/services';
import { centralAuditChains, encodeCredentials } from '../main/central';
import { importRegisters } from '../test/support/registers';
import { startPostgres } from '../test/support/postgres';
import { line, verdict } from './scale';
import { summarise } from './stats';
import { cuttableRelay } from './tcp-cut';

const kiosks = Number(process.env.KIOSKS ?? 20);
const seconds = Number(process.env.SECONDS ?? 60);
const names = Array.from({ length: kiosks }, (_, i) => `kiosk-${String(i + 1).padStart(2, '0')}`);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lobby-bench-central-'));
const dbOf = (name: string) => path.join(dir, `${name}.sqlite`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const server = await startPostgres();
const admin = centralPool(parseCentralUrl(server.url));
const relays = new Map<string, Awaited<ReturnType<typeof cuttableRelay>>>();
const children = new Map<string, ChildProcess>();
const reports: { kiosk: string; signedIn: number; returned: number }[] = [];
const died: string[] = [];

function spawnKiosk(name: string, seed: number): ChildProcess {
  const child = fork(
    path.join(import.meta.dirname, 'central-kiosk.ts'),
    [dbOf(name), name, String(seed)],
    {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    },
  );
  child.on('message', (m) => reports.push(m as (typeof reports)[number]));
  child.on('exit', (code, signal) => {
    // Only the kill -9 fault may end a kiosk early; anything else is a finding of its own.
    if (code !== 0 && signal !== 'SIGKILL') died.push(`${name} (exit ${code ?? signal})`);
  });
  children.set(name, child);
  return child;
}

/** One number from a kiosk's file, read beside the running kiosk (WAL lets both). */
function readKiosk(name: string, sql: string): number {
  const db = openDatabase(dbOf(name));
  try {
    return (db.prepare(sql).get() as { n: number | null }).n ?? 0;
  } finally {
    db.close();
  }
}

/**
 * Until every change these kiosks had made when the fault ended has reached the store (the
 * desks keep working, so the outbox is seldom empty): the time to catch up, in seconds.
 */
async function caughtUp(which: string[], limitMs = 120_000): Promise<number> {
  const started = performance.now();
  const upTo = new Map(
    which.map((n) => [n, readKiosk(n, 'SELECT max(seq) AS n FROM central_outbox')]),
  );
  for (;;) {
    const waiting = which.reduce(
      (sum, name) =>
        sum +
        readKiosk(name, `SELECT count(*) AS n FROM central_outbox WHERE seq <= ${upTo.get(name)}`),
      0,
    );
    if (waiting === 0) return (performance.now() - started) / 1000;
    if (performance.now() - started > limitMs) throw new Error(`${waiting} changes still wait`);
    await sleep(100);
  }
}

try {
  await initCentral(admin);
  const target = parseCentralUrl(server.url);
  // The first kiosk brings the site, the staff list and every kiosk's own visitor badges.
  const first = openDatabase(dbOf(names[0]!));
  await importRegisters(createServices(first), ['site', 'staff', 'tags']);
  const badge = first.prepare(
    "INSERT INTO tags (uid, pool, label, status, status_since, enrolled_at) VALUES (?, 'visitor', ?, 'available', 't', 't')",
  );
  names.forEach((name, k) => {
    for (let n = 0; n < 8; n += 1) {
      badge.run(
        `04${(k * 16 + n).toString(16).padStart(4, '0').toUpperCase()}AB0000BE`,
        `${name.toUpperCase()}-${n + 1}`,
      );
    }
  });
  first.close();
  for (const name of names) {
    const relay = await cuttableRelay(server.port);
    relays.set(name, relay);
    const role = await addKiosk(admin, name);
    const db = openDatabase(dbOf(name));
    const sync = kioskSync(db, createServices(db));
    await sync.join(
      encodeCredentials({
        kiosk: name,
        host: '127.0.0.1',
        port: relay.port,
        database: target.database,
        ...role,
      }),
    );
    db.close();
  }
  // Everyone has everyone's registers before the morning starts.
  for (const name of names) {
    const db = openDatabase(dbOf(name));
    await kioskSync(db, createServices(db)).sync();
    db.close();
  }
  const started = new Date();
  names.forEach((name, i) => spawnKiosk(name, i + 1));
  const faults: { fault: string; catchUp: number }[] = [];
  const window = (from: Date, to: Date) => ({ from, to });
  const faultWindows: { from: Date; to: Date }[] = [];

  await sleep((seconds * 1000) / 4);
  const cutOff = names[4 % kiosks]!;
  const cutAt = new Date();
  relays.get(cutOff)!.cut();
  await sleep(10_000);
  relays.get(cutOff)!.join();
  faults.push({ fault: `${cutOff} cut off for 10 s`, catchUp: await caughtUp([cutOff]) });
  faultWindows.push(window(cutAt, new Date()));

  await sleep((seconds * 1000) / 4);
  const restartAt = new Date();
  server.stop();
  await sleep(2_000);
  server.start();
  faults.push({ fault: 'PostgreSQL restarted (2 s down)', catchUp: await caughtUp(names) });
  faultWindows.push(window(restartAt, new Date()));

  await sleep((seconds * 1000) / 4);
  const killed = names[8 % kiosks]!;
  const killAt = new Date();
  children.get(killed)!.kill('SIGKILL');
  await sleep(1_000);
  spawnKiosk(killed, 99);
  faults.push({
    fault: `${killed} killed (kill -9) and started again`,
    catchUp: await caughtUp([killed]),
  });
  faultWindows.push(window(killAt, new Date()));

  await sleep((seconds * 1000) / 4);
  const ended = new Date();
  const done = names.map(
    (name) => new Promise<void>((resolve) => children.get(name)!.once('exit', () => resolve())),
  );
  for (const name of names) children.get(name)!.send('stop');
  await Promise.all(done);
  // A last pull for each, so every kiosk has the others' final changes.
  for (const name of names) {
    const db = openDatabase(dbOf(name));
    await kioskSync(db, createServices(db)).sync();
    db.close();
  }

  // What each holds: every visit by its global key, with its sign-in, sign-out and badge.
  const visitsOf = (name: string) => {
    const db = openDatabase(dbOf(name));
    try {
      return new Map(
        db
          .prepare<[], { gkey: string; row: string }>(
            `SELECT r.gkey, json_array(v.visitor_name, v.checked_in_at, v.checked_out_at,
                      t.uid, v.badge_issued_at, v.badge_returned_at) AS row
             FROM visits v JOIN central_rows r ON r.tbl = 'visits' AND r.local_id = v.id
             LEFT JOIN tags t ON t.id = v.badge_tag_id`,
          )
          .all()
          .map((r) => [r.gkey, r.row]),
      );
    } finally {
      db.close();
    }
  };
  const { rows: centralRows } = await admin.query<{
    gkey: string;
    data: Record<string, string | null>;
  }>("SELECT gkey, data FROM lobby_rows WHERE tbl = 'visits'");
  const { rows: tagRows } = await admin.query<{ gkey: string; uid: string }>(
    "SELECT gkey, data->>'uid' AS uid FROM lobby_rows WHERE tbl = 'tags'",
  );
  const uidOf = new Map(tagRows.map((t) => [t.gkey, t.uid]));
  const central = new Map(
    centralRows.map(({ gkey, data: d }) => [
      gkey,
      JSON.stringify([
        d.visitor_name,
        d.checked_in_at,
        d.checked_out_at,
        d.badge_tag_id ? (uidOf.get(d.badge_tag_id) ?? null) : null,
        d.badge_issued_at,
        d.badge_returned_at,
      ]),
    ]),
  );
  let differing = 0;
  for (const name of names) {
    const here = visitsOf(name);
    for (const [gkey, row] of central) if (here.get(gkey) !== row) differing += 1;
    for (const gkey of here.keys()) if (!central.has(gkey)) differing += 1;
  }
  const visitorNames = [...central.values()].map((r) => (JSON.parse(r) as string[])[0]);
  const doubled = visitorNames.length - new Set(visitorNames).size;
  const ownLost = names.reduce((lost, name) => {
    const own = [...visitsOf(name).keys()].filter((k) => k.startsWith(`${name}:`));
    return lost + own.filter((k) => !central.has(k)).length;
  }, 0);
  const chains = await centralAuditChains(admin);
  const localAudit = names.map((name) => {
    const db = openDatabase(dbOf(name));
    try {
      return (db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
    } finally {
      db.close();
    }
  });
  const chainsWhole = chains.every((c, i) => c.verdict.ok && c.verdict.entries === localAudit[i]);

  // Lag: from the change's hybrid clock (this machine's wall clock) to its arrival centrally.
  const { rows: lags } = await admin.query<{ at: Date; lag: number }>(
    `SELECT to_timestamp(hlc / 1000.0) AS at,
            extract(epoch FROM received_at - to_timestamp(hlc / 1000.0)) * 1000 AS lag
     FROM lobby_changes WHERE received_at BETWEEN $1 AND $2`,
    [started, ended],
  );
  const connected = lags
    .filter((l) => !faultWindows.some((w) => l.at >= w.from && l.at <= w.to))
    .map((l) => Number(l.lag));
  const lag = summarise(connected);

  console.log(`Central store benchmark: ${kiosks} kiosks, ${seconds} s of a busy morning`);
  const signedIn = reports.reduce((n, r) => n + r.signedIn, 0);
  line('visits in the store:', `${central.size} (${signedIn} signed in by the last run of each)`);
  line('visits lost (a kiosk’s own, not in the store):', `${ownLost}: ${verdict(ownLost === 0)}`);
  line('visits doubled:', `${doubled}: ${verdict(doubled === 0)}`);
  line('kiosk rows differing from the store:', `${differing}: ${verdict(differing === 0)}`);
  line('audit chains whole, counted:', verdict(chainsWhole));
  line(
    'kiosks that died on their own:',
    `${died.join(', ') || 'none'}: ${verdict(died.length === 0)}`,
  );
  line(
    'central lag while connected:',
    `p50 ${lag.median.toFixed(0)} ms, p95 ${lag.p95.toFixed(0)} ms (n=${lag.n}), target p95 ≤ 2000 ms: ${verdict(lag.p95 <= 2000)}`,
  );
  for (const f of faults) line(`catch-up after ${f.fault}:`, `${f.catchUp.toFixed(2)} s`);
  if (ownLost + doubled + differing > 0 || !chainsWhole || died.length > 0) process.exitCode = 1;
} finally {
  for (const child of children.values()) if (child.exitCode === null) child.kill('SIGKILL');
  for (const relay of relays.values()) await relay.close();
  await admin.end().catch(() => undefined);
  server.remove();
  fs.rmSync(dir, { recursive: true, force: true });
}

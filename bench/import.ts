/**
 * `npm run bench:import`: a 1,000,000-event export shaped like a customer's (test/support/realistic-export.ts:
 * ~1,000 cardholders, a tenth of the events by unknown cards, eleven columns with names, Windows-
 * 1252, CRLF, title lines), imported by Lobby along both of its paths, against the baseline of
 * the sqlite3 command-line tool's `.import` of the same file into a plain table in the same run:
 *
 * - the kiosk's path: the bundled import worker started with the kiosk's limits (as the console
 *   starts it), detection, the import and the result coming back;
 * - the command line: `lobby building import` as a process, from start to exit.
 *
 * Prints each time, its ratio to the baseline and its peak memory (targets: ratio ≤ 1.5, peak
 * ≤ 300 MB), and how fast the command line starts (target: well under 0.5 s).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../db/open';
import { createServices } from '../main/app/services';
import { fixturePath } from '../test/support/fixtures';
import { realisticExport } from '../test/support/realistic-export';

const root = path.resolve(import.meta.dirname, '..');
const lobbyBin = path.join(root, 'bin', 'lobby.js');
const events = Number(process.env.EVENTS ?? 1_000_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lobby-bench-import-'));

const seconds = (since: number) => (performance.now() - since) / 1000;
const line = (label: string, value: string) => console.log(`  ${label.padEnd(44)} ${value}`);
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');

/** The site and the tags the export's card numbers are matched against. */
async function prepareDatabase(file: string, uids: string[]): Promise<void> {
  const db = openDatabase(file);
  const services = createServices(db);
  await services.imports.site(fixturePath('site.json'), { actor: 'bench' });
  const now = new Date().toISOString();
  const insert = db.prepare(
    "INSERT INTO tags (uid, pool, status, status_since, enrolled_at) VALUES (?, 'staff', 'active', ?, ?)",
  );
  db.transaction(() => uids.forEach((uid) => insert.run(uid, now, now)))();
  db.close();
}

/** Wall time and peak memory of one command, run by GNU time where the machine has it. */
function timed(
  command: string,
  args: string[],
): { seconds: number; peakMb: number | null; stdout: string } {
  const gnuTime = fs.existsSync('/usr/bin/time');
  const started = performance.now();
  const result = gnuTime
    ? spawnSync('/usr/bin/time', ['-f', '%M', command, ...args], { maxBuffer: 1 << 24 })
    : spawnSync(command, args, { maxBuffer: 1 << 24 });
  const took = seconds(started);
  if (result.status !== 0 && result.status !== 2) {
    throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr.toString()}`);
  }
  const peakKb = gnuTime ? Number(result.stderr.toString().trim().split('\n').at(-1)) : NaN;
  return {
    seconds: took,
    peakMb: Number.isFinite(peakKb) ? peakKb / 1024 : null,
    stdout: result.stdout.toString(),
  };
}

try {
  const log = path.join(dir, 'events.csv');
  const known = realisticExport(log, { events });
  const size = fs.statSync(log).size;

  // Baseline: sqlite3 .import into a plain table (no parsing of dates, no indexes, no dedup).
  const baselineDb = path.join(dir, 'baseline.sqlite');
  const t0 = performance.now();
  execFileSync('sqlite3', [
    baselineDb,
    '.mode csv',
    '.separator ;',
    `.import --skip 4 ${log} events`,
  ]);
  const baseline = seconds(t0);

  const prepared = path.join(dir, 'prepared.sqlite');
  await prepareDatabase(
    prepared,
    known.map((c) => c.uid),
  );
  const copy = (name: string) => {
    const file = path.join(dir, name);
    fs.copyFileSync(prepared, file);
    return file;
  };
  execFileSync(process.execPath, [path.join(root, 'build/bundle-electron.js')]);
  execFileSync(process.execPath, [path.join(root, 'build/bundle-cli.js')]);

  // The kiosk's path: the bundled worker, in a process of its own so time and memory are its own.
  const worker = JSON.parse(
    execFileSync(process.execPath, [
      '--import',
      'tsx',
      path.join(import.meta.dirname, 'import-child.ts'),
      copy('worker.sqlite'),
      log,
      path.join(root, 'dist/electron/import-worker.cjs'),
    ]).toString(),
  ) as {
    seconds: number;
    peakMb: number;
    imported: number;
    rejected: number;
    cardMatchRate: number;
  };

  // The command line, from process start to exit.
  const cli = timed(process.execPath, [
    lobbyBin,
    '--db',
    copy('cli.sqlite'),
    'building',
    'import',
    log,
  ]);
  const cliSummary = JSON.parse(cli.stdout) as {
    imported: number;
    rejected: unknown[];
    cardMatchRate: number;
  };

  // How fast the command line starts: the best of five, as a person at a terminal feels it.
  const startup = (...args: string[]) =>
    Math.min(
      ...Array.from({ length: 5 }, () => timed(process.execPath, [lobbyBin, ...args]).seconds),
    );
  const help = startup('--help');
  const status = startup('--db', copy('status.sqlite'), 'db', 'status');

  console.log(
    `Building import benchmark: ${events.toLocaleString('en')} events, ${(size / 1e6).toFixed(0)} MB, ${known.length} known cardholders + unknown cards (realistic, Nedap style)`,
  );
  line('sqlite3 .import (baseline, plain table):', `${baseline.toFixed(2)} s`);
  const report = (
    label: string,
    took: number,
    peak: number | null,
    imported: number,
    rate: number,
  ) => {
    const ratio = took / baseline;
    line(`${label}:`, `${took.toFixed(2)} s  (${imported} imported, card match ${rate})`);
    line('', `ratio ${ratio.toFixed(2)} (target ≤ 1.5): ${verdict(ratio <= 1.5)}`);
    if (peak !== null)
      line('', `peak memory ${peak.toFixed(0)} MB (target ≤ 300 MB): ${verdict(peak <= 300)}`);
  };
  report(
    'kiosk (import worker)',
    worker.seconds,
    worker.peakMb,
    worker.imported,
    worker.cardMatchRate,
  );
  report(
    'lobby building import (command line)',
    cli.seconds,
    cli.peakMb,
    cliSummary.imported,
    cliSummary.cardMatchRate,
  );
  line(
    'lobby --help / db status start-up:',
    `${help.toFixed(2)} s / ${status.toFixed(2)} s (target < 0.5 s): ${verdict(Math.max(help, status) < 0.5)}`,
  );
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

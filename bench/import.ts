/**
 * `npm run bench:import`: a 1,000,000-event Nedap-style log, imported by Lobby (detection,
 * parsing, normalisation, dedup, indexes) and, as the baseline in the same run, by the sqlite3
 * command-line tool's `.import` of the same file into a plain table. Prints both times, the
 * ratio and Lobby's peak memory. Targets: ratio ≤ 1.5 (stretch 1.2), peak ≤ 300 MB.
 *
 * Lobby's time is the kiosk's whole path: starting the import worker (the bundled script the
 * packaged kiosk runs, with its limits), detection, the import, and the result coming back.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../db/open';
import { createServices } from '../main/app/services';
import { fixturePath } from '../test/support/fixtures';
import { generateNedapLog } from './generate-nedap-log';

const root = path.resolve(import.meta.dirname, '..');

const events = Number(process.env.EVENTS ?? 1_000_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lobby-bench-import-'));
try {
  const uids = fs
    .readFileSync(fixturePath('tags.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(',')[0]!.replace(/:/g, ''));
  const log = path.join(dir, 'events.csv');
  generateNedapLog(log, events, uids);
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
  const baseline = (performance.now() - t0) / 1000;
  const baselineRows = execFileSync('sqlite3', [baselineDb, 'SELECT count(*) FROM events'])
    .toString()
    .trim();

  // The site, staff and tags the log's card numbers are matched against.
  const lobbyDb = path.join(dir, 'lobby.sqlite');
  const db = openDatabase(lobbyDb);
  const services = createServices(db);
  await services.imports.site(fixturePath('site.json'), { actor: 'bench' });
  await services.imports.staff(fixturePath('staff.csv'), { actor: 'bench' });
  await services.imports.tags(fixturePath('tags.csv'), { actor: 'bench' });
  db.close();
  execFileSync(process.execPath, [path.join(root, 'build/bundle-electron.js')]);
  const workerScript = path.join(root, 'dist/electron/import-worker.cjs');

  const out = execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(import.meta.dirname, 'import-child.ts'),
      lobbyDb,
      log,
      workerScript,
    ],
    { maxBuffer: 1 << 20 },
  ).toString();
  const lobby = JSON.parse(out) as {
    seconds: number;
    peakMb: number;
    rows: number;
    imported: number;
    rejected: number;
    cardMatchRate: number;
  };

  const ratio = lobby.seconds / baseline;
  console.log(
    `Building import benchmark: ${events.toLocaleString('en')} events, ${(size / 1e6).toFixed(1)} MB (Nedap style)`,
  );
  console.log(
    `  sqlite3 .import (baseline, plain table): ${baseline.toFixed(2)} s  (${baselineRows} rows)`,
  );
  console.log(
    `  lobby building import:                 ${lobby.seconds.toFixed(2)} s  (${lobby.imported} imported, ${lobby.rejected} rejected, card match ${lobby.cardMatchRate})`,
  );
  console.log(
    `  ratio ${ratio.toFixed(2)} (target ≤ 1.5, stretch ≤ 1.2): ${ratio <= 1.5 ? 'met' : 'NOT met'}`,
  );
  console.log(
    `  peak memory ${lobby.peakMb.toFixed(0)} MB (target ≤ 300 MB): ${lobby.peakMb <= 300 ? 'met' : 'NOT met'}`,
  );
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

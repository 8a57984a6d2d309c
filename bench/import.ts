/**
 * `npm run bench:import`: a month of a customer's door log (1,000,000 events, eleven columns
 * with names, Windows-1252, CRLF, title lines; test/support/realistic-export.ts) on the realistic
 * scale family (bench/scale.ts: 1,000 to 20,000 cardholders, our own 150 to 10,000 of them with
 * tags the kiosk knows), imported by Lobby along both of its paths, against the baseline of the
 * sqlite3 command-line tool's `.import` of the same file into a plain table in the same run:
 *
 * - the kiosk's path: the bundled import worker started with the kiosk's limits (as the console
 *   starts it), detection, the import and the result coming back;
 * - the command line: `lobby building import` as a process, from start to exit, after the
 *   building's cardholder list (so minimisation has cards to know other tenants by).
 *
 * Prints per size each time, its ratio to the baseline (target ≤ 1.3), its peak memory (target
 * ≤ 300 MB) and the growth from the previous size; and how fast the command line starts (target:
 * well under 0.5 s).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../db/open';
import { createServices } from '../main/app/services';
import { fixturePath } from '../test/support/fixtures';
import {
  line,
  scaleFamily,
  sizeName,
  sqliteImport,
  timed,
  verdict,
  writeScaleExport,
} from './scale';

const root = path.resolve(import.meta.dirname, '..');
const lobbyBin = path.join(root, 'bin', 'lobby.js');

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

const results: number[] = [];
execFileSync(process.execPath, [path.join(root, 'build/bundle-electron.js')]);
execFileSync(process.execPath, [path.join(root, 'build/bundle-cli.js')]);
console.log('Building import benchmark (realistic, Nedap style)');
const sizes = scaleFamily();
for (const size of sizes) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lobby-bench-import-'));
  try {
    const { log, cardholderFile, staff } = writeScaleExport(dir, size);
    const baseline = sqliteImport(log, dir);
    const prepared = path.join(dir, 'prepared.sqlite');
    await prepareDatabase(
      prepared,
      staff.map((c) => c.uid),
    );
    execFileSync(process.execPath, [
      lobbyBin,
      '--db',
      prepared,
      'building',
      'import',
      cardholderFile,
    ]);
    const copy = (name: string) => {
      const file = path.join(dir, name);
      fs.copyFileSync(prepared, file);
      return file;
    };
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
    ) as { seconds: number; peakMb: number; imported: number; cardMatchRate: number };
    // The command line, from process start to exit.
    const cli = timed(process.execPath, [
      lobbyBin,
      '--db',
      copy('cli.sqlite'),
      'building',
      'import',
      log,
    ]);
    const summary = JSON.parse(cli.stdout) as { imported: number; cardMatchRate: number };

    console.log(`${sizeName(size)} (${(fs.statSync(log).size / 1e6).toFixed(0)} MB):`);
    line('sqlite3 .import (baseline, plain table):', `${baseline.toFixed(2)} s`);
    const report = (label: string, took: number, peak: number, imported: number, rate: number) => {
      const ratio = took / baseline;
      line(`${label}:`, `${took.toFixed(2)} s  (${imported} imported, card match ${rate})`);
      line('', `ratio ${ratio.toFixed(2)} (target ≤ 1.3): ${verdict(ratio <= 1.3)}`);
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
      summary.imported,
      summary.cardMatchRate,
    );
    const previous = results.at(-1);
    if (previous) line('', `growth from the previous size ${(cli.seconds / previous).toFixed(2)}×`);
    results.push(cli.seconds);
    if (size === sizes.at(-1)) {
      // How fast the command line starts: the best of five, as a person at a terminal feels it.
      const startup = (...args: string[]) =>
        Math.min(
          ...Array.from({ length: 5 }, () => timed(process.execPath, [lobbyBin, ...args]).seconds),
        );
      const help = startup('--help');
      const status = startup('--db', copy('status.sqlite'), 'db', 'status');
      line(
        'lobby --help / db status start-up:',
        `${help.toFixed(2)} s / ${status.toFixed(2)} s (target < 0.5 s): ${verdict(Math.max(help, status) < 0.5)}`,
      );
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

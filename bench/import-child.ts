// Runs one building import in its own process, so its time and peak memory are its own.
import fs from 'node:fs';
import { openDatabase } from '../db/open';
import { createServices } from '../main/app/services';
import { importBuildingFile } from '../main/building/building-import';

const [dbFile, logFile, site, staff, tags] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
  string,
];
const db = openDatabase(dbFile);
const s = createServices(db);
await s.imports.site(site, { actor: 'bench' });
await s.imports.staff(staff, { actor: 'bench' });
await s.imports.tags(tags, { actor: 'bench' });
const started = performance.now();
const summary = await importBuildingFile(db, {
  file: logFile,
  actor: 'bench',
  timezone: 'Europe/Amsterdam',
});
const seconds = (performance.now() - started) / 1000;
db.close();
const status = fs.readFileSync('/proc/self/status', 'utf8');
const peakKb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
process.stdout.write(
  `${JSON.stringify({ seconds, peakMb: peakKb / 1024, rows: summary.rows, imported: summary.imported, rejected: summary.rejected.length, cardMatchRate: summary.cardMatchRate })}\n`,
);

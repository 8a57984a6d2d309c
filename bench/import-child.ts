// Runs one building import the way the kiosk does (a worker thread running the bundled worker
// script, with the kiosk's limits), in a process of its own so its time and peak memory are its own.
import fs from 'node:fs';
import type { ImportFinished } from '../main/building/calls';
import { EventHub } from '../main/ipc/events';
import { importJobs } from '../main/building/import-jobs';

const [dbFile, logFile, workerScript] = process.argv.slice(2) as [string, string, string];
const events = new EventHub();
const finished = new Promise<ImportFinished>((resolve) =>
  events.subscribe((event, payload) => {
    if (event === 'importFinished') resolve(payload as ImportFinished);
  }),
);
const started = performance.now();
importJobs({ dbFile, events, workerScript }).start({
  file: logFile,
  actor: 'bench',
  timezone: 'Europe/Amsterdam',
});
const result = await finished;
const seconds = (performance.now() - started) / 1000;
if (result.outcome !== 'done') {
  throw new Error(`The import did not finish: ${JSON.stringify(result)}`);
}
const status = fs.readFileSync('/proc/self/status', 'utf8');
const peakKb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
const { summary } = result;
process.stdout.write(
  `${JSON.stringify({ seconds, peakMb: peakKb / 1024, rows: summary.rows, imported: summary.imported, rejected: summary.rejected.length, cardMatchRate: summary.cardMatchRate })}\n`,
);

/**
 * `npm run bench:reconcile`: the whole `lobby reconcile --json` (process start to exit) over a
 * month of a customer's door log and the building's cardholder export, on the realistic scale
 * family (bench/scale.ts: 150 to 10,000 people on our staff list holding their tags, 1,000 to
 * 20,000 cardholders, 1,000,000 events), against the baseline measured in the same run: sqlite3's
 * `.import` of the same log. Every event is stored, other tenants' too (the import would leave a
 * third of them out), the worst case for the review.
 * Prints per size the time, its ratio to the baseline (target ≤ 0.3), peak memory (target ≤ 300
 * MB) and the growth from the previous size; and the growth from the fewest to the most people
 * (target < 2×).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../db/open';
import { createServices } from '../main/app/services';
import { fixturePath } from '../test/support/fixtures';
import type { Cardholder } from '../test/support/realistic-export';
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
const lobby = path.join(root, 'bin/lobby.js');

/** The site, and our staff list with one tag each, as the kiosk would hold them. */
async function prepare(dbFile: string, staff: Cardholder[]) {
  const db = openDatabase(dbFile);
  await createServices(db).imports.site(fixturePath('site.json'), { actor: 'bench' });
  db.prepare("INSERT INTO settings (key, value) VALUES ('building.minimise', 'false')").run();
  const t = '2025-01-01T00:00:00.000Z';
  const person = db.prepare(
    `INSERT INTO people (employee_id, first_name, last_name, organisation_id, start_date, profile_id, created_at, updated_at)
     VALUES (?, 'Bench', ?, 1, '2024-01-01', 'STD', ?, ?) RETURNING id`,
  );
  const tag = db.prepare(
    "INSERT INTO tags (uid, pool, status, status_since, enrolled_at) VALUES (?, 'staff', 'active', ?, ?) RETURNING id",
  );
  const custody = db.prepare(
    "INSERT INTO tag_custody (tag_id, holder_kind, person_id, started_at, recorded_by) VALUES (?, 'person', ?, ?, 'bench')",
  );
  db.transaction(() => {
    for (const c of staff) {
      const { id: personId } = person.get(c.employeeId, c.name, t, t) as { id: number };
      const { id: tagId } = tag.get(c.uid, t, t) as { id: number };
      custody.run(tagId, personId, t);
    }
  })();
  db.close();
}

execFileSync(process.execPath, [path.join(root, 'build/bundle-cli.js')]);
const results: { people: number; seconds: number }[] = [];
console.log('Reconciliation benchmark (lobby reconcile --json, the whole process)');
for (const size of scaleFamily()) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lobby-bench-reconcile-'));
  try {
    const { log, cardholderFile, staff } = writeScaleExport(dir, size);
    const dbFile = path.join(dir, 'lobby.sqlite');
    await prepare(dbFile, staff);
    for (const file of [cardholderFile, log]) {
      execFileSync(process.execPath, [lobby, '--db', dbFile, 'building', 'import', file], {
        maxBuffer: 1 << 24,
      });
    }
    const baseline = sqliteImport(log, dir);
    const run = timed(process.execPath, [
      lobby,
      '--db',
      dbFile,
      'reconcile',
      '--as-of',
      '2025-11-03T06:15:00Z',
      '--json',
    ]);
    const findings = (JSON.parse(run.stdout) as { findings: unknown[] }).findings.length;
    const ratio = run.seconds / baseline;
    const previous = results.at(-1);
    results.push({ people: size.people, seconds: run.seconds });
    console.log(`${sizeName(size)}:`);
    line('sqlite3 .import of the log (baseline):', `${baseline.toFixed(2)} s`);
    line('lobby reconcile:', `${run.seconds.toFixed(2)} s  (${findings} findings)`);
    line('', `ratio ${ratio.toFixed(2)} (target ≤ 0.3): ${verdict(ratio <= 0.3)}`);
    line(
      '',
      `peak memory ${run.peakMb.toFixed(0)} MB (target ≤ 300 MB): ${verdict(run.peakMb <= 300)}`,
    );
    if (previous)
      line('', `growth from the previous size ${(run.seconds / previous.seconds).toFixed(2)}×`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
const fewest = results.reduce((a, b) => (b.people < a.people ? b : a), results[0]!);
const most = results.reduce((a, b) => (b.people > a.people ? b : a), results[0]!);
if (most.people > fewest.people) {
  const growth = most.seconds / fewest.seconds;
  console.log(
    `Growth from ${fewest.people.toLocaleString('en')} to ${most.people.toLocaleString('en')} people: ${growth.toFixed(2)}× (target < 2): ${verdict(growth < 2)}`,
  );
}

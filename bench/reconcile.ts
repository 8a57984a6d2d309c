/**
 * `npm run bench:reconcile`: a reconciliation over a 1,000,000-event import shaped like a
 * customer's (test/support/realistic-export.ts: ~1,000 cardholders of six companies, a tenth of
 * the events by unknown cards, a month) and the building's cardholder export, with our own
 * company's people on the staff list holding their tags. Baseline in the same run: a plain read
 * of every stored event row, nothing joined or built (what a reconciliation that looked at every
 * event in JavaScript would pay before its first rule).
 * Prints both times and the peak memory; target ≤ 1 s for the whole reconciliation.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../db/open';
import { reconcileRepo } from '../db/repos/reconcile';
import { createServices } from '../main/app/services';
import { reconcile } from '../main/reconcile/reconcile';
import { fixturePath } from '../test/support/fixtures';
import {
  ownCompany,
  realisticCardholders,
  realisticExport,
} from '../test/support/realistic-export';

const root = path.resolve(import.meta.dirname, '..');
const events = Number(process.env.EVENTS ?? 1_000_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lobby-bench-reconcile-'));
const seconds = (since: number) => (performance.now() - since) / 1000;

try {
  const log = path.join(dir, 'events.csv');
  const known = realisticExport(log, { events });
  const cardholderFile = path.join(dir, 'cardholders.csv');
  realisticCardholders(cardholderFile, known);
  const staff = known.filter((c) => c.company === ownCompany);
  const dbFile = path.join(dir, 'lobby.sqlite');
  let db = openDatabase(dbFile);
  await createServices(db).imports.site(fixturePath('site.json'), { actor: 'bench' });
  // The worst case: every event stored, other tenants' at the shared doors too (the import
  // leaves those out by default, which would leave a third of the rows here).
  db.prepare("INSERT INTO settings (key, value) VALUES ('building.minimise', 'false')").run();
  // The staff list and the tag register the export is compared with: one tag each.
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
  execFileSync(process.execPath, [path.join(root, 'build/bundle-cli.js')]);
  for (const file of [cardholderFile, log]) {
    execFileSync(
      process.execPath,
      [path.join(root, 'bin/lobby.js'), '--db', dbFile, 'building', 'import', file],
      { maxBuffer: 1 << 24 },
    );
  }

  db = openDatabase(dbFile);
  const repo = reconcileRepo(db);
  const site = createServices(db).site.current();
  const asOf = new Date('2025-11-03T06:15:00Z');
  const rssBefore = process.memoryUsage().rss;

  const b0 = performance.now();
  const rows = db
    .prepare(
      'SELECT occurred_at, utc_offset, text_id, point_id, card_id, holder_id, import_id FROM building_events WHERE occurred_at <= ?',
    )
    .raw()
    .all(asOf.getTime()).length;
  const baseline = seconds(b0);

  const r0 = performance.now();
  const result = reconcile(repo, site, { asOf });
  const took = seconds(r0);
  const peakMb =
    Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) / 1024;
  db.close();

  console.log(
    `Reconciliation benchmark: ${rows.toLocaleString('en')} events, ${staff.length} of ${known.length} cardholders on our staff list`,
  );
  console.log(`  baseline (read every stored event row):        ${baseline.toFixed(2)} s`);
  console.log(
    `  reconciliation:                                ${took.toFixed(2)} s  (${result.findings.length} findings)`,
  );
  console.log(
    `  ratio ${(took / baseline).toFixed(2)}; target ≤ 1 s: ${took <= 1 ? 'met' : 'NOT met'}`,
  );
  console.log(
    `  peak memory of this process ${peakMb.toFixed(0)} MB (${(rssBefore / 1e6).toFixed(0)} MB before)`,
  );
} finally {
  // BENCH_KEEP=1 leaves the database for a closer look.
  if (process.env.BENCH_KEEP) console.log(`  kept: ${dir}`);
  else fs.rmSync(dir, { recursive: true, force: true });
}

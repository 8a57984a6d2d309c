/**
 * One kiosk of `npm run bench:central`, as its own process on its own SQLite file: it syncs by
 * itself (main/central/auto-sync.ts, as a running kiosk does) and runs a compressed busy morning
 * at its desk: walk-ins signed in, a badge of its own handed out by a tap, later tapped back,
 * which signs the visit out. On "stop" it syncs until nothing waits and reports what it did.
 */
import { openDatabase } from '../db/open';
import { holdersRepo } from '../db/repos/holders';
import { kioskSync } from '../main/app/central-sync';
import { createServices } from '../main/app/services';
import { autoSync } from '../main/central';
import { createReception } from '../main/reception';

const [dbFile, kiosk, seed] = process.argv.slice(2) as [string, string, string];
const db = openDatabase(dbFile);
const s = createServices(db);
const reception = createReception({ db, locale: () => 'nl' });
const syncing = autoSync(kioskSync(db, s), {
  everyMs: 1_000,
  log: (message) => process.stderr.write(`${kiosk}: ${message}\n`),
});
syncing.start();
const holders = holdersRepo(db);

let random = Number(seed) || 1;
const next = () => (random = (random * 48271) % 2147483647) / 2147483647;
const badges = () =>
  db
    .prepare<[string], { uid: string }>(
      `SELECT t.uid FROM tags t WHERE t.label LIKE ? || '-%' AND NOT EXISTS (
         SELECT 1 FROM visits v WHERE v.badge_tag_id = t.id AND v.badge_returned_at IS NULL
           AND v.badge_issued_at IS NOT NULL)`,
    )
    .all(kiosk.toUpperCase());
const hosts = db
  .prepare<[], { id: number }>(
    'SELECT id FROM people WHERE organisation_id IS NOT NULL AND end_date IS NULL',
  )
  .all();
const out: { uid: string }[] = [];
let signedIn = 0;
let returned = 0;

function step() {
  const free = badges();
  if (out.length > 0 && (free.length === 0 || next() < 0.4)) {
    const { uid } = out.splice(Math.floor(next() * out.length), 1)[0]!;
    const tap = reception.taps.onTap(holders.byUid(uid), uid, 'reception');
    if (tap?.outcome === 'returned') returned += 1;
  } else {
    const outcome = reception.desk.register(
      {
        // Unique across restarts, so a doubled sign-in would show as the same name twice.
        visitorName: `Bezoeker ${kiosk} ${Date.now().toString(36)} ${signedIn + 1}`,
        visitorCompany: 'Benchmark B.V.',
        visitorPhone: '',
        hostId: hosts[Math.floor(next() * hosts.length)]!.id,
        purpose: 'meeting',
        visitDate: reception.desk.today(),
        expectedTime: null,
        signInNow: true,
      },
      'bench',
    );
    if (outcome.outcome !== 'signedIn') return;
    signedIn += 1;
    const badge = free[0];
    if (!badge) return;
    reception.taps.arm(outcome.visitId, 'bench');
    const tap = reception.taps.onTap(holders.byUid(badge.uid), badge.uid, 'desk');
    if (tap?.outcome === 'issued') out.push(badge);
  }
  syncing.kick();
}

// About one action a second at each desk: a morning compressed some thirty-fold.
const timer = setInterval(step, 800 + Math.floor(next() * 400));
process.on('message', (message) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  void (async () => {
    await syncing.stop();
    const sync = kioskSync(db, s);
    // Until this kiosk has pushed everything and pulled everyone's last change.
    for (let quiet = 0; quiet < 2;) {
      const { pushed, pulled } = await sync.sync().catch(() => ({ pushed: 1, pulled: 1 }));
      quiet = pushed === 0 && pulled === 0 && sync.status().waiting === 0 ? quiet + 1 : 0;
    }
    process.send!({ kiosk, signedIn, returned });
    db.close();
    process.exit(0);
  })();
});

/**
 * Two kiosks on one central store, against a real PostgreSQL the test starts itself (initdb +
 * pg_ctl in a temporary folder) and stops by its PID: what one kiosk does, the other sees after a
 * sync; each change lands once; a kiosk cannot write as another; a removed kiosk cannot connect;
 * with the store stopped both keep working and agree once it is back.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addKiosk, initCentral, removeKiosk } from '../../db/central/admin';
import { centralPool, CentralUnreachable, parseCentralUrl } from '../../db/central/connect';
import { pushChanges } from '../../db/central/log';
import { openDatabase, type Db } from '../../db/open';
import { notificationsRepo } from '../../db/repos/notifications';
import { peopleRepo } from '../../db/repos/people';
import { startPostgres, type TestPostgres } from '../../test/support/postgres';
import { importRegisters } from '../../test/support/registers';
import { kioskSync } from '../app/central-sync';
import { createServices } from '../app/services';
import { createReception } from '../reception';
import {
  autoSync,
  centralAuditChains,
  centralSync,
  encodeCredentials,
  kioskParts,
  rowKeys,
} from '.';

interface Kiosk {
  name: string;
  db: Db;
  sync: ReturnType<typeof centralSync>;
  reception: ReturnType<typeof createReception>;
  credentials: string;
}

let server: TestPostgres;
let admin: pg.Pool;
let dir: string;

async function admitted(name: string): Promise<string> {
  const target = parseCentralUrl(server.url);
  const role = await addKiosk(admin, name);
  return encodeCredentials({
    kiosk: name,
    host: target.host,
    port: target.port,
    database: 'postgres',
    ...role,
  });
}

async function kiosk(
  name: string,
  registers: Parameters<typeof importRegisters>[1],
): Promise<Kiosk> {
  const db = openDatabase(path.join(dir, `${name}.sqlite`));
  await importRegisters(createServices(db), registers);
  const credentials = await admitted(name);
  const sync = kioskSync(db, createServices(db));
  await sync.join(credentials);
  const reception = createReception({ db, locale: () => 'nl', kiosks: kioskParts(db) });
  return { name, db, sync, reception, credentials };
}

const host = (k: Kiosk) => peopleRepo(k.db).byEmployeeId('E1002')!.id;
const walkIn = (k: Kiosk, name: string) => {
  const outcome = k.reception.desk.signIn({
    expectedVisitId: null,
    visitorName: name,
    visitorCompany: 'Brugwerk',
    visitorPhone: '',
    hostId: host(k),
    purpose: 'meeting',
    locale: 'nl',
  });
  if (outcome.outcome !== 'signedIn') throw new Error(outcome.outcome);
  return outcome.visitId;
};
const present = (k: Kiosk) =>
  k.reception.evacuation
    .presence('test')
    .visitors.map((v) => v.name)
    .sort();
const both = async (a: Kiosk, b: Kiosk) => {
  await a.sync.sync();
  await b.sync.sync();
  await a.sync.sync();
};

let a: Kiosk;
let b: Kiosk;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lobby-central-'));
  server = await startPostgres();
  admin = centralPool(parseCentralUrl(server.url));
  await initCentral(admin);
  a = await kiosk('desk-a', ['site', 'staff', 'tags']);
  // The second kiosk is new: the site, the staff list and the tags come from the store.
  b = await kiosk('desk-b', []);
}, 60_000);

afterAll(async () => {
  a?.db.close();
  b?.db.close();
  await admin?.end();
  server?.remove();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('two kiosks, one central store', () => {
  it('gives a joining kiosk the staff list and the tags of the others', () => {
    const count = (k: Kiosk, table: string) =>
      (k.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect(count(b, 'people')).toBe(count(a, 'people'));
    expect(count(b, 'tags')).toBe(count(a, 'tags'));
    expect(count(b, 'people')).toBeGreaterThan(5);
    expect(count(b, 'zones')).toBe(count(a, 'zones'));
    expect(count(b, 'central_pending')).toBe(0);
  });

  it('shows a walk-in at one kiosk on the other’s presence list, and signs out there', async () => {
    const id = walkIn(a, 'Sanne Bakker');
    await both(a, b);
    expect(present(b)).toContain('Sanne Bakker');
    const atB = rowKeys(b.db).localOf('visits', rowKeys(a.db).keyOf('visits', id))!;
    b.reception.desk.signOut(atB, 'test');
    await both(a, b);
    expect(present(a)).not.toContain('Sanne Bakker');
    const { rows } = await admin.query(
      "SELECT data->>'checked_out_at' AS out FROM lobby_rows WHERE tbl = 'visits' AND gkey = $1",
      [`desk-a:${id}`],
    );
    expect(rows[0].out).not.toBeNull();
  });

  it('lands each change once, however often it is pushed', async () => {
    const before = await admin.query(
      "SELECT count(*)::int AS n FROM lobby_changes WHERE kiosk = 'desk-a'",
    );
    const again = await admin.query(
      "SELECT seq::int, hlc::float8 AS hlc, tbl, gkey, op, cols, data FROM lobby_changes WHERE kiosk = 'desk-a' ORDER BY seq LIMIT 20",
    );
    // A kiosk killed after the store committed pushes the same numbers again.
    expect(again.rows).toHaveLength(20);
    const asA = centralPool(a.sync.target());
    expect(await pushChanges(asA, 'desk-a', again.rows)).toBe(0);
    await asA.end();
    const after = await admin.query(
      "SELECT count(*)::int AS n FROM lobby_changes WHERE kiosk = 'desk-a'",
    );
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it('refuses a kiosk that writes another kiosk’s changes', async () => {
    const asB = centralPool(b.sync.target());
    await expect(
      pushChanges(asB, 'desk-a', [
        {
          seq: 999_999,
          hlc: 1,
          tbl: 'visits',
          gkey: 'desk-a:1',
          op: 'delete',
          cols: null,
          data: null,
        },
      ]),
    ).rejects.toThrow(/row-level security/);
    await expect(asB.query('DELETE FROM lobby_changes')).rejects.toThrow(/permission denied/);
    await expect(asB.query("UPDATE lobby_rows SET data = '{}'")).rejects.toThrow(
      /permission denied/,
    );
    await asB.end();
  });

  it('keeps both kiosks signing in with the store stopped, and they agree once it is back', async () => {
    server.stop();
    walkIn(a, 'Pieter Offline');
    walkIn(b, 'Ilse Offline');
    await expect(a.sync.sync()).rejects.toBeInstanceOf(CentralUnreachable);
    expect(a.sync.status()).toMatchObject({ joined: true, waiting: expect.any(Number) });
    expect(a.sync.status().waiting).toBeGreaterThan(0);
    server.start();
    await both(a, b);
    expect(present(a)).toEqual(present(b));
    expect(present(a)).toEqual(expect.arrayContaining(['Ilse Offline', 'Pieter Offline']));
  }, 30_000);

  it('merges a person edited at two kiosks field by field, the later edit winning', async () => {
    const edit = (k: Kiosk, column: string, value: string) =>
      k.db.prepare(`UPDATE people SET ${column} = ? WHERE employee_id = 'E1002'`).run(value);
    edit(a, 'department', 'Financiën en Control');
    edit(b, 'job_title', 'Hoofd control');
    edit(a, 'notes', 'eerst');
    // Later by the clocks: edits a few milliseconds apart are at the same moment for a hybrid
    // clock, and then either may win, the same everywhere.
    await new Promise((r) => setTimeout(r, 100));
    edit(b, 'notes', 'later');
    await both(a, b);
    for (const k of [a, b]) {
      expect(peopleRepo(k.db).byEmployeeId('E1002')).toMatchObject({
        department: 'Financiën en Control',
        jobTitle: 'Hoofd control',
      });
      const row = k.db.prepare("SELECT notes FROM people WHERE employee_id = 'E1002'").get();
      expect(row).toEqual({ notes: 'later' });
    }
  });

  it('makes one visit of an expected visitor signed in at both kiosks, the earliest sign-in', async () => {
    const registered = a.reception.desk.register(
      {
        visitorName: 'Jan Verwacht',
        visitorCompany: '',
        visitorPhone: '',
        hostId: host(a),
        purpose: 'meeting',
        visitDate: new Date().toISOString().slice(0, 10),
        expectedTime: null,
        signInNow: false,
      },
      'test',
    );
    if (registered.outcome !== 'signedIn') throw new Error(registered.outcome);
    await both(a, b);
    const key = rowKeys(a.db).keyOf('visits', registered.visitId);
    const atB = rowKeys(b.db).localOf('visits', key)!;
    server.stop();
    const sign = (k: Kiosk, id: number, at: string) =>
      k.db.prepare('UPDATE visits SET checked_in_at = ? WHERE id = ?').run(at, id);
    sign(b, atB, '2026-12-02T09:00:00.000Z');
    sign(a, registered.visitId, '2026-12-02T09:05:00.000Z');
    server.start();
    await both(a, b);
    const checkedIn = (k: Kiosk, id: number) =>
      (k.db.prepare('SELECT checked_in_at AS t FROM visits WHERE id = ?').get(id) as { t: string })
        .t;
    expect(checkedIn(a, registered.visitId)).toBe('2026-12-02T09:00:00.000Z');
    expect(checkedIn(b, atB)).toBe('2026-12-02T09:00:00.000Z');
    const { rows } = await admin.query(
      "SELECT data->>'checked_in_at' AS t FROM lobby_rows WHERE tbl = 'visits' AND gkey = $1",
      [key],
    );
    expect(rows[0].t).toBe('2026-12-02T09:00:00.000Z');
    // The later sign-in is recorded where it was made, for that kiosk's office manager.
    const conflicts = (k: Kiosk) => k.sync.status().conflicts;
    expect(conflicts(a)).toEqual([expect.objectContaining({ kind: 'signedInTwice', about: key })]);
    expect(conflicts(b)).toEqual([]);
  }, 30_000);

  it('takes an erased visitor out of every kiosk and out of the store, log included', async () => {
    const id = walkIn(a, 'Erik Wisverzoek');
    await both(a, b);
    createServices(a.db).subjectRequests.eraseVisitor(id, 'verzoek van de bezoeker', 'test');
    await both(a, b);
    const names = (k: Kiosk) =>
      k.db.prepare("SELECT count(*) AS n FROM visits WHERE visitor_name LIKE '%Wisverzoek%'").get();
    expect(names(a)).toEqual({ n: 0 });
    expect(names(b)).toEqual({ n: 0 });
    expect(await leftInStore('Wisverzoek')).toEqual({ rows: 0, log: 0 });
  });

  it('keeps the first of two hand-outs of one badge made apart, and tells the other kiosk', async () => {
    const uid = '04A1B2C3D4E5F6';
    a.db
      .prepare(
        "INSERT INTO tags (uid, pool, status, status_since, enrolled_at) VALUES (?, 'staff', 'active', 't', 't')",
      )
      .run(uid);
    await both(a, b);
    const give = (k: Kiosk, employeeId: string, at: string) => {
      const tag = k.db.prepare('SELECT id FROM tags WHERE uid = ?').get(uid) as { id: number };
      const person = peopleRepo(k.db).byEmployeeId(employeeId)!.id;
      k.db
        .prepare(
          "INSERT INTO tag_custody (tag_id, holder_kind, person_id, started_at, recorded_by) VALUES (?, 'person', ?, ?, 'test')",
        )
        .run(tag.id, person, at);
    };
    server.stop();
    give(a, 'E1003', '2026-12-02T10:00:00.000Z');
    await new Promise((r) => setTimeout(r, 5));
    give(b, 'E1004', '2026-12-02T10:00:01.000Z');
    server.start();
    await both(a, b);
    await b.sync.sync();
    const custody = (k: Kiosk) =>
      k.db
        .prepare(
          `SELECT p.employee_id AS person, c.ended_at IS NULL AS open, c.end_reason AS reason
           FROM tag_custody c JOIN tags t ON t.id = c.tag_id JOIN people p ON p.id = c.person_id
           WHERE t.uid = ? ORDER BY p.employee_id`,
        )
        .all(uid);
    const expected = [
      { person: 'E1003', open: 1, reason: null },
      { person: 'E1004', open: 0, reason: 'reassigned' },
    ];
    expect(custody(a)).toEqual(expected);
    expect(custody(b)).toEqual(expected);
    const status = b.sync.status();
    expect(status.conflicts.map((c) => c.kind)).toEqual(['badgeGivenTwice']);
    const kinds = (k: Kiosk) => k.sync.status().conflicts.map((c) => c.kind);
    expect(kinds(a)).not.toContain('badgeGivenTwice');
    const { rows } = await admin.query(
      "SELECT count(*)::int AS open FROM lobby_rows WHERE tbl = 'tag_custody' AND data->>'ended_at' IS NULL AND data->>'tag_id' = (SELECT gkey FROM lobby_rows WHERE tbl = 'tags' AND data->>'uid' = $1)",
      [uid],
    );
    expect(rows[0].open).toBe(1);
  }, 30_000);

  it('shows a host notice at every desk and has it sent by the kiosk that queued it only', async () => {
    const id = walkIn(a, 'Noor Bericht');
    const at = new Date().toISOString();
    notificationsRepo(a.db).enqueue(
      {
        visitId: id,
        kind: 'arrival',
        channel: 'email',
        recipient: 'joost@vn.example',
        payload: '{}',
      },
      at,
    );
    await both(a, b);
    const atB = rowKeys(b.db).localOf('visits', rowKeys(a.db).keyOf('visits', id))!;
    const [shown] = notificationsRepo(b.db).ofOwner(atB);
    expect(shown).toMatchObject({ kind: 'arrival', status: 'queued' });
    const later = new Date(Date.now() + 60_000).toISOString();
    expect(
      notificationsRepo(b.db)
        .due(later, 100)
        .map((n) => n.id),
    ).not.toContain(shown!.id);
    expect(notificationsRepo(b.db).claim(shown!.id, later, later)).toBe(false);
    const [queued] = notificationsRepo(a.db).ofOwner(id);
    expect(
      notificationsRepo(a.db)
        .due(later, 100)
        .map((n) => n.id),
    ).toContain(queued!.id);
  });

  it('reminds a waiting visitor’s host from the kiosk the visitor signed in at, not from every kiosk', async () => {
    a.db.prepare("UPDATE people SET email = 'joost@vn.example' WHERE employee_id = 'E1002'").run();
    a.db
      .prepare(
        "INSERT INTO settings (key, value) VALUES ('notify.email', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
      )
      .run(
        JSON.stringify({
          host: '127.0.0.1',
          port: 2525,
          security: 'none',
          user: null,
          password: null,
          from: 'Lobby <lobby@vn.example>',
        }),
      );
    const id = walkIn(a, 'Wim Wacht');
    // Waiting for an hour: past every site's limit for a host's reminder.
    const hourAgo = new Date(Date.now() - 3_600_000).toISOString();
    a.db.prepare('UPDATE visits SET checked_in_at = ? WHERE id = ?').run(hourAgo, id);
    await both(a, b);
    const atB = rowKeys(b.db).localOf('visits', rowKeys(a.db).keyOf('visits', id))!;
    expect(b.db.prepare('SELECT checked_in_at AS t FROM visits WHERE id = ?').get(atB)).toEqual({
      t: hourAgo,
    });
    expect(b.reception.remindOverdue()).toBe(0);
    expect(a.reception.remindOverdue()).toBeGreaterThan(0);
    await both(a, b);
    const kinds = (k: Kiosk, visit: number) =>
      notificationsRepo(k.db)
        .ofOwner(visit)
        .map((n) => n.kind);
    expect(kinds(b, atB)).toEqual(kinds(a, id));
    expect(kinds(a, id).filter((k) => k === 'overdue')).toHaveLength(1);
  });

  it('ends signed out when one kiosk signs a visitor out while the other has them picked up', async () => {
    const id = walkIn(a, 'Tim Tegelijk');
    await both(a, b);
    const atB = rowKeys(b.db).localOf('visits', rowKeys(a.db).keyOf('visits', id))!;
    server.stop();
    a.reception.desk.signOut(id, 'test');
    b.reception.desk.pickUp(atB, 'test');
    server.start();
    await both(a, b);
    for (const [k, visit] of [
      [a, id],
      [b, atB],
    ] as const) {
      const row = k.db
        .prepare('SELECT checked_out_at AS out, picked_up_at AS up FROM visits WHERE id = ?')
        .get(visit) as { out: string | null; up: string | null };
      expect(row.out).not.toBeNull();
      expect(row.up).not.toBeNull();
    }
    expect(present(a)).not.toContain('Tim Tegelijk');
    expect(present(b)).not.toContain('Tim Tegelijk');
  }, 30_000);

  it('purges visits past retention at one kiosk from the others and from the store', async () => {
    const old = walkIn(a, 'Oud Bezoek');
    a.db
      .prepare(
        "UPDATE visits SET visit_date = '2020-01-06', checked_in_at = '2020-01-06T09:00:00.000Z', checked_out_at = '2020-01-06T10:00:00.000Z' WHERE id = ?",
      )
      .run(old);
    await both(a, b);
    expect(present(b)).not.toContain('Oud Bezoek');
    const stored = () =>
      b.db.prepare("SELECT count(*) AS n FROM visits WHERE visitor_name = 'Oud Bezoek'").get();
    expect(stored()).toEqual({ n: 1 });
    createServices(a.db).retention.run('test');
    await both(a, b);
    expect(stored()).toEqual({ n: 0 });
    expect(await leftInStore('Oud Bezoek')).toEqual({ rows: 0, log: 0 });
  });

  it('merges the ticks of a roll call run from two kiosks at once', async () => {
    walkIn(a, 'Roel Appel');
    walkIn(b, 'Rian Appel');
    await both(a, b);
    const call = a.reception.evacuation.start('drill', 'test');
    await both(a, b);
    const atB = b.reception.evacuation.current()!;
    const keys = (c: typeof call) => c.entries.map((e) => e.key).sort();
    expect(keys(atB)).toEqual(keys(call));
    const keyOf = (c: typeof call, name: string) => c.entries.find((e) => e.name === name)!.key;
    a.reception.evacuation.mark(call.id, keyOf(call, 'Roel Appel'), true, 'test');
    b.reception.evacuation.mark(atB.id, keyOf(atB, 'Rian Appel'), true, 'test');
    await both(a, b);
    for (const k of [a, b]) {
      const now = k.reception.evacuation.current()!;
      const ticked = now.entries.filter((e) => e.accountedAt).map((e) => e.name);
      expect(ticked.sort()).toEqual(['Rian Appel', 'Roel Appel']);
    }
    b.reception.evacuation.end(atB.id, 'test');
    await both(a, b);
    expect(a.reception.evacuation.current()).toBeNull();
  });

  it('holds a lock-out from wrong PINs at one kiosk at the other too', async () => {
    const lockA = createServices(a.db).consoleLock;
    if (lockA.list().length === 0) lockA.setUpFirst({ name: 'Karin', pin: '482916' });
    // Karin's own badge names her at the PIN pad (E1002's tag, 06:52:57:92).
    a.db
      .prepare(
        "UPDATE operators SET person_id = (SELECT id FROM people WHERE employee_id = 'E1002') WHERE name = 'Karin'",
      )
      .run();
    const wrong = () => lockA.unlock('000000', '06525792');
    expect(wrong).toThrow('That PIN is not right.');
    for (let i = 0; i < 20 && !/Too many/.test(thrown(wrong)); i += 1);
    expect(thrown(wrong)).toMatch(/Too many wrong PINs/);
    await both(a, b);
    const lockB = createServices(b.db).consoleLock;
    expect(thrown(() => lockB.unlock('482916', '06525792'))).toMatch(/Too many wrong PINs/);
  });

  it('keeps each kiosk’s audit chain whole in the store, and names an entry changed there', async () => {
    await both(a, b);
    const chains = await centralAuditChains(admin);
    expect(chains.map((c) => [c.kiosk, c.verdict.ok])).toEqual([
      ['desk-a', true],
      ['desk-b', true],
    ]);
    expect(chains[0]!.verdict.entries).toBeGreaterThan(3);
    const { rows } = await admin.query(
      "SELECT gkey FROM lobby_rows WHERE tbl = 'audit_log' AND gkey LIKE 'desk-a:%' ORDER BY (split_part(gkey, ':', 2))::int LIMIT 1 OFFSET 2",
    );
    const gkey = rows[0].gkey as string;
    await admin.query(
      `UPDATE lobby_rows SET data = jsonb_set(data, '{actor}', '"iemand anders"') WHERE tbl = 'audit_log' AND gkey = $1`,
      [gkey],
    );
    const [tampered] = await centralAuditChains(admin, 'desk-a');
    expect(tampered!.verdict).toMatchObject({
      ok: false,
      firstBadId: Number(gkey.split(':')[1]),
      reason: 'changed after it was written',
    });
  });

  it('syncs a running kiosk by itself: a walk-in at one is at the other within 2 s', async () => {
    const seen: Set<string>[] = [];
    const syncA = autoSync(centralSync(a.db), { everyMs: 60_000 });
    const syncB = autoSync(centralSync(b.db, { changed: (t) => seen.push(t) }), {
      everyMs: 60_000,
    });
    syncA.start();
    syncB.start();
    try {
      // Both have connected and listen once their first round is done.
      await waitFor(() => present(a).join() === present(b).join(), 5_000);
      await new Promise((r) => setTimeout(r, 300));
      seen.length = 0;
      walkIn(a, 'Lotte Snel');
      const started = Date.now();
      syncA.kick();
      // On B's list, and B's screens told of it, within 2 s.
      await waitFor(() => present(b).includes('Lotte Snel'), 2_000);
      await waitFor(() => seen.some((t) => t.has('visits')), 2_000 - (Date.now() - started));
      expect(Date.now() - started).toBeLessThan(2_000);
    } finally {
      await syncA.stop();
      await syncB.stop();
    }
  }, 20_000);

  it('lets a removed kiosk no longer connect', async () => {
    const c = await kiosk('desk-c', ['site']);
    await removeKiosk(admin, 'desk-c');
    await expect(c.sync.sync()).rejects.toThrow(/password authentication failed|cannot be reached/);
    c.db.close();
  }, 30_000);
});

/** Rows and log entries that still hold a text, after VACUUM FULL has rewritten both tables. */
async function leftInStore(text: string): Promise<{ rows: number; log: number }> {
  await admin.query('VACUUM FULL lobby_changes');
  await admin.query('VACUUM FULL lobby_rows');
  const { rows } = await admin.query<{ rows: number; log: number }>(
    `SELECT (SELECT count(*)::int FROM lobby_rows WHERE data::text LIKE $1) AS rows,
            (SELECT count(*)::int FROM lobby_changes WHERE data::text LIKE $1) AS log`,
    [`%${text}%`],
  );
  return rows[0]!;
}

/** What a call throws, as its message ('' when it does not throw). */
function thrown(call: () => unknown): string {
  try {
    call();
    return '';
  } catch (e) {
    return (e as Error).message;
  }
}

async function waitFor(check: () => boolean, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

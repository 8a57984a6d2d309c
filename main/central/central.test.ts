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
import { peopleRepo } from '../../db/repos/people';
import { startPostgres, type TestPostgres } from '../../test/support/postgres';
import { importRegisters } from '../../test/support/registers';
import { createServices } from '../app/services';
import { createReception } from '../reception';
import { centralSync, encodeCredentials, rowKeys } from '.';

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
  const sync = centralSync(db);
  await sync.join(credentials);
  return { name, db, sync, reception: createReception({ db, locale: () => 'nl' }), credentials };
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
  // The second kiosk knows the site; the staff list and the tags come from the store.
  b = await kiosk('desk-b', ['site']);
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
    const pool = centralPool(parseCentralUrl(server.url));
    const { rows } = await admin.query("SELECT role FROM lobby_kiosks WHERE name = 'desk-a'");
    await pool.end();
    expect(rows[0].role).toBe('lobby_k_desk_a');
    const before = await admin.query(
      "SELECT count(*)::int AS n FROM lobby_changes WHERE kiosk = 'desk-a'",
    );
    const again = await admin.query(
      "SELECT seq::int, hlc::float8 AS hlc, tbl, gkey, op, cols, data FROM lobby_changes WHERE kiosk = 'desk-a' ORDER BY seq LIMIT 20",
    );
    const asA = centralPool(kioskTarget(a));
    expect(await pushChanges(asA, 'desk-a', again.rows)).toBe(0);
    await asA.end();
    const after = await admin.query(
      "SELECT count(*)::int AS n FROM lobby_changes WHERE kiosk = 'desk-a'",
    );
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it('refuses a kiosk that writes another kiosk’s changes', async () => {
    const asB = centralPool(kioskTarget(b));
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
    expect((a.sync.status() as { waiting: number }).waiting).toBeGreaterThan(0);
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
    await admin.query('VACUUM FULL lobby_changes');
    await admin.query('VACUUM FULL lobby_rows');
    const { rows } = await admin.query(
      `SELECT (SELECT count(*)::int FROM lobby_rows WHERE data::text LIKE '%Wisverzoek%') AS rows,
              (SELECT count(*)::int FROM lobby_changes WHERE data::text LIKE '%Wisverzoek%') AS log`,
    );
    expect(rows[0]).toEqual({ rows: 0, log: 0 });
  });

  it('lets a removed kiosk no longer connect', async () => {
    const c = await kiosk('desk-c', ['site']);
    await removeKiosk(admin, 'desk-c');
    await expect(c.sync.sync()).rejects.toThrow(/password authentication failed|cannot be reached/);
    c.db.close();
  }, 30_000);
});

function kioskTarget(k: Kiosk) {
  const state = k.db.prepare('SELECT credentials FROM central_state').get() as {
    credentials: string;
  };
  const decoded = JSON.parse(
    Buffer.from(state.credentials.slice('lobby-central-1.'.length), 'base64url').toString(),
  );
  return {
    host: decoded.host,
    port: decoded.port,
    database: decoded.database,
    user: decoded.user,
    password: decoded.password,
  };
}

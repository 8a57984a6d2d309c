/**
 * `lobby central …`, `lobby visits …` and `lobby presence` as their output contract says, on two
 * kiosk files and a real PostgreSQL: init and add-kiosk print JSON, join and sync move a walk-in
 * from one kiosk to the other, a store out of reach is one line and a non-zero exit, and the
 * credentials never show in what is printed after add-kiosk.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../test/e2e/harness';
import { fixturePath } from '../../test/support/fixtures';
import { startPostgres, type TestPostgres } from '../../test/support/postgres';
import { decodeCredentials } from '../central';

const run = promisify(execFile);
let server: TestPostgres;
let dir: string;

const lobby = (...args: string[]) =>
  run(process.execPath, ['bin/lobby.js', ...args], { cwd: projectRoot });
const onKiosk = (name: string, ...args: string[]) =>
  lobby('--db', path.join(dir, `${name}.sqlite`), ...args);
const json = async <T = Record<string, unknown>>(p: Promise<{ stdout: string }>) =>
  JSON.parse((await p).stdout) as T;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lobby-central-cli-'));
  server = await startPostgres();
}, 60_000);

afterAll(() => {
  server?.remove();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the central store on the command line', () => {
  it('sets up, joins two kiosks and carries a walk-in between them', async () => {
    expect(await json(lobby('central', 'init', '--url', server.url))).toMatchObject({
      schema: 10,
      applied: [10],
    });
    expect(await json(lobby('central', 'init', '--url', server.url))).toMatchObject({
      schema: 10,
      applied: [],
    });
    const printed: string[] = [];
    for (const name of ['desk-a', 'desk-b']) {
      await onKiosk(name, 'site', 'import', fixturePath('site.json'));
      const added = await json<{ kiosk: string; credentials: string }>(
        lobby('central', 'add-kiosk', name, '--url', server.url),
      );
      expect(added.kiosk).toBe(name);
      const joined = onKiosk(name, 'central', 'join', '--credentials', '-');
      joined.child.stdin!.end(added.credentials);
      printed.push((await joined).stdout, added.credentials);
    }
    await onKiosk('desk-a', 'staff', 'import', fixturePath('staff.csv'));
    const counts = { pushed: expect.any(Number), pulled: expect.any(Number) };
    expect(await json(onKiosk('desk-a', 'central', 'sync'))).toEqual(counts);
    expect(await json(onKiosk('desk-b', 'central', 'sync'))).toEqual(counts);

    const { visitId } = await json<{ visitId: string }>(
      onKiosk(
        'desk-a',
        'visits',
        'sign-in',
        '--name',
        'Sanne Bakker',
        '--organisation',
        'Brugwerk',
        '--host',
        'E1002',
        '--json',
      ),
    );
    expect(visitId).toMatch(/^desk-a:\d+$/);
    await onKiosk('desk-a', 'central', 'sync');
    const took = await json<{ pulled: number }>(onKiosk('desk-b', 'central', 'sync'));
    expect(took.pulled).toBeGreaterThanOrEqual(1);
    const presence = await json<{
      people: { kind: string; name: string; organisation: string; kiosk: string }[];
      kiosks: { name: string; freshAsOf: string | null }[];
    }>(onKiosk('desk-b', 'presence', '--json'));
    expect(presence.people).toEqual([
      expect.objectContaining({
        kind: 'visitor',
        name: 'Sanne Bakker',
        organisation: 'Brugwerk',
        kiosk: 'desk-a',
      }),
    ]);
    expect(presence.kiosks.map((k) => k.name)).toEqual(['desk-b', 'desk-a']);
    expect(presence.kiosks[1]!.freshAsOf).not.toBeNull();

    await onKiosk('desk-b', 'visits', 'sign-out', visitId);
    await onKiosk('desk-b', 'central', 'sync');
    await onKiosk('desk-a', 'central', 'sync');
    expect((await json<{ people: unknown[] }>(onKiosk('desk-a', 'presence'))).people).toEqual([]);

    await onKiosk('desk-a', 'central', 'sync');
    const status = await json<{ kiosk: string; waiting: number; kiosks: { name: string }[] }>(
      onKiosk('desk-a', 'central', 'status', '--json'),
    );
    expect(status).toMatchObject({ kiosk: 'desk-a', waiting: 0 });
    expect(status.kiosks.map((k) => k.name)).toEqual(['desk-a', 'desk-b']);
    printed.push(JSON.stringify(status));

    server.stop();
    await onKiosk('desk-a', 'visits', 'sign-in', '--name', 'Pieter Offline', '--host', 'E1002');
    const failed = await onKiosk('desk-a', 'central', 'sync').catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect(failed).toMatchObject({ code: 1 });
    const line = (failed as { stderr: string }).stderr.trim();
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toMatch(/cannot be reached.*wait here/);
    printed.push(line);
    server.start();
    expect(await json(onKiosk('desk-a', 'central', 'sync'))).toMatchObject({
      pushed: expect.any(Number),
    });
    expect(
      await json<{ people: { name: string }[] }>(onKiosk('desk-b', 'central', 'sync')),
    ).toMatchObject({
      pulled: expect.any(Number),
    });
    const chains = await json<{ kiosks: { kiosk: string; ok: boolean }[] }>(
      onKiosk('desk-b', 'audit', 'verify', '--central'),
    );
    expect(chains.kiosks.map((k) => [k.kiosk, k.ok])).toEqual([
      ['desk-a', true],
      ['desk-b', true],
    ]);
    // The password is in the credentials, printed once by add-kiosk, and nowhere after.
    const passwords = printed
      .filter((p) => p.startsWith('lobby-central-1.'))
      .map((p) => decodeCredentials(p).password);
    for (const text of printed.filter((p) => !p.startsWith('lobby-central-1.'))) {
      for (const password of passwords) expect(text).not.toContain(password);
    }
  }, 120_000);

  it('refuses a newer central schema and a remote store without verify-full', async () => {
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    await admin.query('CREATE DATABASE newer');
    await admin.end();
    const newer = server.url.replace(/\/postgres$/, '/newer');
    const other = new pg.Client({ connectionString: newer });
    await other.connect();
    await other.query(
      "CREATE TABLE lobby_schema (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now()); INSERT INTO lobby_schema VALUES (9990, 'from-the-future')",
    );
    await other.end();
    const tooNew = await lobby('central', 'init', '--url', newer).catch(
      (e: { stderr: string }) => e,
    );
    expect((tooNew as { stderr: string }).stderr).toMatch(/newer Lobby \(schema 9990/);
    const far = 'postgres://lobby:secret@db.example.net:5432/lobby?sslmode=require';
    const refused = await lobby('central', 'init', '--url', far).catch(
      (e: { stderr: string }) => e,
    );
    expect((refused as { stderr: string }).stderr).toMatch(/verify-full/);
    expect((refused as { stderr: string }).stderr).not.toContain('secret');
  });
});

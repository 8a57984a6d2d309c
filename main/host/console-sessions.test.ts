import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testLobby } from '../../test/support/lobby';
import { useTempDir } from '../../test/support/temp';
import type { Lobby } from '../app/create-lobby';
import { createServices } from '../app/services';
import { startBrowserHost, type BrowserHost } from './server';

/** One browser: keeps the cookies the kiosk sets, as a browser would. */
function browser(base: string) {
  let cookie = '';
  return async (call: string, args: unknown[] = []) => {
    const res = await fetch(`${base}api/${call}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(cookie ? { Cookie: cookie } : {}) },
      body: JSON.stringify(args),
    });
    const set = res.headers.get('set-cookie');
    if (set) cookie = set.split(';')[0]!.endsWith('=') ? '' : set.split(';')[0]!;
    return { body: (await res.json()) as { ok: boolean; value?: unknown }, set };
  };
}

/** Another process on this machine that knows the secret URL: what the attacker had. */
async function otherProcess(base: string, call: string, args: unknown[]): Promise<unknown> {
  const script = `fetch(process.argv[1] + 'api/' + process.argv[2], { method: 'POST',
    headers: { 'Content-Type': 'application/json' }, body: process.argv[3] })
    .then((r) => r.text()).then((t) => process.stdout.write(t));`;
  const run = promisify(execFile);
  const { stdout } = await run(process.execPath, ['-e', script, base, call, JSON.stringify(args)]);
  return JSON.parse(stdout) as unknown;
}

describe('console sessions, one per client', () => {
  const dir = useTempDir();
  let lobby: Lobby;
  let host: BrowserHost;
  const clock = { t: Date.now() };

  beforeEach(async () => {
    fs.writeFileSync(path.join(dir(), 'index.html'), '<!doctype html><title>kiosk</title>');
    lobby = await testLobby(dir(), { development: false });
    createServices(lobby.db).consoleLock.setPin('482913', 'test');
    host = await startBrowserHost({
      dispatch: lobby.dispatch,
      events: lobby.events,
      webRoot: dir(),
    });
    clock.t = Date.now();
  });
  afterEach(async () => {
    await host.close();
    await lobby.close();
  });

  it('gives the unlocking browser an HttpOnly cookie and nobody else its rights', async () => {
    const officer = browser(host.url);
    const unlocked = await officer('unlockConsole', ['482913', null]);
    expect(unlocked.body).toMatchObject({ ok: true, value: { unlocked: true } });
    expect(unlocked.set).toMatch(/^lobby-console=[\w-]{43}; Path=\/; HttpOnly; SameSite=Strict$/);
    expect((await officer('listOperators')).body).toMatchObject({ ok: true });

    // The second process holds the secret, but not the session: it cannot add an operator as her,
    // sees the console locked, and cannot lock her out.
    const newOfficer = { name: 'Mallory', role: 'privacyOfficer', employeeId: null, pin: '135790' };
    expect(await otherProcess(host.url, 'addOperator', [newOfficer])).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
    expect(await otherProcess(host.url, 'getConsoleSession', [])).toMatchObject({
      ok: true,
      value: { unlocked: false },
    });
    await otherProcess(host.url, 'lockConsole', []);
    const list = await officer('listOperators');
    expect(list.body).toMatchObject({ ok: true });
    expect(JSON.stringify(list.body)).not.toContain('Mallory');

    // Her own lock ends her session and clears the cookie.
    const locked = await officer('lockConsole');
    expect(locked.set).toMatch(/^lobby-console=; .*Max-Age=0/);
    expect((await officer('listOperators')).body).toMatchObject({ ok: false });
  });

  it('refuses a made-up or stale token', async () => {
    const forged = await fetch(`${host.url}api/listOperators`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: `lobby-console=${'A'.repeat(43)}` },
      body: '[]',
    });
    expect(await forged.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });
});

/**
 * `npm run bench:reception`: the kiosk as a visitor meets it, in Chromium through the browser
 * host. Prints, each as min/median/p95:
 * - cold start: `lobby serve` spawned → the home screen's sign-in button on screen and enabled,
 *   against the baseline of a bare page load (an empty page from a plain Node HTTP server, from
 *   navigation to its button on screen) measured in the same run;
 * - sign-in: the visitor's "agree and sign in" touch → the visit stored and the host's e-mail
 *   queued in the database (read by a second connection, as the outbox would).
 */
import fs from 'node:fs';
import http from 'node:http';
import type net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../db/open';
import { createServices } from '../main/app/services';
import { launchChromium, startHost, typeOnScreen } from '../test/e2e/harness';
import { formatMs, summarise } from './stats';
import { importRegisters } from '../test/support/registers';

const starts = Number(process.env.STARTS ?? 8);
const signIns = Number(process.env.SIGN_INS ?? 30);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lobby-bench-reception-'));
const dbFile = path.join(dir, 'lobby.sqlite');

{
  const db = openDatabase(dbFile);
  const s = createServices(db);
  await importRegisters(s, ['site', 'staff', 'tags']);
  db.prepare("UPDATE people SET email = 'joost@vn.example' WHERE employee_id = 'E1002'").run();
  // A mail server nobody listens on: the notice is queued, which is what is timed.
  s.settings.set('notify.email', {
    host: '127.0.0.1',
    port: 9,
    security: 'none',
    user: null,
    password: null,
    from: 'lobby@vn.example',
  });
  s.settings.set('notify.allowedHosts', ['127.0.0.1']);
  db.close();
}

const bare = http.createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html' });
  res.end('<!doctype html><title>bare</title><button data-testid="visitor-sign-in">x</button>');
});
await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
const bareUrl = `http://127.0.0.1:${(bare.address() as net.AddressInfo).port}/`;
const browser = await launchChromium();

try {
  const baseline: number[] = [];
  const cold: number[] = [];
  for (let i = 0; i < starts; i += 1) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const t0 = performance.now();
    await page.goto(bareUrl);
    await page.getByTestId('visitor-sign-in').waitFor();
    baseline.push(performance.now() - t0);
    await page.close();

    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const kiosk = await context.newPage();
    const s0 = performance.now();
    const host = await startHost(dbFile, ['--no-pcsc']);
    await kiosk.goto(host.url);
    await kiosk.getByTestId('visitor-sign-in').and(kiosk.locator(':enabled')).waitFor();
    cold.push(performance.now() - s0);
    await context.close();
    await host.stop();
  }

  const host = await startHost(dbFile, ['--no-pcsc']);
  const reader = openDatabase(dbFile);
  const stored = reader.prepare<[string], { n: number }>(
    `SELECT count(*) AS n FROM visits v JOIN notifications n ON n.visit_id = v.id
     WHERE v.visitor_name = ? AND v.checked_in_at IS NOT NULL`,
  );
  const signIn: number[] = [];
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(host.url);
    for (let i = 0; i < signIns; i += 1) {
      const name = `Bench ${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}x`;
      await page.getByTestId('visitor-sign-in').click();
      await typeOnScreen(page, name);
      await page.getByRole('button', { name: 'Ik sta er niet bij' }).click();
      await page.getByRole('button', { name: 'Volgende' }).click();
      await page.getByRole('button', { name: 'Geen (privé)' }).click();
      await typeOnScreen(page, 'Dijk');
      await page.getByRole('button', { name: /Joost van Dijkhuizen/ }).click();
      await page.getByRole('button', { name: 'Afspraak' }).click();
      const accept = page.getByRole('button', { name: 'Akkoord, meld mij aan' });
      await accept.waitFor();
      const t0 = performance.now();
      await accept.click({ noWaitAfter: true });
      while (stored.get(name)!.n === 0) {
        if (performance.now() - t0 > 10_000) throw new Error(`${name} was not stored`);
        await new Promise((resolve) => setImmediate(resolve));
      }
      signIn.push(performance.now() - t0);
      await page.getByRole('button', { name: 'Klaar' }).click();
    }
  } finally {
    reader.close();
    await host.stop();
  }

  console.log('Reception benchmark (browser host, Chromium 1280×800)');
  console.log(`  bare page load (baseline):          ${formatMs(summarise(baseline))}`);
  console.log(`  kiosk cold start → home screen:     ${formatMs(summarise(cold))}`);
  console.log(`  "sign in" touch → visit + notice:   ${formatMs(summarise(signIn))}`);
} finally {
  await browser.close();
  bare.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

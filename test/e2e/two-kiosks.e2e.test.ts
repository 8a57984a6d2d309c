/**
 * Two kiosks on one central store, in Chromium with the real PC/SC rig (each kiosk its own
 * reader) and a real PostgreSQL the test starts: a walk-in at kiosk A is on kiosk B's evacuation
 * list and its PDF within 2 s; a badge handed out at A and tapped back at B signs the visit out;
 * with PostgreSQL stopped both keep signing in, each list says which part is not current, and
 * once it is back both lists agree.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addKiosk, initCentral } from '../../db/central/admin';
import { centralPool, parseCentralUrl } from '../../db/central/connect';
import { encodeCredentials } from '../../main/central';
import type { Locale } from '../../main/contract';
import { translate } from '../../renderer/i18n/translate';
import { lift, VirtualTag } from '../nfc/virtual-tag';
import { startPostgres, type TestPostgres } from '../support/postgres';
import {
  downloadedPdfText,
  importRegistersWithCli,
  lobbyCli,
  projectRoot,
  resultsDir,
  shapesInLanguages,
  startHost,
  typeOnScreen,
  unlockIn,
  type RunningHost,
} from './harness';
import { useBrowser, usePcscRig } from './hooks';
import { checkScreen } from './screen-checks';

const pin = '975310';

/** A walk-in on the kiosk's own touchscreen, in Dutch. */
async function walkIn(page: Page, url: string, first: string, last: string) {
  await page.goto(url);
  await page.getByTestId('visitor-sign-in').click();
  await typeOnScreen(page, first);
  await page.getByRole('button', { name: 'Ik sta er niet bij' }).click();
  await typeOnScreen(page, ` ${last}`);
  await page.getByRole('button', { name: 'Volgende' }).click();
  await typeOnScreen(page, 'Drukkerij');
  await page.getByRole('button', { name: 'Volgende' }).click();
  await typeOnScreen(page, 'Dijk');
  await page.getByRole('button', { name: /Joost van Dijkhuizen/ }).click();
  await page.getByRole('button', { name: 'Afspraak' }).click();
  await page.getByRole('button', { name: 'Akkoord, meld mij aan' }).click();
  await page.getByTestId('visitor-done').getByText(`Welkom, ${first}`).waitFor();
  await page.getByRole('button', { name: 'Klaar' }).click();
}

async function presenceTab(page: Page, locale: Locale = 'nl') {
  await page.getByRole('tab', { name: translate(locale, 'presence.tab') }).click();
  return page.getByTestId('presence-view');
}

/** `lobby --db <file> central join`, the credentials given on stdin, never on the command line. */
async function join(dbFile: string, credentials: string) {
  const joining = promisify(execFile)(
    process.execPath,
    ['bin/lobby.js', '--db', dbFile, 'central', 'join', '--credentials', '-'],
    { cwd: projectRoot },
  );
  joining.child.stdin!.end(credentials);
  await joining;
}

describe('two kiosks on one central store', () => {
  const browser = useBrowser();
  const rig = usePcscRig();
  let server: TestPostgres;
  let dir: string;
  const credentials = new Map<string, string>();
  const hosts: RunningHost[] = [];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lobby-two-kiosks-'));
    server = await startPostgres();
    const admin = centralPool(parseCentralUrl(server.url));
    await initCentral(admin);
    const target = parseCentralUrl(server.url);
    for (const name of ['desk-a', 'desk-b', 'desk-c']) {
      const role = await addKiosk(admin, name);
      credentials.set(
        name,
        encodeCredentials({
          kiosk: name,
          host: target.host,
          port: target.port,
          database: 'postgres',
          ...role,
        }),
      );
    }
    await admin.end();
  }, 60_000);

  afterAll(async () => {
    for (const h of hosts) await h.stop();
    server?.remove();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('carries walk-ins, badges and the evacuation list between the kiosks, with and without the store', async () => {
    const files = { a: path.join(dir, 'a.sqlite'), b: path.join(dir, 'b.sqlite') };
    await importRegistersWithCli(files.a, ['site', 'staff', 'tags']);
    for (const [key, name] of [
      ['a', 'desk-a'],
      ['b', 'desk-b'],
    ] as const) {
      const lobby = lobbyCli(files[key]);
      await join(files[key], credentials.get(name)!);
      await lobby('admin', 'set-pin', '--pin', pin);
      await lobby('central', 'sync');
    }
    await lobbyCli(files.a)('central', 'sync');
    const a = await startHost(files.a, ['--reader', rig().readerNames[0]]);
    hosts.push(a);
    const b = await startHost(files.b, ['--reader', rig().readerNames[1]]);
    hosts.push(b);
    const visitorA = await browser().newPage({ viewport: { width: 800, height: 1280 } });
    const visitorB = await browser().newPage({ viewport: { width: 800, height: 1280 } });
    const deskA = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    const deskB = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    const badge = new VirtualTag({ uid: '041B1251F77A28', kind: 'ntag213' });
    try {
      await unlockIn(deskB, b.url, 'nl', pin);
      const listB = await presenceTab(deskB);

      // A walk-in at A is on B's list within 2 s, and on B's evacuation PDF.
      await walkIn(visitorA, a.url, 'Eva', 'Mol');
      const signedIn = Date.now();
      await listB.getByText('Eva Mol').waitFor({ timeout: 2_000 });
      expect(Date.now() - signedIn).toBeLessThan(2_000);
      await listB
        .getByText(/kiosk desk-a/)
        .first()
        .waitFor();
      const pdf = (page: Page) => downloadedPdfText(page, 'evacuation-pdf', dir);
      const listed = await pdf(deskB);
      expect(listed).toMatch(/Eva Mol/);
      expect(listed).toMatch(/desk-b \(deze kiosk\): actueel/);
      expect(listed).toMatch(/desk-a: bijgewerkt tot/);

      // The desk at A hands a pool badge out on A's reader; it comes back on B's reader.
      await unlockIn(deskA, a.url, 'nl', pin);
      await deskA.getByRole('tab', { name: 'Receptie' }).click();
      await deskA
        .getByTestId('visits-waiting')
        .getByRole('button', { name: /Eva Mol/ })
        .click();
      await deskA.getByRole('button', { name: 'Pas uitgeven' }).click();
      await deskA.getByTestId('tap-badge-now').waitFor();
      await badge.present(rig().port);
      await deskA
        .getByTestId('reception-tap')
        .getByText(/Pas BEZ-01 is voor Eva/)
        .waitFor();
      await lift(badge);
      await listB.getByText(/BEZ-01/).waitFor({ timeout: 2_000 });
      await visitorB.goto(b.url);
      await badge.present(rig().port + 1);
      await visitorB.getByTestId('tap-result').getByText('Tot ziens, Eva').waitFor();
      await lift(badge);
      await deskA
        .getByTestId('visits-left')
        .getByRole('button', { name: /Eva Mol/ })
        .waitFor({ timeout: 3_000 });

      // The store goes away: both kiosks keep signing in, and say what is not current.
      server.stop();
      await walkIn(visitorA, a.url, 'Pieter', 'Los');
      await walkIn(visitorB, b.url, 'Ilse', 'Apart');
      await listB.getByText('Ilse Apart').waitFor();
      await listB
        .getByTestId('kiosk-parts')
        .getByText(/desk-a: laatst bekend .*, mogelijk niet actueel/)
        .waitFor({ timeout: 15_000 });
      expect(await pdf(deskB)).toMatch(/Niet elk deel is actueel/);

      // Back: both lists agree.
      server.start();
      const listA = await presenceTab(deskA);
      for (const list of [listA, listB]) {
        for (const name of ['Pieter Los', 'Ilse Apart'])
          await list.getByText(name).waitFor({ timeout: 30_000 });
        await list
          .getByTestId('kiosk-parts')
          .getByText(/bijgewerkt tot/)
          .waitFor({ timeout: 30_000 });
      }
      const names = async (page: Page) =>
        (await page.getByTestId('present-visitors').locator('strong').allTextContents()).sort();
      expect(await names(deskA)).toEqual(await names(deskB));
    } catch (e) {
      await deskB
        .screenshot({ path: path.join(resultsDir, 'two-kiosks-desk-b.png') })
        .catch(() => undefined);
      throw new Error(`${(e as Error).message}\nA:\n${a.output()}\nB:\n${b.output()}`, {
        cause: e,
      });
    } finally {
      await badge.remove();
      for (const p of [visitorA, visitorB, deskA, deskB]) await p.close();
    }
  }, 180_000);

  it('lets the privacy officer join a kiosk on screen with the credentials IT gave', async () => {
    const file = path.join(dir, 'c.sqlite');
    await lobbyCli(file)('admin', 'set-pin', '--pin', pin);
    const c = await startHost(file, ['--no-pcsc']);
    hosts.push(c);
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await unlockIn(page, c.url, 'nl', pin);
      await page.getByRole('tab', { name: 'Site' }).click();
      const panel = page.getByTestId('central-store');
      await panel.getByText('Centrale opslag: deze kiosk werkt op zichzelf').click();
      await panel.getByText(/Deze kiosk werkt op zichzelf\. Met een centrale/).waitFor();
      await panel
        .getByLabel('Toegangsgegevens van deze kiosk (van de IT-afdeling)')
        .fill('onzin'.repeat(5));
      await panel.getByRole('button', { name: 'Aansluiten' }).click();
      await panel.getByText(/Dit zijn geen toegangsgegevens van een kiosk/).waitFor();
      await panel
        .getByLabel('Toegangsgegevens van deze kiosk (van de IT-afdeling)')
        .fill(credentials.get('desk-c')!);
      await panel.getByRole('button', { name: 'Aansluiten' }).click();
      await panel.getByTestId('central-kiosk').getByText('Deze kiosk: desk-c').waitFor();
      // The site and the staff list kiosk A brought (the first test) came with it.
      await page.getByRole('tab', { name: 'Medewerkers' }).click();
      await page
        .getByText(/Dijkhuizen/)
        .first()
        .waitFor({ timeout: 10_000 });
    } finally {
      await page.close();
    }
  }, 60_000);

  it.each(shapesInLanguages)(
    'shows the central store in the Site tab at %i×%i in %s',
    async (width, height, locale) => {
      const page = await browser().newPage({ viewport: { width, height } });
      try {
        await unlockIn(page, hosts[1]!.url, locale, pin);
        await page.getByRole('tab', { name: translate(locale, 'site.tab') }).click();
        const panel = page.getByTestId('central-store');
        await panel
          .getByText(translate(locale, 'central.summaryJoined', { name: 'desk-b' }))
          .waitFor();
        // One line unless something needs a look (then it opens by itself).
        if (!(await panel.evaluate((d) => (d as HTMLDetailsElement).open)))
          await panel.locator('summary').click();
        await page
          .getByTestId('central-kiosks')
          .getByText(/desk-a/)
          .waitFor();
        expect(await checkScreen(page, 'central store panel', locale)).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );

  it.each(shapesInLanguages)(
    'says each kiosk’s part on the evacuation list at %i×%i in %s',
    async (width, height, locale) => {
      const host = hosts[1]!;
      const page = await browser().newPage({ viewport: { width, height } });
      try {
        await unlockIn(page, host.url, locale, pin);
        const list = await presenceTab(page, locale);
        await list.getByTestId('kiosk-parts').waitFor();
        expect(await checkScreen(page, 'evacuation list with kiosk parts', locale)).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );
});

/**
 * Roles in Chromium with a real reader: a receptionist taps her own badge, enters her PIN, gets
 * the desk and not the office manager's screens (and the services refuse those calls too), and
 * the console falls back to the visitor's kiosk after the idle time.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { VirtualTag } from '../nfc/virtual-tag';
import { useTempDir } from '../support/temp';
import { startHost, importRegistersWithCli, lobbyCli } from './harness';
import { useBrowser, usePcscRig } from './hooks';

/** The fixture registers, the privacy officer's PIN, and Sanne (E1003) as receptionist. */
async function withReceptionistSanne(dbFile: string) {
  const lobby = lobbyCli(dbFile);
  await importRegistersWithCli(dbFile, ['site', 'staff', 'tags']);
  await lobby('admin', 'set-pin', '--pin', '918273');
  await lobby(
    'admin',
    'add-operator',
    '--name',
    'Sanne de Groot',
    '--role',
    'receptionist',
    '--employee-id',
    'E1003',
    '--pin',
    '554433',
  );
}

/** From the home screen to the PIN pad, which asks for the operator's own badge first. */
async function atBadgePad(page: Page, url: string) {
  await page.goto(url);
  await page.getByTestId('staff').click();
  await page
    .getByTestId('pin-badge')
    .getByText(/tik uw eigen pas/i)
    .waitFor();
}

describe('operators and roles', () => {
  const dir = useTempDir();
  const browser = useBrowser();
  const rig = usePcscRig();

  it('a receptionist logs in by badge and PIN, sees only the desk, and is logged out when idle', async () => {
    const dbFile = path.join(dir(), 'lobby.sqlite');
    await withReceptionistSanne(dbFile);
    const db = openDatabase(dbFile);
    db.prepare("INSERT INTO settings (key, value) VALUES ('console.idleSeconds', '30')").run();
    const uid = db
      .prepare<[], string>(
        `SELECT t.uid FROM tags t JOIN tag_custody c ON c.tag_id = t.id JOIN people p ON p.id = c.person_id
         WHERE p.employee_id = 'E1003' AND c.ended_at IS NULL`,
      )
      .pluck()
      .get()!;
    db.close();
    const host = await startHost(dbFile);
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    const badge = new VirtualTag({
      uid,
      kind: uid.length === 8 ? 'mifare-classic-1k' : 'ntag213',
    });
    try {
      await atBadgePad(page, host.url);
      await badge.present(rig().port);
      await page.getByTestId('pin-badge').getByText('Pas van Sanne: voer uw pincode in').waitFor();
      await badge.remove();
      for (const digit of '554433')
        await page.getByRole('button', { name: digit, exact: true }).click();
      await page.getByRole('button', { name: 'Ontgrendelen' }).click();
      await page.getByTestId('operator').getByText('Sanne de Groot (receptionist)').waitFor();
      const tabs = await page.getByRole('tab').allTextContents();
      expect(tabs).toEqual(['Receptie', 'Aanwezig / BHV']);
      // The screen does not offer it, and the services refuse it to whoever asks.
      const refused = await page.evaluate(`
        fetch(new URL('api/listPeople', location.href), {
          method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '[]',
        }).then((r) => r.json())
      `);
      expect(refused).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
      // Left alone: back to the visitor's kiosk, locked.
      await page.getByRole('heading', { name: 'Welkom', exact: true }).waitFor({ timeout: 45_000 });
      const session = await page.evaluate(`
        fetch(new URL('api/getConsoleSession', location.href), {
          method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '[]',
        }).then((r) => r.json())
      `);
      expect(session).toMatchObject({ ok: true, value: { unlocked: false, operator: null } });
    } finally {
      await badge.remove();
      await page.close();
      await host.stop();
    }
  });

  it('the privacy officer opens the console by PIN alone and checks the audit trail', async () => {
    const dbFile = path.join(dir(), 'lobby.sqlite');
    await lobbyCli(dbFile)('admin', 'set-pin', '--pin', '918273');
    const host = await startHost(dbFile, ['--no-pcsc']);
    const page = await browser().newPage({ viewport: { width: 800, height: 1280 } });
    try {
      await page.goto(host.url);
      await page.getByTestId('staff').click();
      for (const digit of '918273')
        await page.getByRole('button', { name: digit, exact: true }).click();
      await page.getByRole('button', { name: 'Ontgrendelen' }).click();
      await page.getByTestId('operator').getByText('Beheerder (privacyfunctionaris)').waitFor();
      await page.getByRole('tab', { name: 'Auditlog' }).click();
      const audit = page.getByTestId('audit');
      const rows = audit.locator('li.audit-row');
      await rows.getByText('ontgrendelde het medewerkersdeel').first().waitFor();
      // Who an entry is about, by name, not by a number.
      await rows.getByText('voegde een medewerker met toegang toe · Beheerder').waitFor();
      // The filter offers the actions in words.
      await audit
        .getByLabel('Handeling')
        .selectOption({ label: 'voegde een medewerker met toegang toe' });
      await audit.getByRole('button', { name: 'Zoeken' }).click();
      await expect.poll(() => rows.getByText('ontgrendelde het medewerkersdeel').count()).toBe(0);
      await rows.getByText('voegde een medewerker met toegang toe · Beheerder').waitFor();
      await page.getByRole('button', { name: 'Keten controleren' }).click();
      await page
        .getByTestId('audit-verdict')
        .getByText(/De auditlog is ongeschonden/)
        .waitFor();
      expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(
        true,
      );

      // The record of processing, downloaded and read back.
      await page.getByRole('tab', { name: 'Privacy' }).click();
      await page.getByTestId('privacy').getByText('Bewaartermijnen').waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Als PDF', exact: true }).click(),
      ]);
      const pdf = path.join(dir(), download.suggestedFilename());
      await download.saveAs(pdf);
      expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })).toContain(
        'Bewaartermijnen',
      );
    } finally {
      await page.close();
      await host.stop();
    }
  });

  it('names the operator at the PIN pad from a keyboard-wedge reader too', async () => {
    const dbFile = path.join(dir(), 'wedge.sqlite');
    await withReceptionistSanne(dbFile);
    const host = await startHost(dbFile, ['--no-pcsc']);
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await atBadgePad(page, host.url);
      // Sanne's badge as a wedge types it (the reversed 4-byte decimal) and Enter, in one burst.
      await page.evaluate((typed: string) => {
        const page = globalThis as unknown as {
          document: { body: { dispatchEvent(event: unknown): void } };
          KeyboardEvent: new (type: string, init: { key: string; bubbles: boolean }) => unknown;
        };
        for (const key of [...typed, 'Enter'])
          page.document.body.dispatchEvent(
            new page.KeyboardEvent('keydown', { key, bubbles: true }),
          );
      }, '0439067140');
      await page.getByTestId('pin-badge').getByText('Pas van Sanne: voer uw pincode in').waitFor();
    } finally {
      await page.close();
      await host.stop();
    }
  });
});

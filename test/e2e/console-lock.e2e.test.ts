/**
 * The console locks in the services; whichever screen is open when that happens, the next call it
 * makes is refused and the whole console goes back to the PIN pad (not an error on that screen).
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../support/fixtures';
import { useTempDir } from '../support/temp';
import { useBrowser } from './hooks';
import { lobbyCli, startHost, unlockConsole } from './harness';

/** Locks the console behind the screen's back, as the idle timer or another tab would. */
async function lockFromElsewhere(page: Page, hostUrl: string): Promise<boolean> {
  const response = await page.request.post(new URL('api/lockConsole', hostUrl).href, {
    headers: { 'Content-Type': 'application/json' },
    data: '[]',
  });
  return ((await response.json()) as { ok: boolean }).ok;
}

describe('console lock', () => {
  const dir = useTempDir();
  const browser = useBrowser();

  /** A kiosk with the PIN 246813 set, open in a page of that size. */
  async function kioskWithPin(file: string, width: number, height: number) {
    const dbFile = path.join(dir(), file);
    await lobbyCli(dbFile)('admin', 'set-pin', '--pin', '246813');
    const host = await startHost(dbFile, ['--no-pcsc']);
    const page = await browser().newPage({ viewport: { width, height } });
    return { host, page };
  }

  it.each([
    ['Importeren', 'import-file', 'staff.csv'],
    ['Gebouw', 'building-file', 'building/paxton_net2/cardholders.csv'],
  ])('sends the %s screen back to the PIN pad on its next call', async (tab, input, file) => {
    const { host, page } = await kioskWithPin(`${input}.sqlite`, 1280, 800);
    try {
      await page.goto(host.url);
      await unlockConsole(page, '246813');
      await page.getByRole('tab', { name: tab }).click();
      if (tab === 'Importeren') await page.getByRole('button', { name: 'Personeelslijst' }).click();
      expect(await lockFromElsewhere(page, host.url)).toBe(true);

      await page.getByTestId(input).setInputFiles(fixturePath(file));
      await page.getByRole('heading', { name: 'Medewerkersdeel vergrendeld' }).waitFor();
      expect(await page.getByRole('tab', { name: tab }).count()).toBe(0);
    } finally {
      await page.close();
      await host.stop();
    }
  });

  it('locks the console when the page is reloaded', async () => {
    const { host, page } = await kioskWithPin('reload.sqlite', 800, 1280);
    try {
      await page.goto(host.url);
      await unlockConsole(page, '246813');
      await page.reload();
      await page.getByTestId('staff').click();
      await page.getByRole('heading', { name: 'Medewerkersdeel vergrendeld' }).waitFor();
      expect(await page.getByRole('tab').count()).toBe(0);
    } finally {
      await page.close();
      await host.stop();
    }
  });

  it('after five wrong PINs says the pad is blocked, counts down and takes no PIN', async () => {
    const { host, page } = await kioskWithPin('blocked.sqlite', 1280, 800);
    const enter = async (pin: string) => {
      for (const digit of pin) await page.getByRole('button', { name: digit, exact: true }).click();
      await page.getByRole('button', { name: 'Ontgrendelen' }).click();
    };
    try {
      await page.goto(host.url);
      await page.getByTestId('staff').click();
      for (let i = 0; i < 5; i += 1) {
        await enter('111111');
        // The pad is empty again once the service has answered.
        await expect.poll(() => page.getByTestId('pin-dots').textContent()).toBe('\u00a0');
        await page
          .getByText('Die pincode klopt niet. Probeer het opnieuw.')
          .or(page.getByTestId('pin-blocked'))
          .waitFor();
      }
      const blocked = page.getByTestId('pin-blocked');
      await blocked
        .getByText(/^Te veel foute pincodes\. Probeer het over (60|59) seconden opnieuw\.$/)
        .waitFor();
      await blocked.getByText(/over (5[0-8]) seconden/).waitFor({ timeout: 5_000 });
      expect(await page.getByRole('button', { name: 'Ontgrendelen' }).isDisabled()).toBe(true);
      expect(await page.getByRole('tab').count()).toBe(0);
    } finally {
      await page.close();
      await host.stop();
    }
  });

  it('quits the kiosk only from the console, after a confirmation', async () => {
    const { host, page } = await kioskWithPin('quit.sqlite', 800, 1280);
    try {
      const anonymous = await page.request.post(new URL('api/quitKiosk', host.url).href, {
        headers: { 'Content-Type': 'application/json' },
        data: '[]',
      });
      expect(await anonymous.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
      await page.goto(host.url);
      await unlockConsole(page, '246813');
      await page.getByRole('button', { name: 'Kiosk afsluiten' }).click();
      await page.getByRole('button', { name: 'Annuleren' }).click();
      expect(host.process.exitCode).toBeNull();
      await page.getByRole('button', { name: 'Kiosk afsluiten' }).click();
      const exited = new Promise<number | null>((resolve) => host.process.once('exit', resolve));
      await page.getByRole('button', { name: 'Ja, afsluiten' }).click();
      expect(await exited).toBe(0);
    } finally {
      await page.close();
      await host.stop();
    }
  });
});

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
import type { Locale } from '../../main/contract';
import { translate, type MessageKey } from '../../renderer/i18n/translate';
import { lobbyCli, startHost, unlockConsole } from './harness';
import { checkScreen } from './screen-checks';

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

  /** Both screen shapes, in both languages: the lock is the same whatever the kiosk shows. */
  const shapes = (
    [
      [1280, 800],
      [800, 1280],
    ] as const
  ).flatMap(([w, h]) => (['nl', 'en'] as const).map((locale) => [w, h, locale] as const));

  /**
   * The home screen in `locale`, then the staff button: the PIN pad, with the screen's words
   * and a way to type a PIN on it.
   */
  async function atPinPad(page: Page, url: string, locale: Locale) {
    const t = (key: MessageKey, params?: Record<string, string | number>) =>
      translate(locale, key, params);
    await page.goto(url);
    if (locale === 'en') await page.getByRole('button', { name: 'English' }).click();
    await page.getByTestId('staff').click();
    const enter = async (pin: string) => {
      for (const digit of pin) await page.getByRole('button', { name: digit, exact: true }).click();
      await page.getByRole('button', { name: t('staff.unlock') }).click();
    };
    return { t, enter };
  }

  it.each(shapes)(
    'locks the console when the page is reloaded (%i×%i, %s)',
    async (w, h, locale) => {
      const { host, page } = await kioskWithPin(`reload-${w}-${locale}.sqlite`, w, h);
      try {
        const { t, enter } = await atPinPad(page, host.url, locale);
        await enter('246813');
        await page.getByRole('tab', { name: t('staff.tabTags') }).waitFor();
        await page.reload();
        await page.getByTestId('staff').click();
        // A reload starts over, in the kiosk's default language (Dutch), with the console locked.
        await page.getByRole('heading', { name: translate('nl', 'staff.locked') }).waitFor();
        expect(await page.getByRole('tab').count()).toBe(0);
      } finally {
        await page.close();
        await host.stop();
      }
    },
  );

  it.each(shapes)(
    'after five wrong PINs says the pad is blocked, counts down and takes no PIN (%i×%i, %s)',
    async (w, h, locale) => {
      const { host, page } = await kioskWithPin(`blocked-${w}-${locale}.sqlite`, w, h);
      try {
        const { t, enter } = await atPinPad(page, host.url, locale);
        for (let i = 0; i < 5; i += 1) {
          await enter('111111');
          // The pad is empty again once the service has answered.
          await expect.poll(() => page.getByTestId('pin-dots').textContent()).toBe('\u00a0');
          await page.getByText(t('staff.wrongPin')).or(page.getByTestId('pin-blocked')).waitFor();
        }
        const blocked = page.getByTestId('pin-blocked');
        const seconds = (n: string) => t('operator.blocked', { seconds: n }).replace('.', '\\.');
        // The anonymous pad is slowed (ten seconds at first), not locked for the operators.
        await blocked.getByText(new RegExp(`^${seconds('(10|9)')}$`)).waitFor();
        await blocked.getByText(new RegExp(`^${seconds('[5-8]')}$`)).waitFor({ timeout: 5_000 });
        expect(await page.getByRole('button', { name: t('staff.unlock') }).isDisabled()).toBe(true);
        expect(await page.getByRole('tab').count()).toBe(0);
        // The message, the pad and the way back all fit on the screen.
        expect(await checkScreen(page, 'PIN pad, blocked', locale)).toEqual([]);
        const back = await page.getByRole('button', { name: t('common.back') }).boundingBox();
        expect(back!.y + back!.height).toBeLessThanOrEqual(h);
      } finally {
        await page.close();
        await host.stop();
      }
    },
  );

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

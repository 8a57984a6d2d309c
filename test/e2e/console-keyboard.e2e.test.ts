/**
 * The receptionist registers a walk-in on the touchscreen without a physical keyboard: each
 * field touched with a finger brings the on-screen keyboard under the screen. In both languages
 * and at both sizes.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { translate, type MessageKey } from '../../renderer/i18n/translate';
import { useTempDir } from '../support/temp';
import {
  importRegistersWithCli,
  lobbyCli,
  startHost,
  typeOnScreen,
  shapesInLanguages,
} from './harness';
import { useBrowser } from './hooks';

describe('the console’s on-screen keyboard', () => {
  const dir = useTempDir();
  const browser = useBrowser();

  it.each(shapesInLanguages)('types a walk-in at the desk at %i×%i in %s', async (w, h, locale) => {
    const t = (key: MessageKey) => translate(locale, key);
    const dbFile = path.join(dir(), `osk-${w}-${locale}.sqlite`);
    await importRegistersWithCli(dbFile, ['site', 'staff']);
    await lobbyCli(dbFile)('admin', 'set-pin', '--pin', '918273');
    const host = await startHost(dbFile, ['--no-pcsc']);
    const page = await browser().newPage({ viewport: { width: w, height: h }, hasTouch: true });
    try {
      await page.goto(host.url);
      if (locale === 'en') await page.getByRole('button', { name: 'English' }).click();
      await page.getByTestId('staff').tap();
      for (const digit of '918273')
        await page.getByRole('button', { name: digit, exact: true }).tap();
      await page.getByRole('button', { name: t('staff.unlock') }).tap();
      await page.getByRole('tab', { name: t('reception.tab') }).tap();
      await page.getByRole('button', { name: t('reception.register') }).tap();
      const keyboard = page.getByTestId('keyboard');

      await page.getByLabel(t('reception.name')).tap();
      await typeOnScreen(page, 'Eva Mol');
      await page.getByLabel(t('reception.company')).tap();
      await typeOnScreen(page, 'Drukkerij');
      await page.getByLabel(t('reception.hostSearch')).tap();
      await typeOnScreen(page, 'dijk');
      expect(await page.getByLabel(t('reception.name')).inputValue()).toBe('Eva Mol');
      await keyboard.waitFor();
      await page.getByRole('button', { name: t('keyboard.hide') }).tap();
      await keyboard.waitFor({ state: 'detached' });
      await page.getByRole('button', { name: /Joost van Dijkhuizen/ }).tap();
      await page.getByRole('button', { name: t('reception.signInNow') }).tap();
      await page
        .getByTestId('visits-waiting')
        .getByRole('button', { name: /Eva Mol/ })
        .waitFor();
      expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(
        true,
      );
    } finally {
      await page.close();
      await host.stop();
    }
  });
});

/**
 * The visitor's own screens in Chromium, in English at 1280×800 and in Dutch at 800×1280: an
 * expected visitor signs in in three touches, the same visitor twice is told so, a screen left
 * alone returns home in the kiosk's language, and the desk closes the day with a confirmation.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DateTime } from 'luxon';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { translate, type MessageKey } from '../../renderer/i18n/translate';
import { useTempDir } from '../support/temp';
import {
  startHost,
  unlockConsole,
  typeOnScreen,
  importRegistersWithCli,
  lobbyCli,
  shapesInLanguages,
} from './harness';
import { useBrowser } from './hooks';

/** Counts the touches a visitor makes on buttons (typing on the keyboard is not a touch here). */
async function countTouches(page: Page) {
  await page.evaluate(`
    window.touches = 0;
    document.addEventListener('click', (e) => {
      const button = e.target.closest('button');
      if (button && !button.closest('[data-testid="keyboard"]')) window.touches += 1;
    }, true);
  `);
  return () => page.evaluate('window.touches') as Promise<number>;
}

const noSidewaysScroll = (page: Page) =>
  page.evaluate('document.documentElement.scrollWidth <= window.innerWidth') as Promise<boolean>;

describe('the visitor at the kiosk', () => {
  const dir = useTempDir();
  const browser = useBrowser();

  async function kiosk(idleSeconds: number) {
    const dbFile = path.join(dir(), 'lobby.sqlite');
    const lobby = lobbyCli(dbFile);
    await importRegistersWithCli(dbFile, ['site', 'staff']);
    await lobby('admin', 'set-pin', '--pin', '864200');
    const db = openDatabase(dbFile);
    db.prepare("INSERT INTO settings (key, value) VALUES ('reception', ?)").run(
      JSON.stringify({ idleSeconds }),
    );
    db.close();
    // Today on the site's clock, which is the kiosk's "today" whatever this machine's zone.
    const today = DateTime.now().setZone('Europe/Amsterdam').toISODate()!;
    const csv = path.join(dir(), 'expected.csv');
    fs.writeFileSync(csv, `date;name;company;host;time\n${today};Grace Hopper;Navy;E1001;10:00\n`);
    await lobby('expected', 'import', csv);
    return startHost(dbFile, ['--no-pcsc']);
  }

  it('signs an expected visitor in, in English, in three touches, and once only', async () => {
    const host = await kiosk(60);
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await page.goto(host.url);
      await page.getByRole('button', { name: 'English' }).click();
      const touches = await countTouches(page);
      await page.getByTestId('visitor-sign-in').click();
      await page.getByRole('heading', { name: /Are you expected\?/ }).waitFor();
      expect(await noSidewaysScroll(page)).toBe(true);
      await typeOnScreen(page, 'Gra');
      await page
        .getByTestId('expected-matches')
        .getByRole('button', { name: /Grace Hopper/ })
        .click();
      await page
        .getByTestId('privacy-notice')
        .getByText(/erased after 28 days/)
        .waitFor();
      await page.getByRole('button', { name: 'Agree and sign in' }).click();
      await page.getByTestId('visitor-done').getByText('Welcome, Grace').waitFor();
      // No mail server is set up: nobody tells Marleen by itself, so the visitor is told to go
      // to the desk rather than that the desk will tell her.
      await page
        .getByText('Marleen gets no message by itself. Please make yourself known at reception.')
        .waitFor();
      expect(await touches()).toBe(3);
      await page.getByRole('button', { name: 'Done' }).click();

      // Back home in the kiosk's own language; again, in English: she is no longer on the
      // expected list, and as a walk-in she is already here.
      await page.getByRole('heading', { name: 'Welkom', exact: true }).waitFor();
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByTestId('visitor-sign-in').click();
      await typeOnScreen(page, 'Gra');
      await page.getByText('Not found. Not on the list? Tap below.').waitFor();
      expect(await page.getByTestId('expected-matches').getByRole('button').count()).toBe(0);
      await typeOnScreen(page, 'ce Hopper');
      await page.getByRole('button', { name: 'I am not on the list' }).click();
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('button', { name: 'None (private visit)' }).click();
      await typeOnScreen(page, 'Marl');
      await page.getByRole('button', { name: /Marleen Veldkamp-Smit/ }).click();
      await page.getByRole('button', { name: 'Appointment' }).click();
      await page.getByRole('button', { name: 'Agree and sign in' }).click();
      await page.getByText('You have already signed in today.', { exact: false }).waitFor();
    } finally {
      await page.close();
      await host.stop();
    }
  });

  it('goes home in Dutch when left alone, and the desk closes the day after a confirmation', async () => {
    const host = await kiosk(15);
    const page = await browser().newPage({ viewport: { width: 800, height: 1280 } });
    try {
      await page.goto(host.url);
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByTestId('visitor-sign-in').click();
      await page.getByRole('button', { name: 'I am not on the list' }).click();
      await typeOnScreen(page, 'Ada');
      expect(await noSidewaysScroll(page)).toBe(true);
      // Before starting over the screen asks; a touch keeps what was typed.
      const stillThere = page.getByTestId('still-there');
      await stillThere
        .getByText(/The screen starts over in \d+ seconds?\./)
        .waitFor({ timeout: 15_000 });
      await stillThere.getByRole('button', { name: 'I am still here' }).click();
      await stillThere.waitFor({ state: 'detached' });
      expect(await page.locator('.kiosk-input').inputValue()).toBe('Ada');
      // Nobody touches the screen: back home, in the kiosk's own language.
      await page.getByRole('heading', { name: 'Welkom', exact: true }).waitFor({ timeout: 25_000 });

      await unlockConsole(page, '864200');
      await page.getByRole('tab', { name: 'Receptie' }).click();
      await page
        .getByTestId('visits-expected')
        .getByRole('button', { name: /Grace Hopper/ })
        .waitFor();
      expect(await noSidewaysScroll(page)).toBe(true);
      await page.getByTestId('close-day').click();
      const dialog = page.getByRole('alertdialog');
      const confirm = dialog.getByRole('button', { name: 'Sluit 1 bezoek', exact: true });
      expect(await confirm.isDisabled()).toBe(true);
      await dialog.getByRole('textbox').fill('Niet gekomen');
      await confirm.click();
      await page
        .getByTestId('visits-closed')
        .getByRole('button', { name: /Grace Hopper/ })
        .waitFor();
    } finally {
      await page.close();
      await host.stop();
    }
  });

  it('does not let a double tap answer the next question: the host step waits for its own tap', async () => {
    const host = await kiosk(60);
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await page.goto(host.url);
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByTestId('visitor-sign-in').click();
      await typeOnScreen(page, 'Ada Lovelace');
      await page.getByRole('button', { name: 'I am not on the list' }).click();
      await page.getByRole('button', { name: 'Next' }).click();
      // At 1280×800 "None (private visit)" sits where the host step's "I do not know" comes:
      // tapped twice.
      const none = page.getByRole('button', { name: 'None (private visit)' });
      await none.click({ trial: true }); // the step has settled and takes touches
      const box = (await none.boundingBox())!;
      await page.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
      await page.getByRole('heading', { name: 'Who are you here to see?' }).waitFor();
      await page.waitForTimeout(800);
      // Still asking for the host: the second tap answered nothing.
      await page
        .getByRole('heading', { name: 'Who are you here to see?' })
        .waitFor({ timeout: 100 });
    } finally {
      await page.close();
      await host.stop();
    }
  });

  it.each(shapesInLanguages)(
    'capitalises each word of a name, and types Ł from the accents, at %i×%i in %s',
    async (w, h, locale) => {
      const host = await kiosk(60);
      const page = await browser().newPage({ viewport: { width: w, height: h } });
      const t = (key: MessageKey) => translate(locale, key);
      try {
        await page.goto(host.url);
        if (locale === 'en') await page.getByRole('button', { name: 'English' }).click();
        await page.getByTestId('visitor-sign-in').click();
        const keyboard = page.getByTestId('keyboard');
        const key = (name: string) => keyboard.getByRole('button', { name, exact: true });
        // Letters only, no ⇧: each word of the name starts with a capital.
        for (const ch of 'Halfway') await key(ch).click();
        await keyboard.getByRole('button', { name: t('keyboard.space') }).click();
        await key('H').click();
        for (const ch of 'enk') await key(ch).click();
        const typed = () => page.locator('.kiosk-input').inputValue();
        await expect.poll(typed).toBe('Halfway Henk');
        // ⇧ where a capital was coming gives a small letter ("de"); the accents hold Ł.
        await keyboard.getByRole('button', { name: t('keyboard.space') }).click();
        await keyboard.getByRole('button', { name: t('keyboard.shift') }).click();
        await key('d').click();
        await key('e').click();
        await keyboard.getByRole('button', { name: t('keyboard.space') }).click();
        await keyboard.getByRole('button', { name: t('keyboard.accents') }).click();
        await key('Ł').click();
        await expect.poll(typed).toBe('Halfway Henk de Ł');
        expect(await noSidewaysScroll(page)).toBe(true);
      } finally {
        await page.close();
        await host.stop();
      }
    },
  );
});

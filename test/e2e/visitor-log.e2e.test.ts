/**
 * A data-subject request starts from the visitor log: the privacy officer finds the visitor by
 * name across days, and erases them from their row; the confirmation names the person and the
 * day. In both languages and at both sizes.
 */
import path from 'node:path';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { translate, type MessageKey } from '../../renderer/i18n/translate';
import { useTempDir } from '../support/temp';
import {
  importRegistersWithCli,
  lobbyCli,
  startHost,
  shapesInLanguages,
  unlockIn,
} from './harness';
import { useBrowser } from './hooks';
import { checkScreen } from './screen-checks';

describe('the visitor log', () => {
  const dir = useTempDir();
  const browser = useBrowser();

  it.each(shapesInLanguages)(
    'finds a visitor by name and erases them by name at %i×%i in %s',
    async (w, h, locale) => {
      const t = (key: MessageKey, params?: Record<string, string>) =>
        translate(locale, key, params);
      const dbFile = path.join(dir(), `log-${w}-${locale}.sqlite`);
      await importRegistersWithCli(dbFile, ['site', 'staff']);
      await lobbyCli(dbFile)('admin', 'set-pin', '--pin', '918273');
      const day = (n: number) => DateTime.now().setZone('Europe/Amsterdam').minus({ days: n });
      const db = openDatabase(dbFile);
      const visit = db.prepare(
        `INSERT INTO visits (visitor_name, visitor_company, visit_date, checked_in_at, source, created_at,
         host_person_id)
       VALUES (?, ?, ?, ?, 'self', ?, (SELECT id FROM people WHERE employee_id = 'E1002'))`,
      );
      const now = new Date().toISOString();
      visit.run('Eva Mol', 'Drukkerij Eemkade', day(3).toISODate(), day(3).toUTC().toISO(), now);
      visit.run('Bram Smit', null, day(1).toISODate(), day(1).toUTC().toISO(), now);
      visit.run('Eva Mol', 'Drukkerij Eemkade', day(0).toISODate(), now, now);
      db.close();
      const host = await startHost(dbFile, ['--no-pcsc']);
      const page = await browser().newPage({ viewport: { width: w, height: h } });
      try {
        await unlockIn(page, host.url, locale, '918273');
        await page.getByRole('tab', { name: t('privacy.tab') }).click();
        const log = page.getByTestId('visitor-log');
        await log.getByLabel(t('privacy.logSearch')).fill('eva');
        await log.getByRole('button', { name: t('privacy.logFind') }).click();
        const rows = log.getByTestId('visitor-log-row');
        await expect.poll(() => rows.count()).toBe(2);
        expect(await rows.first().textContent()).toContain('Joost van Dijkhuizen');
        expect(await checkScreen(page, 'visitor log', locale)).toEqual([]);

        // Today's visit, the newest: erased by name, and she is signed out with it.
        await rows
          .first()
          .getByRole('button', { name: t('privacy.erase') })
          .click();
        const dialog = page.getByRole('alertdialog');
        await dialog
          .getByText(/Eva Mol/)
          .first()
          .waitFor();
        // The person and the day, never a visit number.
        expect(await dialog.textContent()).not.toMatch(/(bezoek|visit) \d+/);
        await dialog.getByRole('textbox').fill(t('privacy.eraseReason').slice(0, 6));
        await dialog
          .getByRole('button', { name: t('privacy.eraseConfirm', { name: 'Eva Mol' }) })
          .click();
        await log.getByText(t('privacy.erased', { name: 'Eva Mol' })).waitFor();
        await expect.poll(() => rows.count()).toBe(1);
      } finally {
        await page.close();
        await host.stop();
      }
    },
  );
});

/**
 * The desk's list says what the receptionist must know without opening a row: an expected
 * visitor who did not come (not "expected" all night), a visitor whose host was told nothing;
 * and a sign-out made by mistake can be undone. In both languages and at both sizes.
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

describe('the desk’s list', () => {
  const dir = useTempDir();
  const browser = useBrowser();

  it.each(shapesInLanguages)(
    'marks a no-show and a host not told, and undoes a sign-out, at %i×%i in %s',
    async (w, h, locale) => {
      const t = (key: MessageKey, params?: Record<string, string>) =>
        translate(locale, key, params);
      const dbFile = path.join(dir(), `late-${w}-${locale}.sqlite`);
      await importRegistersWithCli(dbFile, ['site', 'staff']);
      await lobbyCli(dbFile)('admin', 'set-pin', '--pin', '864200');
      const yesterday = DateTime.now().setZone('Europe/Amsterdam').minus({ days: 1 });
      const db = openDatabase(dbFile);
      db.prepare(
        `INSERT INTO visits (visitor_name, visit_date, expected_time, source, created_at, purpose)
       VALUES ('Grace Hopper', ?, '10:00', 'import', ?, 'meeting')`,
      ).run(yesterday.toISODate(), new Date().toISOString());
      // Signed in today for Marleen, who has no e-mail address: no notice could go.
      const today = DateTime.now().setZone('Europe/Amsterdam').toISODate();
      db.prepare(
        `INSERT INTO visits (visitor_name, visit_date, checked_in_at, source, created_at, purpose,
         host_person_id)
       VALUES ('Ada Lovelace', ?, ?, 'self', ?, 'meeting',
         (SELECT id FROM people WHERE employee_id = 'E1001'))`,
      ).run(today, new Date().toISOString(), new Date().toISOString());
      db.close();
      const host = await startHost(dbFile, ['--no-pcsc']);
      const page = await browser().newPage({ viewport: { width: w, height: h } });
      try {
        await unlockIn(page, host.url, locale, '864200');
        await page.getByTestId('reception').waitFor();
        const ada = page.getByTestId('visits-waiting').getByTestId('visit');
        await ada.getByText(t('reception.hostNotTold')).waitFor();
        // Signed out by mistake, and back in with one touch.
        await ada.getByRole('button', { name: /Ada Lovelace/ }).click();
        await ada.getByRole('button', { name: t('reception.signOut') }).click();
        const note = page.getByTestId('reception-tap');
        await note.getByText(t('reception.done.signedOut', { name: 'Ada Lovelace' })).waitFor();
        await note.getByRole('button', { name: t('reception.undo') }).click();
        await note.getByText(t('reception.done.undone', { name: 'Ada Lovelace' })).waitFor();
        await ada.waitFor();
        await page
          .getByLabel(t('reception.day'))
          .fill(yesterday.toFormat(`dd${t('date.separator')}MM${t('date.separator')}yyyy`));
        const grace = page.getByTestId('visits-expected').getByTestId('visit');
        await grace.getByText(t('reception.noShow')).waitFor();
        expect(await grace.getAttribute('data-lateness')).toBe('noShow');
        expect(await checkScreen(page, 'desk with a no-show', locale)).toEqual([]);
      } finally {
        await page.close();
        await host.stop();
      }
    },
  );
});

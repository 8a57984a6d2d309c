/**
 * The desk's list says when an expected visitor did not come, instead of "expected" all night:
 * yesterday's expected visitor who never signed in reads "did not come", in both languages and
 * at both sizes.
 */
import path from 'node:path';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { translate, type MessageKey } from '../../renderer/i18n/translate';
import { useTempDir } from '../support/temp';
import { importRegistersWithCli, lobbyCli, startHost } from './harness';
import { useBrowser } from './hooks';
import { checkScreen } from './screen-checks';

describe('the desk and visitors who did not come', () => {
  const dir = useTempDir();
  const browser = useBrowser();

  it.each([
    [1280, 800, 'nl'],
    [800, 1280, 'en'],
    [1280, 800, 'en'],
    [800, 1280, 'nl'],
  ] as const)('marks yesterday’s no-show at %i×%i in %s', async (w, h, locale) => {
    const t = (key: MessageKey, params?: Record<string, string>) => translate(locale, key, params);
    const dbFile = path.join(dir(), `late-${w}-${locale}.sqlite`);
    await importRegistersWithCli(dbFile, ['site', 'staff']);
    await lobbyCli(dbFile)('admin', 'set-pin', '--pin', '864200');
    const yesterday = DateTime.now().setZone('Europe/Amsterdam').minus({ days: 1 });
    const db = openDatabase(dbFile);
    db.prepare(
      `INSERT INTO visits (visitor_name, visit_date, expected_time, source, created_at, purpose)
       VALUES ('Grace Hopper', ?, '10:00', 'import', ?, 'meeting')`,
    ).run(yesterday.toISODate(), new Date().toISOString());
    db.close();
    const host = await startHost(dbFile, ['--no-pcsc']);
    const page = await browser().newPage({ viewport: { width: w, height: h } });
    try {
      await page.goto(host.url);
      if (locale === 'en') await page.getByRole('button', { name: 'English' }).click();
      await page.getByTestId('staff').click();
      for (const digit of '864200')
        await page.getByRole('button', { name: digit, exact: true }).click();
      await page.getByRole('button', { name: t('staff.unlock') }).click();
      await page.getByTestId('reception').waitFor();
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
  });
});

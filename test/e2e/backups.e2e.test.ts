/**
 * Backups on screen: the privacy officer sets the passphrase, the folder and the schedule, makes
 * a backup, and test-restores it into a scratch file; a wrong passphrase is said in words; the
 * kiosk's database is not touched. In both languages and at both sizes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { translate, type MessageKey } from '../../renderer/i18n/translate';
import { serverText } from '../../renderer/i18n/server-text';
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

describe('backups on screen', () => {
  const dir = useTempDir();
  const browser = useBrowser();

  it.each(shapesInLanguages)(
    'are set up, made and test-restored at %i×%i in %s',
    async (w, h, locale) => {
      const t = (key: MessageKey, params?: Record<string, string | number>) =>
        translate(locale, key, params);
      const dbFile = path.join(dir(), `backup-${w}-${locale}.sqlite`);
      const folder = path.join(dir(), `backups-${w}-${locale}`);
      await importRegistersWithCli(dbFile, ['site', 'staff']);
      await lobbyCli(dbFile)('admin', 'set-pin', '--pin', '918273');
      const host = await startHost(dbFile, ['--no-pcsc']);
      const page = await browser().newPage({ viewport: { width: w, height: h } });
      const passphrase = 'correct horse battery staple';
      try {
        await unlockIn(page, host.url, locale, '918273');
        await page.getByRole('tab', { name: t('privacy.tab') }).click();
        const panel = page.getByTestId('backups');
        await panel.getByText(t('backups.none')).waitFor();

        await panel.getByLabel(t('backups.passphrase'), { exact: true }).fill(passphrase);
        await panel.getByLabel(t('backups.again')).fill(passphrase);
        await panel.getByRole('button', { name: t('backups.setKey') }).click();
        await panel.getByText(t('backups.keySet')).waitFor();
        await panel.getByLabel(t('backups.folder')).fill(folder);
        await panel.getByRole('button', { name: t('backups.saveSchedule') }).click();
        await panel.getByText(t('backups.scheduleSaved')).waitFor();
        await panel.getByRole('button', { name: t('backups.runNow') }).click();
        await panel.getByTestId('backup-last').getByText(/1\b/).waitFor();
        expect(fs.readdirSync(folder).filter((f) => f.endsWith('.lbk'))).toHaveLength(1);
        const before = fs.statSync(dbFile).mtimeMs;

        const test = panel.getByTestId('restore-test');
        await test.getByLabel(t('backups.passphrase')).fill('not the passphrase');
        await test.getByRole('button', { name: t('backups.test') }).click();
        await test
          .getByText(serverText('The passphrase does not open this backup.', locale))
          .waitFor();
        await test.getByLabel(t('backups.passphrase')).fill(passphrase);
        await test.getByRole('button', { name: t('backups.test') }).click();
        await test.getByTestId('restore-ok').waitFor();
        expect(await test.getByLabel(t('backups.passphrase')).inputValue()).toBe('');
        expect(await test.getByTestId('restore-ok').textContent()).toMatch(
          locale === 'nl'
            ? /^Back-up 1 van .* opent en klopt/
            : /^Backup 1 of .* opens and verifies/,
        );
        // Nothing replaced: the kiosk's own database is as it was.
        expect(fs.statSync(dbFile).mtimeMs).toBe(before);
        expect(await checkScreen(page, 'backups', locale)).toEqual([]);
      } finally {
        await page.close();
        await host.stop();
      }
    },
  );
});

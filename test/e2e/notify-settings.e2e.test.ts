/**
 * The reception settings in Chromium: the office manager saves the reception's own settings and
 * only sees where notices with visitors' names go; the privacy officer changes that.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../support/temp';
import { importRegistersWithCli, lobbyCli, startHost, unlockConsole } from './harness';
import { useBrowser } from './hooks';

describe('reception and notice settings', () => {
  const dir = useTempDir();
  const browser = useBrowser();

  it('lets the office manager save the reception’s settings, and only the privacy officer where notices go', async () => {
    const dbFile = path.join(dir(), 'lobby.sqlite');
    const lobby = lobbyCli(dbFile);
    await importRegistersWithCli(dbFile, ['site', 'staff']);
    await lobby('admin', 'set-pin', '--pin', '918273');
    const manager = ['--name', 'Kees Schipper', '--role', 'officeManager', '--pin', '445566'];
    await lobby('admin', 'add-operator', ...manager);
    const host = await startHost(dbFile, ['--no-pcsc']);
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    const settings = async (pin: string) => {
      await page.goto(host.url);
      await unlockConsole(page, pin);
      await page.getByRole('tab', { name: 'Receptie' }).click();
      await page.getByRole('button', { name: 'Instellingen' }).click();
      return page.getByTestId('notify-settings');
    };
    try {
      const asManager = await settings('445566');
      await asManager.getByText('Alleen de privacyfunctionaris wijzigt').waitFor();
      expect(await asManager.getByRole('button').count()).toBe(0);
      expect(await asManager.getByRole('checkbox').first().isDisabled()).toBe(true);
      const reception = page.getByTestId('reception-settings');
      await reception.getByRole('button', { name: 'Opslaan' }).click();
      await reception.getByText('Opgeslagen.').waitFor();

      const asOfficer = await settings('918273');
      await asOfficer.getByText('Via een webhook (Teams, Slack)').click();
      await asOfficer.getByLabel('Webhook-adres').fill('https://hooks.example/lobby');
      await asOfficer.getByRole('button', { name: 'Meldingsinstellingen opslaan' }).click();
      await asOfficer.getByText('Opgeslagen.').waitFor();
      const saved = await page.evaluate(`
        fetch(new URL('api/getNotifyConfig', location.href), {
          method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '[]',
        }).then((r) => r.json())
      `);
      expect(saved).toMatchObject({
        ok: true,
        value: { webhook: { url: 'https://hooks.example/lobby' } },
      });
    } finally {
      await page.close();
      await host.stop();
    }
  });
});

/**
 * A badge tapped on a real PC/SC reader (pcscd + vpcd + our virtual tag) reaches the kiosk's home
 * screen in Chromium through the browser host, with the holder's name.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { VirtualTag } from '../nfc/virtual-tag';
import { seedBadges } from '../support/seed';
import { useTempDir } from '../support/temp';
import { startHost, type RunningHost } from './harness';
import { useBrowser, usePcscRig } from './hooks';

describe('badge taps on the home screen', () => {
  const dir = useTempDir();
  const browser = useBrowser();
  const rig = usePcscRig();

  async function openKiosk(serveArgs: string[] = []): Promise<{ host: RunningHost; page: Page }> {
    const file = path.join(dir(), 'lobby.sqlite');
    seedBadges(
      file,
      [
        {
          employeeId: 'E1003',
          firstName: 'Sanne',
          namePrefix: 'de',
          lastName: 'Groot',
          organisation: 'Veldkamp & Noorderlicht B.V.',
          tagUid: '04A22B1A',
        },
      ],
      [{ uid: '041B1251F77A28', label: 'BEZ-01' }],
    );
    const host = await startHost(file, serveArgs);
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(host.url);
    await page.getByText('Paslezer klaar').waitFor({ timeout: 10_000 });
    await page.getByTestId('tap-hint').getByText('Heeft u een pas?').waitFor();
    return { host, page };
  }

  it('shows the holder of an enrolled badge, and "unknown badge" for any other', async () => {
    const { host, page } = await openKiosk();
    const sanne = new VirtualTag({ uid: '04A22B1A', kind: 'mifare-classic-1k' });
    const stranger = new VirtualTag({ uid: '04D136F6CAA663', kind: 'ntag213' });
    try {
      await sanne.present(rig().port);
      await page.getByTestId('tap-result').getByText('Hallo Sanne', { exact: true }).waitFor();
      await sanne.remove();

      await stranger.present(rig().port + 1);
      await page.getByTestId('tap-result').getByText('Onbekende pas').waitFor();
      expect(await page.getByTestId('tap-result').getAttribute('data-uid')).toBe('04D136F6CAA663');
    } finally {
      await sanne.remove();
      await stranger.remove();
      await page.close();
      await host.stop();
    }
  });

  it('says the reader is offline while pcscd is gone and recovers when it returns', async () => {
    const { host, page } = await openKiosk();
    try {
      await rig().stopDaemon();
      await page.getByText('Paslezer offline').waitFor({ timeout: 10_000 });
      await rig().startDaemon();
      await page.getByText('Paslezer klaar').waitFor({ timeout: 10_000 });
      const tag = new VirtualTag({ uid: '04A22B1A', kind: 'mifare-classic-1k' });
      await tag.present(rig().port);
      await page.getByText('Hallo Sanne', { exact: true }).waitFor();
      await tag.remove();
    } finally {
      await page.close();
      await host.stop();
    }
  });

  it('takes taps from the development panel and from a keyboard-wedge reader', async () => {
    const { host, page } = await openKiosk(['--dev']);
    try {
      await page.getByTestId('dev-uid').fill('04:1b:12:51:f7:7a:28');
      await page.getByTestId('dev-tap').click();
      // A pool badge that is not out with a visitor: no greeting, but what to do with it.
      await page
        .getByTestId('tap-result')
        .getByText('Deze bezoekerspas is niet uitgegeven')
        .waitFor();

      await page.getByTestId('dev-uid').fill('not a uid');
      await page.getByTestId('dev-tap').click();
      await page.getByRole('alert').getByText('Geen geldige UID').waitFor();

      // A wedge types the reversed 4-byte decimal (the default) and Enter within milliseconds:
      // dispatched in one burst, as the hardware does, so a busy test machine cannot slow it down.
      await page.locator('h1').click();
      await page.evaluate((typed: string) => {
        const page = globalThis as unknown as {
          document: { body: { dispatchEvent(event: unknown): void } };
          KeyboardEvent: new (type: string, init: { key: string; bubbles: boolean }) => unknown;
        };
        for (const key of [...typed, 'Enter']) {
          page.document.body.dispatchEvent(
            new page.KeyboardEvent('keydown', { key, bubbles: true }),
          );
        }
      }, '0439067140');
      await page.getByTestId('tap-result').getByText('Hallo Sanne', { exact: true }).waitFor();
    } finally {
      await page.close();
      await host.stop();
    }
  });
});

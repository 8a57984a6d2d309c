import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../support/temp';
import { launchKiosk } from './harness';
import { useBrowser } from './hooks';

describe('npm start without an Electron binary', () => {
  const dir = useTempDir();
  const browser = useBrowser();

  it('says so in one line, runs the kiosk in the browser host, and stops it with itself', async () => {
    // Electron's own override points at an empty folder: no binary, as on a fresh offline install.
    const noElectron = fs.mkdtempSync(path.join(dir(), 'electron-'));
    const kiosk = await launchKiosk(
      ['bin/start.js', '--db', path.join(dir(), 'lobby.sqlite'), '--no-pcsc'],
      { ELECTRON_OVERRIDE_DIST_PATH: noElectron, DISPLAY: '', WAYLAND_DISPLAY: '' },
    );
    try {
      expect(kiosk.output().split('\n')[0]).toMatch(
        /^Electron's binary is not installed .*running the kiosk in the browser host instead\.$/,
      );
      const page = await browser().newPage();
      await page.goto(kiosk.url);
      await page.getByRole('heading', { name: 'Welkom', exact: true }).waitFor();
      // The kiosk as it will stand in the lobby: no development aids.
      expect(await page.getByTestId('dev-banner').count()).toBe(0);
      expect(await page.getByTestId('dev-uid').count()).toBe(0);
      await page.close();
    } finally {
      await kiosk.stop();
    }
    // SIGTERM went to the launcher; the host it started is gone too.
    await expect(fetch(kiosk.url)).rejects.toThrow();
  });
});

/**
 * The console locks in the services; whichever screen is open when that happens, the next call it
 * makes is refused and the whole console goes back to the PIN pad (not an error on that screen).
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../support/fixtures';
import { useTempDir } from '../support/temp';
import { useBrowser } from './hooks';
import { projectRoot, startHost, unlockConsole } from './harness';

const run = promisify(execFile);

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

  it.each([
    ['Importeren', 'import-file', 'staff.csv'],
    ['Gebouw', 'building-file', 'building/paxton_net2/cardholders.csv'],
  ])('sends the %s screen back to the PIN pad on its next call', async (tab, input, file) => {
    const dbFile = path.join(dir(), `${input}.sqlite`);
    await run(
      process.execPath,
      ['bin/lobby.js', '--db', dbFile, 'admin', 'set-pin', '--pin', '246813'],
      {
        cwd: projectRoot,
      },
    );
    const host = await startHost(dbFile, ['--no-pcsc']);
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
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

  it('locks the console when the page is reloaded', async () => {
    const dbFile = path.join(dir(), 'reload.sqlite');
    await run(
      process.execPath,
      ['bin/lobby.js', '--db', dbFile, 'admin', 'set-pin', '--pin', '246813'],
      {
        cwd: projectRoot,
      },
    );
    const host = await startHost(dbFile, ['--no-pcsc']);
    const page = await browser().newPage({ viewport: { width: 800, height: 1280 } });
    try {
      await page.goto(host.url);
      await unlockConsole(page, '246813');
      await page.reload();
      await page.getByTestId('staff').click();
      await page.getByRole('heading', { name: 'Medewerkersdeel vergrendeld' }).waitFor();
      expect(await page.getByRole('tab').count()).toBe(0);
    } finally {
      await page.close();
      await host.stop();
    }
  });

  it('quits the kiosk only from the console, after a confirmation', async () => {
    const dbFile = path.join(dir(), 'quit.sqlite');
    await run(
      process.execPath,
      ['bin/lobby.js', '--db', dbFile, 'admin', 'set-pin', '--pin', '246813'],
      {
        cwd: projectRoot,
      },
    );
    const host = await startHost(dbFile, ['--no-pcsc']);
    const page = await browser().newPage({ viewport: { width: 800, height: 1280 } });
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

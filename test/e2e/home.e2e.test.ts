import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../support/temp';
import { resultsDir, startHost, type RunningHost } from './harness';
import { useBrowser } from './hooks';

describe('kiosk home screen in Chromium over the browser host', () => {
  const dir = useTempDir();
  const browser = useBrowser();

  async function openHome(): Promise<{ host: RunningHost; page: Page }> {
    // No PC/SC: this test is about the screen, not about whatever readers the machine has.
    const host = await startHost(path.join(dir(), 'lobby.sqlite'), ['--no-pcsc']);
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    const problems: string[] = [];
    page.on('pageerror', (err) => problems.push(err.message));
    page.on('console', (msg) => msg.type() === 'error' && problems.push(msg.text()));
    await page.goto(host.url);
    await page.getByRole('heading', { name: 'Welkom', exact: true }).waitFor();
    expect(problems).toEqual([]);
    // The secret is printed nowhere: it is in a file only this user can read.
    const secret = new URL(host.url).pathname.split('/')[1]!;
    expect(host.output()).not.toContain(secret);
    expect(fs.statSync(path.join(dir(), 'lobby.sqlite.url')).mode & 0o777).toBe(0o600);
    return { host, page };
  }

  it('shows the home screen in Dutch, switches to English, and keeps touch targets large', async () => {
    const { host, page } = await openHome();
    try {
      expect(await page.getAttribute('html', 'lang')).toBe('nl');
      await page.getByText('Aanmelden als bezoeker').waitFor();
      await page.getByText('Geen paslezer aangesloten').waitFor();
      // No reader, so no invitation to tap a badge beside it.
      expect(await page.getByTestId('tap-hint').count()).toBe(0);
      expect(await page.locator('.clock-time').textContent()).toMatch(/^\d{2}:\d{2}$/);

      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { name: 'Welcome', exact: true }).waitFor();
      await page.getByText('Sign in as visitor').waitFor();
      await page.getByText('No badge reader connected').waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe(
        'true',
      );

      for (const button of await page.getByRole('button').all()) {
        const box = await button.boundingBox();
        expect(box, (await button.textContent()) ?? '').not.toBeNull();
        expect(box!.width).toBeGreaterThanOrEqual(48);
        expect(box!.height).toBeGreaterThanOrEqual(48);
      }

      fs.mkdirSync(resultsDir, { recursive: true });
      const shot = path.join(resultsDir, 'home-en.png');
      await page.screenshot({ path: shot });
      expect(fs.statSync(shot).size).toBeGreaterThan(10_000);

      await page.getByRole('button', { name: 'Nederlands' }).click();
      await page.getByRole('heading', { name: 'Welkom', exact: true }).waitFor();
    } finally {
      await page.close();
      await host.stop();
    }
  });

  it('goes from home to the visitor screen and back', async () => {
    const { host, page } = await openHome();
    try {
      await page.getByTestId('visitor-sign-in').click();
      await page.getByRole('heading', { name: /Wordt u verwacht\?/ }).waitFor();
      await page.getByRole('button', { name: 'Terug' }).click();
      await page.getByRole('heading', { name: 'Welkom', exact: true }).waitFor();
    } finally {
      await page.close();
      await host.stop();
    }
  });
});

describe('kiosk mode and development mode', () => {
  const dir = useTempDir();
  const browser = useBrowser();

  const simulateTap = async (url: string) => {
    const response = await fetch(new URL('api/simulateTap', url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '["04A22B1A"]',
    });
    return (await response.json()) as { ok: boolean; error?: { code: string } };
  };

  it.each([
    ['kiosk', [], false],
    ['development', ['--dev'], true],
  ] as const)('%s: development aids %s', async (_mode, args, development) => {
    const host = await startHost(path.join(dir(), `${_mode}.sqlite`), ['--no-pcsc', ...args]);
    const page = await browser().newPage({ viewport: { width: 800, height: 1280 } });
    try {
      await page.goto(host.url);
      await page.getByRole('heading', { name: 'Welkom', exact: true }).waitFor();
      expect(await page.getByTestId('dev-banner').count()).toBe(development ? 1 : 0);
      expect(await page.getByTestId('dev-uid').count()).toBe(development ? 1 : 0);
      const tap = await simulateTap(host.url);
      expect(tap.ok).toBe(development);
      if (!development) expect(tap.error?.code).toBe('unauthorized');
    } finally {
      await page.close();
      await host.stop();
    }
  });

  it('cancels the ways out of the page in the kiosk, and lifts that in development', async () => {
    /** What the page did with each way out: true where it was cancelled. */
    const tryWaysOut = (page: Page) =>
      page.evaluate(() => {
        const key = (init: KeyboardEventInit) =>
          !window.dispatchEvent(new KeyboardEvent('keydown', { ...init, cancelable: true }));
        const pointer = (type: string) =>
          !document.body.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true }));
        const drag = (type: string) =>
          !document.body.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true }));
        return {
          contextMenu: pointer('contextmenu'),
          dragOver: drag('dragover'),
          drop: drag('drop'),
          print: key({ key: 'p', ctrlKey: true }),
          open: key({ key: 'o', ctrlKey: true }),
          devTools: key({ key: 'F12' }),
          back: key({ key: 'ArrowLeft', altKey: true }),
          // An ordinary key, as a keyboard-wedge reader types it, goes through.
          digit: key({ key: '7' }),
        };
      });
    const everything = {
      contextMenu: true,
      dragOver: true,
      drop: true,
      print: true,
      open: true,
      devTools: true,
      back: true,
      digit: false,
    };
    const host = await startHost(path.join(dir(), 'kiosk.sqlite'), ['--no-pcsc']);
    const page = await browser().newPage();
    try {
      await page.goto(host.url);
      await page.getByRole('heading', { name: 'Welkom', exact: true }).waitFor();
      expect(await tryWaysOut(page)).toEqual(everything);
    } finally {
      await page.close();
      await host.stop();
    }
    const dev = await startHost(path.join(dir(), 'dev.sqlite'), ['--no-pcsc', '--dev']);
    const devPage = await browser().newPage();
    try {
      await devPage.goto(dev.url);
      await devPage.getByTestId('dev-banner').waitFor();
      expect(Object.values(await tryWaysOut(devPage)).every((cancelled) => !cancelled)).toBe(true);
    } finally {
      await devPage.close();
      await dev.stop();
    }
  });
});

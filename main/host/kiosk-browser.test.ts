import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/support/temp';
import { chromiumArgs, openKioskBrowser } from './kiosk-browser';

/** A stand-in browser: records its arguments, then either stays open or closes at once. */
function fakeBrowser(
  dir: string,
  stayOpen: boolean,
): { executable: string; starts: () => string[][] } {
  const log = path.join(dir, 'starts.jsonl');
  const executable = path.join(dir, 'fake-browser.js');
  fs.writeFileSync(
    executable,
    `#!${process.execPath}\n` +
      `require('fs').appendFileSync(${JSON.stringify(log)}, JSON.stringify(process.argv.slice(2)) + '\\n');\n` +
      (stayOpen ? 'setInterval(() => {}, 1000);\n' : ''),
    { mode: 0o755 },
  );
  const starts = () =>
    fs.existsSync(log)
      ? fs
          .readFileSync(log, 'utf8')
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l) as string[])
      : [];
  return { executable, starts };
}

describe('the kiosk browser', () => {
  const dir = useTempDir();

  it('runs Chromium full screen in a private profile with no prompts; development is a plain window', () => {
    const kiosk = chromiumArgs('http://127.0.0.1:1/s/', '/tmp/p', false);
    expect(kiosk).toEqual(
      expect.arrayContaining([
        '--kiosk',
        '--app=http://127.0.0.1:1/s/',
        '--user-data-dir=/tmp/p',
        '--incognito',
        '--no-first-run',
        '--disable-translate',
        '--password-store=basic',
      ]),
    );
    const dev = chromiumArgs('http://127.0.0.1:1/s/', '/tmp/p', true);
    expect(dev).not.toContain('--kiosk');
    expect(dev).toContain('--user-data-dir=/tmp/p');
  });

  it('opens the browser again when it is closed, and not after stop; the profile goes with it', async () => {
    const fake = fakeBrowser(dir(), false);
    const browser = openKioskBrowser({
      executable: fake.executable,
      url: () => 'http://127.0.0.1:1/boot/x',
      development: false,
      log: () => {},
      reopenMs: 50,
    });
    await expect.poll(() => fake.starts().length, { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
    const profile = (fake.starts()[0] ?? [])
      .find((a) => a.startsWith('--user-data-dir='))!
      .slice('--user-data-dir='.length);
    expect(fs.existsSync(profile)).toBe(true);
    await browser.stop();
    const count = fake.starts().length;
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(fake.starts().length).toBe(count);
    expect(fs.existsSync(profile)).toBe(false);
  });

  it('closes the browser it opened when the kiosk stops', async () => {
    const fake = fakeBrowser(dir(), true);
    const browser = openKioskBrowser({
      executable: fake.executable,
      url: () => 'http://127.0.0.1:1/boot/x',
      development: false,
      log: () => {},
    });
    await expect.poll(() => fake.starts().length, { timeout: 10_000 }).toBe(1);
    await browser.stop();
    expect(fake.starts()).toHaveLength(1);
  });

  it('keeps the one-time URL off the browser’s command line: a private start page holds it', async () => {
    const fake = fakeBrowser(dir(), true);
    const browser = openKioskBrowser({
      executable: fake.executable,
      url: () => 'http://127.0.0.1:1/boot/one-time-token',
      development: false,
      log: () => {},
    });
    try {
      await expect.poll(() => fake.starts().length, { timeout: 10_000 }).toBe(1);
      const args = fake.starts()[0]!;
      expect(args.join(' ')).not.toContain('one-time-token');
      const app = args.find((a) => a.startsWith('--app='))!.slice('--app='.length);
      const page = new URL(app);
      expect(page.protocol).toBe('file:');
      const profile = path.dirname(page.pathname);
      expect(fs.statSync(profile).mode & 0o777).toBe(0o700);
      expect(fs.statSync(page.pathname).mode & 0o777).toBe(0o600);
      expect(fs.readFileSync(page.pathname, 'utf8')).toContain('one-time-token');
      // The profile itself refuses developer tools and printing.
      const prefs = JSON.parse(
        fs.readFileSync(path.join(profile, 'Default', 'Preferences'), 'utf8'),
      ) as { devtools: { availability: number }; printing: { enabled: boolean } };
      expect(prefs).toMatchObject({ devtools: { availability: 2 }, printing: { enabled: false } });
    } finally {
      await browser.stop();
    }
  });
});

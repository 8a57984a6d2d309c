/**
 * The browser a `lobby serve --open` kiosk shows itself in. In kiosk mode Chromium runs full
 * screen (`--kiosk`) in a fresh private profile with no first-run, translate, password or crash
 * prompts, and comes back when someone closes it; the profile is removed when the kiosk stops.
 * In development it is an ordinary app window.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Chromium's switches for the kiosk (or, with `development`, for a plain app window). `start`
 * is the private start page (`startPage`): a command line is readable by every local process.
 */
export function chromiumArgs(start: string, profileDir: string, development: boolean): string[] {
  const common = [
    `--app=${start}`,
    `--user-data-dir=${profileDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-sync',
    '--password-store=basic',
  ];
  if (development) return common;
  return [
    '--kiosk',
    ...common,
    '--incognito',
    '--disable-translate',
    '--disable-features=Translate,PasswordManagerOnboarding,AutofillServerCommunication,MediaRouter',
    '--disable-session-crashed-bubble',
    '--disable-infobars',
    '--noerrdialogs',
    '--disable-pinch',
    '--overscroll-history-navigation=0',
    '--autoplay-policy=no-user-gesture-required',
  ];
}

/**
 * The first page the browser opens, written into its private profile (0700) as a 0600 file: it
 * goes on to the one-time URL, which so never appears on a command line.
 */
export function startPage(profileDir: string, url: string): string {
  const file = path.join(profileDir, 'start.html');
  const target = JSON.stringify(url).replace(/</g, '\\u003c');
  fs.rmSync(file, { force: true });
  fs.writeFileSync(
    file,
    `<!doctype html><meta charset="utf-8"><meta name="referrer" content="no-referrer"><script>location.replace(${target})</script>`,
    { mode: 0o600, flag: 'wx' },
  );
  return pathToFileURL(file).href;
}

/**
 * The profile's own settings, where Chromium reads them first: no developer tools, no printing,
 * no downloads. (Machine-wide policies say the same and more: docs/KIOSK.md.)
 */
export function lockProfile(profileDir: string): void {
  const dir = path.join(profileDir, 'Default');
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const preferences = {
    devtools: { availability: 2 },
    printing: { enabled: false },
    download: { prompt_for_download: false, default_directory: path.join(profileDir, 'none') },
    download_restrictions: 3,
    browser: { show_home_button: false },
  };
  fs.writeFileSync(path.join(dir, 'Preferences'), JSON.stringify(preferences), { mode: 0o600 });
}

export interface KioskBrowser {
  stop(): Promise<void>;
}

export interface KioskBrowserOptions {
  executable: string;
  /** A fresh URL for each start (a one-time URL: the command line is public). */
  url: () => string;
  development: boolean;
  log: (message: string) => void;
  /** Wait before opening it again after it closed; grows while it keeps closing at once. */
  reopenMs?: number;
}

/** Opens the browser, and in kiosk mode opens it again whenever it closes, until `stop`. */
export function openKioskBrowser(opts: KioskBrowserOptions): KioskBrowser {
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lobby-browser-'));
  const firstWait = opts.reopenMs ?? 1000;
  let wait = firstWait;
  let child: ChildProcess | null = null;
  let timer: NodeJS.Timeout | null = null;
  let stopping = false;

  if (!opts.development) lockProfile(profileDir);
  const launch = () => {
    const started = Date.now();
    const start = startPage(profileDir, opts.url());
    child = spawn(opts.executable, chromiumArgs(start, profileDir, opts.development), {
      stdio: 'ignore',
    });
    child.on('error', () => opts.log('the browser could not be started'));
    child.on('exit', () => {
      child = null;
      if (stopping || opts.development) return;
      // Closed by someone at the screen, or crashed: the lobby must not be left with a desktop.
      wait = Date.now() - started > 10_000 ? firstWait : Math.min(wait * 2, 30_000);
      opts.log('the browser closed; opening it again');
      timer = setTimeout(launch, wait);
    });
  };
  launch();

  return {
    async stop() {
      stopping = true;
      if (timer) clearTimeout(timer);
      const running = child;
      if (running && running.exitCode === null) {
        await new Promise<void>((resolve) => {
          running.once('exit', () => resolve());
          running.kill('SIGTERM');
        });
      }
      fs.rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

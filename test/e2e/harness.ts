import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Locale } from '../../main/contract';
import { translate } from '../../renderer/i18n/translate';
import { fixturePath } from '../support/fixtures';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
export const resultsDir = path.join(projectRoot, 'test-results');
fs.mkdirSync(resultsDir, { recursive: true });

export interface RunningHost {
  url: string;
  process: ChildProcess;
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts `lobby serve` exactly as a user would, as a child process on its own database, and waits
 * for the URL it prints.
 */
export function startHost(
  dbFile: string,
  serveArgs: string[] = [],
  env: NodeJS.ProcessEnv = {},
): Promise<RunningHost> {
  return launchKiosk(['bin/lobby.js', '--db', dbFile, 'serve', ...serveArgs], env);
}

/** Runs a script of bin/ that starts the kiosk's browser host, and waits for the URL it prints. */
export async function launchKiosk(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<RunningHost> {
  if (!fs.existsSync(path.join(projectRoot, 'dist', 'renderer', 'index.html'))) {
    throw new Error('The renderer is not built: run "npm run build:web" (npm test does it first).');
  }
  const child = spawn(process.execPath, args, {
    cwd: projectRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => (output += s));
  child.stderr.setEncoding('utf8').on('data', (s: string) => (output += s));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${args.join(' ')} printed no URL:\n${output}`)),
      20_000,
    );
    child.stdout.on('data', () => {
      // The secret URL is never printed: the host says which private file holds it.
      const match = /its address \(with its secret\) is in (\S+), readable/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(fs.readFileSync(path.resolve(projectRoot, match[1]), 'utf8').trim());
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${args.join(' ')} exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    process: child,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Debian's Chromium, headless, with no background traffic (the machine has no network). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** From the home screen into the staff area, through the PIN pad. */
export async function unlockConsole(page: Page, pin: string): Promise<void> {
  await page.getByTestId('staff').click();
  for (const digit of pin) await page.getByRole('button', { name: digit, exact: true }).click();
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
  await page.getByRole('tab', { name: 'Passen' }).waitFor();
}

/** Both screen shapes, each in both languages, for `it.each`: width, height, language. */
export const shapesInLanguages = [
  [1280, 800, 'nl'],
  [800, 1280, 'en'],
  [1280, 800, 'en'],
  [800, 1280, 'nl'],
] as const;

/** The home screen in `locale`, then the console opened with `pin` on the kiosk's PIN pad. */
export async function unlockIn(page: Page, url: string, locale: Locale, pin: string) {
  await page.goto(url);
  if (locale === 'en') await page.getByRole('button', { name: 'English' }).click();
  await page.getByTestId('staff').click();
  for (const digit of pin) await page.getByRole('button', { name: digit, exact: true }).click();
  await page.getByRole('button', { name: translate(locale, 'staff.unlock') }).click();
}

/** Types on the kiosk's own on-screen keyboard, key by key, as a finger would (⇧ for a capital inside a word). */
export async function typeOnScreen(page: Page, text: string) {
  const keyboard = page.getByTestId('keyboard');
  // Keys are looked for below; a keyboard not drawn yet has none, and ⇧ would be pressed wrongly.
  await keyboard.getByRole('button', { name: /^(spatie|space)$/ }).waitFor();
  for (const ch of text) {
    if (ch === ' ') {
      await keyboard.getByRole('button', { name: /^(spatie|space)$/ }).click();
      continue;
    }
    const key = keyboard.getByRole('button', { name: ch, exact: true });
    // A capital inside a word, or a small letter where a capital was coming ("de" in a name),
    // takes the shift key first, as on a phone.
    if ((await key.count()) === 0)
      await keyboard.getByRole('button', { name: /^(Hoofdletter|Capital)$/ }).click();
    await key.click();
  }
}

/** `lobby --db <file> …` as a user runs it; rejects on a non-zero exit. */
export function lobbyCli(dbFile: string) {
  return (...args: string[]) =>
    promisify(execFile)(process.execPath, ['bin/lobby.js', '--db', dbFile, ...args], {
      cwd: projectRoot,
    });
}

const registerFiles = {
  site: 'site.json',
  staff: 'staff.csv',
  tags: 'tags.csv',
  visits: 'visits.csv',
};

/** The fixture registers imported with the command line, in the order they depend on each other. */
export async function importRegistersWithCli(
  dbFile: string,
  registers: (keyof typeof registerFiles)[],
): Promise<void> {
  const lobby = lobbyCli(dbFile);
  for (const kind of registers) await lobby(kind, 'import', fixturePath(registerFiles[kind]));
}

/** Clicks the element that downloads a PDF, saves it in `dir` and returns its text (pdftotext). */
export async function downloadedPdfText(page: Page, testId: string, dir: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).click(),
  ]);
  const file = path.join(dir, `${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(file);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

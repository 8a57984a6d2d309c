/**
 * What the office manager reads, in both languages and at both sizes: the import history with
 * what minimisation left out, card rules shown by an example card, one card under its two
 * numbers on a person's screen, a resolve confirmation in view, the report for the building
 * manager read back in the building's own level names and card numbers, and staff presence on
 * the evacuation list switched on where it is missed.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translate, type MessageKey } from '../../renderer/i18n/translate';
import { fixturePath } from '../support/fixtures';
import { useTempDir } from '../support/temp';
import {
  importRegistersWithCli,
  lobbyCli,
  resultsDir,
  shapesInLanguages,
  startHost,
  unlockIn,
} from './harness';
import { useBrowser } from './hooks';
import { checkScreen } from './screen-checks';

const exportFile = (kind: string) => fixturePath('building', 'nedap_aeos', `${kind}.csv`);

describe('the office manager’s screens', () => {
  const dir = useTempDir();
  const browser = useBrowser();
  let prepared = '';

  let preparedDir = '';
  // The registers and the building's exports, imported once with the command line.
  beforeAll(async () => {
    preparedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lobby-om-'));
    prepared = path.join(preparedDir, 'prepared.sqlite');
    const lobby = lobbyCli(prepared);
    // The fixture's month is in 2025: kept long enough that the kiosk's daily purge leaves it.
    await lobby('privacy', 'retention', '--event-months', '36', '--leaver-months', '36');
    await importRegistersWithCli(prepared, ['site', 'staff', 'tags', 'visits']);
    for (const kind of ['cardholders', 'events'])
      await lobby('building', 'import', exportFile(kind));
    await lobby('admin', 'set-pin', '--pin', '135790');
  }, 60_000);
  afterAll(() => fs.rmSync(preparedDir, { recursive: true, force: true }));

  it.each(shapesInLanguages)(
    'reads the building’s data and writes its report in its words at %i×%i in %s',
    async (w, h, locale) => {
      const t = (key: MessageKey, params?: Record<string, string | number>) =>
        translate(locale, key, params);
      const dbFile = path.join(dir(), `om-${w}-${locale}.sqlite`);
      fs.copyFileSync(prepared, dbFile);
      const host = await startHost(dbFile, ['--no-pcsc']);
      const page = await browser().newPage({ viewport: { width: w, height: h } });
      try {
        await unlockIn(page, host.url, locale, '135790');
        await page.getByRole('tab', { name: t('building.tab') }).click();
        // The history says what the counts leave out: other tenants' events off our floor.
        await page.getByText(t('building.historyMinimised', { count: 198 })).waitFor();
        // The review is due: every tab but its own offers the way there.
        await page.getByRole('button', { name: t('review.open') }).waitFor();
        await cardRuleByExample(page, locale);
        expect(await checkScreen(page, 'building', locale)).toEqual([]);

        await page.getByRole('tab', { name: t('review.tab') }).click();
        // On the review's own tab the reminder says what is due, with no button to come here.
        await page.getByTestId('review-due').waitFor();
        expect(await page.getByTestId('review-due').getByRole('button').count()).toBe(0);
        await page.getByRole('button', { name: t('review.run') }).click();
        await page.getByTestId('review-due').waitFor({ state: 'detached' });
        await resolveInView(page, h, t);
        await reportInBuildingTerms(page, locale, t, dir());

        await page.getByRole('tab', { name: t('staff.tabPeople') }).click();
        await page.getByRole('button', { name: /Ruud Hoekstra/ }).click();
        // Our tag and the building's card number for it: said to be one card.
        await page.getByText(t('staff.buildingPrints', { card: '3251582047' })).waitFor();
        await page.getByTestId('same-card').getByText('5F34CFC1').waitFor();
        expect(await checkScreen(page, 'person', locale)).toEqual([]);

        // Staff on the evacuation list: switched on where it is missed, in one touch.
        await page.getByRole('tab', { name: t('presence.tab') }).click();
        const off = page.getByTestId('staff-presence-off');
        await off.getByRole('button', { name: t('presence.staffOn') }).click();
        await off.waitFor({ state: 'detached' });
        await page.getByRole('heading', { name: `${t('presence.staff')} (0)` }).waitFor();
      } catch (err) {
        await page.screenshot({ path: path.join(resultsDir, `office-manager-${w}-${locale}.png`) });
        throw new Error(`${(err as Error).message}\nhost output:\n${host.output()}`, {
          cause: err,
        });
      } finally {
        await page.close();
        await host.stop();
      }
    },
    120_000,
  );
});

/** Each card rule is offered as one of our tags would look under it, not in byte words. */
async function cardRuleByExample(page: Page, locale: 'nl' | 'en') {
  await page.getByTestId('building-file').setInputFiles(exportFile('events'));
  const preview = page.getByTestId('building-preview');
  const example = preview.getByTestId('card-rule-example');
  await example.waitFor({ timeout: 20_000 });
  const uid = /\b([0-9A-F]{8,20})\b/.exec((await example.textContent()) ?? '')?.[1];
  expect(uid).toBeDefined();
  const options = await preview
    .getByRole('combobox', { name: translate(locale, 'building.cardRule') })
    .locator('option')
    .allTextContents();
  expect(options.join('\n')).not.toMatch(/bytes|cascade/i);
  // The chosen rule's example is a number this very file holds.
  const chosen = await preview
    .getByRole('combobox', { name: translate(locale, 'building.cardRule') })
    .evaluate((s: HTMLSelectElement) => s.selectedOptions[0]!.text);
  const printed = /^([^:]+):/.exec(chosen)?.[1];
  expect(fs.readFileSync(exportFile('events'), 'latin1')).toContain(printed!);
  expect(options.some((o) => o.startsWith(`${uid}:`))).toBe(true);
}

/** The confirmation of "resolved" opens with its buttons on the screen, not below its edge. */
async function resolveInView(
  page: Page,
  height: number,
  t: (key: MessageKey, params?: Record<string, string | number>) => string,
) {
  await page.getByLabel(t('review.kind')).selectOption('DOOR_FORCED');
  await page
    .getByRole('button', { name: new RegExp(t('review.kind.DOOR_FORCED')) })
    .first()
    .click();
  const detail = page.getByTestId('finding-detail');
  await detail.getByRole('button', { name: t('review.resolve') }).click();
  const confirm = detail
    .getByRole('alertdialog')
    .getByRole('button', { name: t('review.resolve') });
  await confirm.waitFor();
  await expect
    .poll(async () => {
      const box = (await confirm.boundingBox())!;
      return box.y >= 0 && box.y + box.height <= height;
    })
    .toBe(true);
  await confirm.click();
}

/** The PDF and the spreadsheet name cards, doors and levels as the building's export does. */
async function reportInBuildingTerms(
  page: Page,
  locale: 'nl' | 'en',
  t: (key: MessageKey) => string,
  dir: string,
) {
  const save = async (name: string) => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name }).click(),
    ]);
    const file = path.join(dir, `${locale}-${download.suggestedFilename()}`);
    await download.saveAs(file);
    return file;
  };
  const text = execFileSync('pdftotext', [await save(t('review.reportPdf')), '-']).toString();
  const w =
    locale === 'nl'
      ? { card: 'Kaartnummer', levels: 'Toegangsniveaus nu', events: '11 gebeurtenissen' }
      : { card: 'Card number', levels: 'Access levels now', events: '11 events' };
  expect(text).toContain(`${w.card}: 3251582047`);
  expect(text).toMatch(new RegExp(`${w.levels}: VN [A-Z][a-z]+ 4e`));
  expect(text).toContain(w.events);
  expect(text).toContain('Hoofdingang BG');
  expect(text).not.toMatch(/F4_|BLDG|5F34CFC1/);
  expect(text).not.toMatch(new RegExp(`${w.card}:\\s*\\n`));

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await save(t('review.reportXlsx')));
  const sheet = workbook.worksheets[0]!;
  expect(sheet.name).toBe(locale === 'nl' ? 'Verzoeken' : 'Requests');
  let leaver: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (row.getCell(2).value === '3251582047') leaver = row;
  });
  expect(leaver!.getCell(8).value).toBeInstanceOf(Date);
  expect(leaver!.getCell(10).value).toBe(11);
}

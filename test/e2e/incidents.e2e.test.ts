/**
 * The incident register in Chromium, at both sizes and in both languages: an office manager
 * reports an incident from the console's header and breaks the glass; the privacy officer is told
 * through a real SMTP server, accepts Lobby's proposal of the lost badge, classifies the report as
 * a reportable breach (the 72-hour clock on every screen), records the report, closes it, and
 * reads its PDF back with pdftotext.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { createServices } from '../../main/app/services';
import { notifySettings } from '../../main/notify/notify-settings';
import { translate, type MessageKey } from '../../renderer/i18n/translate';
import { mailbox } from '../support/mailbox';
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

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

describe('the incident register', () => {
  const dir = useTempDir();
  const browser = useBrowser();

  it.each(shapesInLanguages)(
    'is reported, classified, reported to the authority and closed at %i×%i in %s',
    async (w, h, locale) => {
      const t: T = (key, params) => translate(locale, key, params);
      const box = await mailbox();
      const dbFile = path.join(dir(), `incidents-${w}-${locale}.sqlite`);
      await importRegistersWithCli(dbFile, ['site', 'staff', 'tags']);
      const lobby = lobbyCli(dbFile);
      await lobby('admin', 'set-pin', '--pin', '246813');
      await lobby(
        'admin',
        'add-operator',
        '--name',
        'Kees Schipper',
        '--role',
        'officeManager',
        '--pin',
        '445566',
      );
      const db = openDatabase(dbFile);
      const s = createServices(db);
      box.useFrom(s.settings);
      notifySettings(s.settings).setPrivacyOfficer('privacy@vn.example');
      db.close();
      const host = await startHost(dbFile, ['--no-pcsc']);
      const page = await browser().newPage({ viewport: { width: w, height: h } });
      try {
        // The office manager reports what she saw, and takes emergency access.
        await unlockIn(page, host.url, locale, '445566');
        const title = locale === 'nl' ? 'Laptop receptie gestolen' : 'Reception laptop stolen';
        await reportFromHeader(page, t, title);
        await page.getByTestId('break-glass').click();
        await page
          .getByLabel(t('grant.breakGlassReason'))
          .fill('Datalek en de privacyfunctionaris is onbereikbaar');
        await page.getByRole('button', { name: t('grant.breakGlassConfirm') }).click();
        await page.getByTestId('grant-banner').waitFor();
        await page.getByRole('tab', { name: t('incident.tab') }).waitFor();
        expect(await checkScreen(page, 'emergency access', locale)).toEqual([]);
        await expect
          .poll(() => box.mails.map((m) => m.subject).join('\n'), { timeout: 15_000 })
          .toMatch(/Kees Schipper.*noodtoegang/);
        expect(box.mails.some((m) => m.subject.includes(title))).toBe(true);
        await page.getByRole('button', { name: t('staff.lock') }).click();

        // The privacy officer works the register off.
        await unlockIn(page, host.url, locale, '246813');
        await page.getByRole('tab', { name: t('incident.tab') }).click();
        const view = page.getByTestId('incidents-view');
        await view.getByRole('button', { name: new RegExp(t('incident.source.tag_lost')) }).click();
        const detail = page.getByTestId('incident-detail');
        await detail.getByTestId('incident-evidence').getByText('Femke van Ommeren').waitFor();
        await detail
          .getByLabel(t('incident.decisionReason'))
          .fill('Pas kan gebruikt zijn door een vinder');
        await detail.getByRole('button', { name: t('incident.accept') }).click();
        await view
          .getByRole('heading', { name: t('incident.openHeading', { count: 2 }) })
          .waitFor();

        await view.getByRole('button', { name: new RegExp(title) }).click();
        await classifyAsBreach(page, t);
        await page.getByTestId('breach-clock').getByText(new RegExp(title)).waitFor();
        expect(await page.getByTestId('breach-clock').textContent()).toMatch(/7[01]/);
        expect(await checkScreen(page, 'incident register', locale)).toEqual([]);
        const report = detail.getByTestId('report-to-authority');
        await report.getByLabel(t('incident.reference')).fill('AP-2026-0042');
        await report.getByRole('button', { name: t('incident.saveReport') }).click();
        // What goes on record with the authority is asked once more, in words.
        await report
          .getByRole('alertdialog')
          .getByRole('button', { name: t('incident.saveReport') })
          .click();
        await page.getByTestId('breach-clock').waitFor({ state: 'detached' });
        await detail.getByRole('button', { name: t('incident.close') }).click();
        await detail
          .getByRole('alertdialog')
          .getByRole('button', { name: t('incident.close') })
          .click();
        await view
          .getByRole('heading', { name: t('incident.doneHeading', { count: 1 }) })
          .waitFor();

        const [download] = await Promise.all([
          page.waitForEvent('download'),
          detail.getByRole('button', { name: t('incident.pdf') }).click(),
        ]);
        const pdf = path.join(dir(), `${locale}-${download.suggestedFilename()}`);
        await download.saveAs(pdf);
        const text = execFileSync('pdftotext', [pdf, '-']).toString();
        expect(text).toContain(title);
        expect(text).toContain('AP-2026-0042');
        // Closed: who reported it is kept as a role, not a name.
        expect(text).not.toContain('Kees Schipper');
      } catch (err) {
        await page.screenshot({ path: path.join(resultsDir, `incidents-${w}-${locale}.png`) });
        throw new Error(`${(err as Error).message}\nhost output:\n${host.output()}`, {
          cause: err,
        });
      } finally {
        await page.close();
        await host.stop();
        await box.close();
      }
    },
    120_000,
  );
});

async function reportFromHeader(page: Page, t: T, title: string) {
  await page.getByRole('button', { name: t('incident.report') }).click();
  const form = page.getByTestId('report-incident');
  await form.getByLabel(t('incident.title')).fill(title);
  await form
    .getByLabel(t('incident.what'))
    .fill('Uit de auto gestolen, met de bezoekerslijst van oktober.');
  await form.getByRole('button', { name: t('incident.send') }).click();
  await page.getByTestId('incident-sent').waitFor();
  await page.getByRole('button', { name: t('common.close') }).click();
  // Reopened for the emergency access beside it.
  await page.getByRole('button', { name: t('incident.report') }).click();
}

async function classifyAsBreach(page: Page, t: T) {
  const form = page.getByTestId('classify-incident');
  await form.getByLabel(t('incident.classification')).selectOption('data_breach');
  await form
    .getByLabel(t('incident.reason'), { exact: true })
    .fill('Namen van bezoekers op een onversleutelde laptop');
  await form.getByLabel(t('incident.reportable')).selectOption('yes');
  const facts: [MessageKey, string][] = [
    ['incident.breach.categories', 'Namen en bedrijven van bezoekers'],
    ['incident.breach.people', '120'],
    ['incident.breach.records', '300'],
    ['incident.breach.consequences', 'Bezoekers kunnen benaderd worden'],
    ['incident.breach.measuresTaken', 'Aangifte gedaan, wachtwoorden gewijzigd'],
  ];
  for (const [key, value] of facts) await form.getByLabel(t(key)).fill(value);
  await form.getByRole('button', { name: t('incident.saveClass') }).click();
  await page.getByTestId('incident-classification').waitFor();
}

/**
 * The office manager's access review in Chromium: the registers are in; the building's two
 * exports are imported from the console's screen, a check runs, a finding is opened with its
 * evidence and resolved, and the report for the building manager is downloaded.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../support/fixtures';
import { useTempDir } from '../support/temp';
import { resultsDir, startHost, unlockConsole, importRegistersWithCli, lobbyCli } from './harness';
import { useBrowser } from './hooks';

describe('access review from the console', () => {
  const dir = useTempDir();
  const browser = useBrowser();

  it('imports the exports, runs a check, shows a finding with its evidence, and resolves it', async () => {
    const dbFile = path.join(dir(), 'lobby.sqlite');
    const lobby = lobbyCli(dbFile);
    await importRegistersWithCli(dbFile, ['site', 'staff', 'tags', 'visits']);
    await lobby('admin', 'set-pin', '--pin', '246813');
    const host = await startHost(dbFile, ['--no-pcsc']);
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await page.goto(host.url);
      await unlockConsole(page, '246813');
      // The building manager's exports, through the screen, as the office manager gets them.
      await page.getByRole('tab', { name: 'Gebouw' }).click();
      for (const [kind, done] of [
        ['cardholders', /^\d+ regels: \d+ geïmporteerd, 0 al aanwezig, 0 geweigerd$/],
        // Other tenants' events at the shared doors are counted, not kept (minimisation).
        ['events', /^4096 regels: 3898 geïmporteerd, 0 al aanwezig, 0 geweigerd$/],
      ] as const) {
        await page
          .getByTestId('building-file')
          .setInputFiles(fixturePath('building', 'nedap_aeos', `${kind}.csv`));
        await page.getByTestId('building-start').click({ timeout: 20_000 });
        await page.getByTestId('building-result').getByText(done).waitFor({ timeout: 30_000 });
      }
      await page
        .getByTestId('building-minimised')
        .getByText(/^198 gebeurtenissen van andere huurders/)
        .waitFor();
      // Never done: every console screen says so, with the way there.
      await page
        .getByTestId('review-due')
        .getByText('De toegangscontrole is nog nooit gedaan.')
        .waitFor();
      await page.getByRole('button', { name: 'Naar de controle' }).click();
      await page.getByTestId('review-last-run').getByText('Nog niet gecontroleerd.').waitFor();
      await page.getByRole('button', { name: 'Nu controleren' }).click();
      await page
        .getByTestId('review-last-run')
        .getByText(/29 bevindingen, 29 open, 29 nieuw/)
        .waitFor();
      await page.getByTestId('review-due').waitFor({ state: 'detached' });
      // The chart of open findings over the runs is drawn (by Chart.js, on a canvas), when opened.
      await page.locator('summary', { hasText: 'Open bevindingen per controle' }).click();
      const chart = page.getByTestId('open-findings-chart').locator('canvas');
      await chart.waitFor();
      expect((await chart.boundingBox())!.height).toBeGreaterThan(50);

      await page.getByLabel('Soort').selectOption('LOST_TAG_USED');
      await page.getByRole('button', { name: /Verloren pas gebruikt/ }).click();
      const detail = page.getByTestId('finding-detail');
      await detail.getByText(/als verloren gemeld en daarna gebruikt/).waitFor();
      expect(await page.getByTestId('finding-evidence').locator('li').count()).toBe(3);
      await detail
        .getByText(/geweigerd: verloren gemeld/)
        .first()
        .waitFor();

      await detail.getByLabel('Notitie').fill('Gebouwbeheer heeft de kaart geblokkeerd');
      await detail.getByRole('button', { name: 'Afgehandeld' }).click();
      await detail.getByRole('alertdialog').getByRole('button', { name: 'Afgehandeld' }).click();
      // Resolved findings leave the default "open" list.
      await page.getByText('Geen bevindingen die hierbij passen.').waitFor();
      await page.getByLabel('Status').selectOption('resolved');
      await page.getByRole('button', { name: /Verloren pas gebruikt/ }).click();
      await detail.getByText(/Afgehandeld — Gebouwbeheer heeft de kaart geblokkeerd/).waitFor();

      // The requests for the building manager, downloaded as PDF and as a spreadsheet.
      const save = async (name: RegExp) => {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name }).click(),
        ]);
        const file = path.join(dir(), download.suggestedFilename());
        await download.saveAs(file);
        return file;
      };
      const pdf = await save(/Verzoeken aan gebouwbeheer \(PDF\)/);
      expect(path.basename(pdf)).toBe('verzoeken-gebouwbeheer-2025-10-31.pdf');
      const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
      expect(text).toMatch(/Trek deze kaart in: de houder is uit dienst\./);
      // The lost tag's finding was resolved above: no request for it any more.
      expect(text).not.toContain('1919763576');
      const xlsx = await save(/Verzoeken aan gebouwbeheer \(Excel\)/);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(xlsx);
      const cells: unknown[] = [];
      workbook.worksheets[0]!.eachRow((row) => row.eachCell((c) => cells.push(c.value)));
      expect(cells).toContain('Kaartnummer');
      expect(cells).toContain('3251582047');

      // From a person to what the review found about them, whatever its status.
      await page.getByRole('tab', { name: 'Medewerkers' }).click();
      await page.getByRole('button', { name: /Femke van Ommeren/ }).click();
      await page.getByRole('button', { name: 'Bevindingen' }).click();
      await page.getByRole('button', { name: /Verloren pas gebruikt/ }).waitFor();
      expect(await page.getByLabel('Persoon, pas, kaart of deur').inputValue()).toBe('E1005');
    } catch (err) {
      await page.screenshot({ path: path.join(resultsDir, 'review-failure.png') });
      throw err;
    } finally {
      await page.close();
      await host.stop();
    }
  }, 90_000);
});

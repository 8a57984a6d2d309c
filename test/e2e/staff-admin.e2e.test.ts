/**
 * The office manager's work in the staff area, in Chromium against the browser host: importing
 * registers from files with a preview, keeping the staff list, and editing the site model.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixturePath, readFixture } from '../support/fixtures';
import { useTempDir } from '../support/temp';
import { useBrowser } from './hooks';
import { projectRoot, unlockConsole, startHost, type RunningHost } from './harness';

const run = promisify(execFile);

describe('staff area administration', () => {
  const dir = useTempDir();
  const browser = useBrowser();

  async function open(): Promise<{ host: RunningHost; page: Page }> {
    const dbFile = path.join(dir(), 'lobby.sqlite');
    await run(
      process.execPath,
      ['bin/lobby.js', '--db', dbFile, 'admin', 'set-pin', '--pin', '246813'],
      { cwd: projectRoot },
    );
    const host = await startHost(dbFile, ['--no-pcsc']);
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(host.url);
    await unlockConsole(page, '246813');
    await page.getByRole('tab', { name: 'Importeren' }).waitFor();
    return { host, page };
  }

  async function importFile(page: Page, kind: string, file: string) {
    await page.getByRole('tab', { name: 'Importeren' }).click();
    await page.getByRole('button', { name: kind }).click();
    await page.getByTestId('import-file').setInputFiles(file);
    await page.getByTestId('import-summary').getByText('Voorbeeld').waitFor();
  }

  it('imports from files with a preview, then adds, edits and ends a person', async () => {
    const { host, page } = await open();
    try {
      await importFile(page, 'Siteconfiguratie (site.json)', fixturePath('site.json'));
      await page.getByText('Regels: 55 · nieuw: 53').waitFor();
      await page.getByRole('button', { name: 'Importeren', exact: true }).click();
      await page.getByTestId('import-summary').getByText('Geïmporteerd.').waitFor();

      const staff = path.join(dir(), 'hr-export.csv');
      const lines = readFixture('staff.csv').trim().split('\n');
      fs.writeFileSync(
        staff,
        [...lines, 'E9999,Kim,,Stam,Onbekend B.V.,X,Y,2024-01-01,,STD'].join('\n'),
      );
      await importFile(page, 'Personeelslijst', staff);
      await page
        .getByText('Regels: 41 · nieuw: 40 · gewijzigd: 0 · ongewijzigd: 0 · geweigerd: 1')
        .waitFor();
      await page
        .getByTestId('import-rejected')
        .getByText('regel 42, company: onbekende organisatie "Onbekend B.V."', { exact: false })
        .waitFor();
      await page.getByRole('button', { name: 'Importeren', exact: true }).click();
      await page.getByTestId('import-summary').getByText('Geïmporteerd.').waitFor();

      await page.getByRole('tab', { name: 'Medewerkers' }).click();
      await page.getByRole('button', { name: 'Persoon toevoegen' }).click();
      const form = page.getByTestId('person-form');
      await form.getByLabel('Personeelsnummer').fill('E1031');
      await form.getByLabel('Voornaam').fill('Kim');
      await form.getByLabel('Achternaam').fill('Stam');
      await form.getByLabel('Organisatie').selectOption('Veldkamp & Noorderlicht B.V.');
      // A date that is no date is said at its field, and nothing is saved with it.
      await form.getByLabel('In dienst', { exact: true }).fill('31-02-2025');
      await form.getByText('Geen datum: schrijf hem als dd-mm-jjjj.').waitFor();
      await form.getByRole('button', { name: 'Opslaan' }).click();
      await form.getByText('Niet alle velden zijn goed').waitFor();
      expect(await page.getByRole('button', { name: /^Kim Stam/ }).count()).toBe(0);
      await form.getByLabel('In dienst', { exact: true }).fill('01-11-2025');
      await form.getByLabel('Verwacht profiel').selectOption('STD');
      await form.getByRole('button', { name: 'Opslaan' }).click();
      const detail = page.getByTestId('person-detail');
      await detail.getByRole('heading', { name: 'Kim Stam' }).waitFor();
      await detail.getByText('Floor 4 shared project room').waitFor();
      await detail.getByTestId('person-dates').getByText('In dienst: 1 nov 2025').waitFor();

      await detail.getByRole('button', { name: 'Bewerken' }).click();
      await form.getByLabel(/^Uit dienst/).fill('02-11-2025');
      await form.getByRole('button', { name: 'Opslaan' }).click();
      await page.getByRole('button', { name: /^Kim Stam.*Uit dienst$/ }).waitFor();
      // Someone who has left is expected nowhere any more.
      await detail.getByTestId('person-access').getByText('Uit dienst sinds 2 nov 2025').waitFor();

      await page.getByRole('button', { name: 'Persoon toevoegen' }).click();
      await form.getByLabel('Personeelsnummer').fill('E1031');
      await form.getByLabel('Voornaam').fill('Dubbel');
      await form.getByLabel('Achternaam').fill('Nummer');
      await form.getByRole('button', { name: 'Opslaan' }).click();
      // The field that is wrong says so, and to whom the number belongs.
      await form.getByText('hoort al bij Kim Stam').waitFor();
      expect(await form.getByLabel('Personeelsnummer').getAttribute('aria-invalid')).toBe('true');

      // An empty form marks each missing field, in Dutch.
      await form.getByRole('button', { name: 'Annuleren' }).click();
      await page.getByRole('button', { name: 'Persoon toevoegen' }).click();
      await form.getByRole('button', { name: 'Opslaan' }).click();
      await form.getByText('geen personeelsnummer').waitFor();
      for (const field of ['Personeelsnummer', 'Voornaam', 'Achternaam'])
        expect(await form.getByLabel(field).getAttribute('aria-invalid')).toBe('true');
    } finally {
      await page.close();
      await host.stop();
    }
  });

  it('edits the site model, and a refused save names the path and keeps what was stored', async () => {
    const { host, page } = await open();
    try {
      await importFile(page, 'Siteconfiguratie (site.json)', fixturePath('site.json'));
      await page.getByRole('button', { name: 'Importeren', exact: true }).click();
      await page.getByTestId('import-summary').getByText('Geïmporteerd.').waitFor();

      await page.getByRole('tab', { name: 'Site' }).click();
      const editor = page.getByTestId('site-editor');
      await editor.getByText('Zones (6)').click();
      await editor.locator('input[value="Floor 4 server room"]').fill('Serverruimte 4.05');
      await editor.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
      await page.getByText('Opgeslagen: 1 gewijzigd, 0 nieuw.').waitFor();
      // The editor comes back as it was left: the zones still open, the new name in view.
      await editor.locator('input[value="Serverruimte 4.05"]').waitFor();

      await editor.getByText('Tijdschema’s (10)').click();
      await editor.locator('input[value="19:00"]').first().fill('06:00');
      await editor.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
      await page
        .getByTestId('site-errors')
        .getByText('Tijdschema’s › STD › 1 › Tot: "Tot" (06:00) ligt niet na "Van" (07:00)')
        .waitFor();

      await page.getByRole('tab', { name: 'Zones' }).click();
      await page.getByTestId('zone-F4_IT').getByText('Serverruimte 4.05').waitFor();
      await page.getByRole('tab', { name: 'Site' }).click();
      await editor.getByText('Tijdschema’s (10)').click();
      expect(await editor.locator('input[value="19:00"]').count()).toBeGreaterThan(0);
    } finally {
      await page.close();
      await host.stop();
    }
  });
});

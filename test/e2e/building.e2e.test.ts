/**
 * The office manager imports the building's door-event log from the screen: the file is
 * uploaded in pieces, checked (kind, encoding, delimiter, card rule, match rate), imported in a
 * worker thread with progress, and reported row by row.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../support/fixtures';
import { useTempDir } from '../support/temp';
import { useBrowser } from './hooks';
import { projectRoot, unlockConsole, resultsDir, startHost } from './harness';

const run = promisify(execFile);

describe('building export import from the staff area', () => {
  const dir = useTempDir();
  const browser = useBrowser();

  it('previews, imports with progress, and reports every row and outcome', async () => {
    const dbFile = path.join(dir(), 'lobby.sqlite');
    const lobby = (...args: string[]) =>
      run(process.execPath, ['bin/lobby.js', '--db', dbFile, ...args], { cwd: projectRoot });
    await lobby('site', 'import', fixturePath('site.json'));
    await lobby('staff', 'import', fixturePath('staff.csv'));
    await lobby('tags', 'import', fixturePath('tags.csv'));
    await lobby('admin', 'set-pin', '--pin', '135724');
    const host = await startHost(dbFile, ['--no-pcsc']);
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(host.url);
      await unlockConsole(page, '135724');
      await page.getByRole('tab', { name: 'Gebouw' }).click();

      await page
        .getByTestId('building-file')
        .setInputFiles(fixturePath('building', 'nedap_aeos', 'events.csv'));
      const preview = page.getByTestId('building-preview');
      await preview
        .getByText(
          'Herkend: Deurgebeurtenissen, 4096 regels, codering WINDOWS-1252, scheidingsteken puntkomma, kop op regel 5',
        )
        .waitFor({ timeout: 20_000 });
      await preview
        .getByText('85% van de kaartnummers hoort bij een bekende pas (44 van 52; 0 dubbelzinnig)')
        .waitFor();
      // A card rule that finds none of our badges is not imported with by one touch.
      await preview.getByRole('combobox', { name: 'Kaartnummers' }).selectOption('hex');
      await preview.getByText('0% van de kaartnummers hoort bij een bekende pas').waitFor();
      await preview.getByRole('alert').getByText('Met deze kaartregel hoort geen enkel').waitFor();
      await page.getByTestId('building-start').getByText('Toch importeren…').waitFor();
      // One that finds some, but fewer than the rule Lobby found, is said too.
      const rules = preview.getByRole('combobox', { name: 'Kaartnummers' });
      const weaker = await rules.evaluate((select: HTMLSelectElement) => {
        const found = [...select.options].find((o) => {
          const n = Number(/(\d+) kaarten herkend/.exec(o.text)?.[1]);
          return n > 0 && n < 44;
        });
        return found?.value ?? null;
      });
      expect(weaker).not.toBeNull();
      await rules.selectOption(weaker!);
      await preview
        .getByRole('alert')
        .getByText('Deze kaartregel herkent minder kaarten')
        .waitFor();
      await page.getByTestId('building-start').getByText('Toch importeren…').waitFor();
      await rules.selectOption('cascade1-decimal-reversed');
      await preview.getByText('85% van de kaartnummers hoort bij een bekende pas').waitFor();
      await page.getByTestId('building-start').click();
      const result = page.getByTestId('building-result');
      await result
        .getByText('4096 regels: 4096 geïmporteerd, 0 al aanwezig, 0 geweigerd')
        .waitFor({ timeout: 30_000 });
      await result.getByText(/^toegang: \d+$/).waitFor();
      await page.getByText('events.csv · Deurgebeurtenissen').waitFor();

      // The same log again: the preview warns first, and nothing new comes of it.
      await page
        .getByTestId('building-file')
        .setInputFiles(fixturePath('building', 'nedap_aeos', 'events.csv'));
      await preview
        .getByRole('alert')
        .getByText('Precies dit bestand is al geïmporteerd op', { exact: false })
        .waitFor({ timeout: 20_000 });
      await page.getByTestId('building-start').getByText('Toch importeren…').click();
      await page.getByRole('alertdialog').getByRole('button', { name: 'Importeren' }).click();
      await result
        .getByText('4096 regels: 0 geïmporteerd, 4096 al aanwezig, 0 geweigerd')
        .waitFor({ timeout: 30_000 });

      // A text nobody knows is kept; the office manager says what it means.
      const odd = path.join(dir(), 'alarm.csv');
      fs.writeFileSync(
        odd,
        'Datum;Tijd;Gebeurtenis;Toegangspunt;Kaartnummer\n03-11-2025;07:01:00;Brandalarm actief;Liftlobby 4e verdieping;\n',
      );
      await page.getByTestId('building-file').setInputFiles(odd);
      await page.getByTestId('building-start').click({ timeout: 20_000 });
      await result.getByText('“Brandalarm actief” × 1').waitFor({ timeout: 30_000 });
      // Unknown means unknown: nothing is chosen for it, and nothing can be stored, until a person decides.
      const meaning = result.getByLabel('betekent');
      expect(await meaning.inputValue()).toBe('');
      expect(await result.getByRole('button', { name: 'Onthouden' }).isDisabled()).toBe(true);
      await meaning.selectOption('DOOR_HELD');
      await result.getByRole('button', { name: 'Onthouden' }).click();
      await result.getByText('1 opgeslagen gebeurtenissen ingedeeld').waitFor();

      // Columns Lobby cannot tell: the preview asks, the office manager assigns them.
      const own = path.join(dir(), 'own-words.csv');
      fs.writeFileSync(
        own,
        'Wanneer;Wat;Waar;Pas\n03-11-2025 07:02:00;Toegang verleend;Liftlobby 4e verdieping;0439067140\n',
      );
      await page.getByTestId('building-file').setInputFiles(own);
      await page.getByTestId('building-needs-mapping').waitFor({ timeout: 20_000 });
      expect(await page.getByTestId('building-start').isDisabled()).toBe(true);
      const mapping = { Wanneer: 'timestamp', Wat: 'eventText', Waar: 'door', Pas: 'cardNumber' };
      for (const [header, role] of Object.entries(mapping)) {
        await preview.getByLabel(header, { exact: true }).selectOption(role);
      }
      await preview.getByRole('button', { name: 'Opnieuw controleren' }).click();
      await preview.getByText('Herkend: Deurgebeurtenissen, 1 regels').waitFor({ timeout: 20_000 });
      await page.getByTestId('building-start').click();
      await result
        .getByText('1 regels: 1 geïmporteerd, 0 al aanwezig, 0 geweigerd')
        .waitFor({ timeout: 30_000 });
    } catch (err) {
      await page.screenshot({ path: path.join(resultsDir, 'building-failure.png') });
      throw new Error(`${(err as Error).message}\nhost output:\n${host.output()}`, { cause: err });
    } finally {
      await page.close();
      await host.stop();
    }
  }, 90_000);
});

/**
 * Every staff screen, with the fixture data loaded, at 1280×800 and 800×1280, in Dutch and in
 * English: nothing runs off the screen or out of its button, and a Dutch screen has no English.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../main/contract';
import { translate, type MessageKey } from '../../renderer/i18n/translate';
import { fixturePath } from '../support/fixtures';
import { dutchZoneNames, englishSiteName, writeBilingualSite } from '../support/bilingual-site';
import { useTempDir } from '../support/temp';
import { useBrowser } from './hooks';
import { importRegistersWithCli, lobbyCli, startHost } from './harness';
import { checkScreen, type ScreenProblem } from './screen-checks';

const sizes = [
  [1280, 800],
  [800, 1280],
] as const;

describe('staff screens fit the screen and speak one language', () => {
  const dir = useTempDir();
  const browser = useBrowser();

  async function kiosk() {
    const dbFile = path.join(dir(), 'lobby.sqlite');
    const lobby = lobbyCli(dbFile);
    await lobby('admin', 'set-pin', '--pin', '246813');
    // The fixture's month is long past: keep its door events and leavers for these screens.
    await lobby('privacy', 'retention', '--event-months', '60', '--leaver-months', '60');
    await lobby('site', 'import', writeBilingualSite(dir()));
    await importRegistersWithCli(dbFile, ['staff', 'tags', 'visits']);
    for (const kind of ['cardholders', 'events'])
      await lobby('building', 'import', fixturePath('building', 'nedap_aeos', `${kind}.csv`));
    return startHost(dbFile, ['--no-pcsc']);
  }

  async function unlock(page: Page, locale: Locale) {
    const t = (key: MessageKey) => translate(locale, key);
    if (locale === 'en') {
      await page.getByRole('button', { name: 'English' }).click();
      // The site's own English name, where it gives one.
      await page.getByText(englishSiteName).waitFor();
    }
    await page.getByTestId('staff').click();
    for (const digit of '246813')
      await page.getByRole('button', { name: digit, exact: true }).click();
    await page.getByRole('button', { name: t('staff.unlock') }).click();
    await page.getByRole('tab', { name: t('staff.tabTags') }).waitFor();
  }

  /** Each screen as the staff reach it, from the tab bar. */
  function tour(locale: Locale): [string, (page: Page) => Promise<string | void>][] {
    const t = (key: MessageKey) => translate(locale, key);
    const tab = (key: MessageKey) => (page: Page) =>
      page.getByRole('tab', { name: t(key), exact: true }).click();
    return [
      ['reception', tab('reception.tab')],
      ['presence', tab('presence.tab')],
      ['people', tab('staff.tabPeople')],
      [
        'a person',
        async (page) => {
          await page.locator('.list-pane .row').nth(5).click();
          await page.getByTestId('person-detail').waitFor();
        },
      ],
      [
        'a person, with what the building says',
        async (page) => {
          await page.getByPlaceholder(t('staff.search')).fill('E1001');
          await page.locator('.list-pane .row').first().click();
          await page.getByTestId('person-building').waitFor();
          await page.getByTestId('person-events').getByRole('listitem').first().waitFor();
          await page.getByPlaceholder(t('staff.search')).fill('');
        },
      ],
      [
        'an empty person form, saved',
        async (page) => {
          await page.getByRole('button', { name: t('person.add') }).click();
          await page
            .getByTestId('person-form')
            .getByRole('button', { name: t('person.save') })
            .click();
          await page.getByTestId('person-form').getByRole('alert').first().waitFor();
        },
      ],
      ['badges', tab('staff.tabTags')],
      [
        'a badge low in the list',
        async (page) => {
          await page.locator('.list-pane .row').last().click();
          await page.getByTestId('tag-detail').waitFor();
          // The list and the detail both stay in view: the detail starts on screen.
          const detail = await page.getByTestId('tag-detail').boundingBox();
          const top = Math.round(detail!.y);
          if (top < 0 || top > page.viewportSize()!.height - 100)
            return `the badge detail starts at y=${top}, off screen`;
          return undefined;
        },
      ],
      [
        'zones',
        async (page) => {
          await tab('staff.tabZones')(page);
          // The site gives the zones' names in Dutch too: each screen shows its own.
          const name = locale === 'nl' ? dutchZoneNames.F4_GEN! : 'Floor 4 general';
          await page.getByText(name, { exact: true }).waitFor();
        },
      ],
      [
        'site, every section open',
        async (page) => {
          await tab('site.tab')(page);
          for (const summary of await page.getByTestId('site-editor').locator('summary').all())
            await summary.click();
        },
      ],
      ['import', tab('import.tab')],
      [
        'import, staff list chosen',
        (page) => page.getByRole('button', { name: t('import.kind.staff') }).click(),
      ],
      ['building', tab('building.tab')],
      [
        'building, an event log previewed',
        async (page) => {
          await page
            .getByTestId('building-file')
            .setInputFiles(fixturePath('building', 'paxton_net2', 'events.csv'));
          await page.getByTestId('building-preview').waitFor();
        },
      ],
      [
        'building, an event text nobody knows',
        async (page) => {
          const odd = path.join(dir(), `odd-${locale}.csv`);
          fs.writeFileSync(
            odd,
            'Datum;Tijd;Gebeurtenis;Toegangspunt;Kaartnummer\n03-11-2025;07:01:00;Alarm: sabotage lezer;Liftlobby 4e verdieping;\n',
          );
          await page.getByTestId('building-file').setInputFiles(odd);
          await page.getByTestId('building-start').click();
          const meaning = page.getByTestId('building-result').getByRole('combobox');
          await meaning.waitFor();
          // Unknown means unknown until a person decides: nothing is chosen for it.
          if ((await meaning.inputValue()) !== '')
            return `the unknown text comes pre-set to ${await meaning.inputValue()}`;
          return undefined;
        },
      ],
      [
        'building, card numbers that are none of our badges',
        async (page) => {
          await page.getByRole('button', { name: t('building.unmatchedShow') }).click();
          await page.getByTestId('unmatched-events').getByRole('listitem').first().waitFor();
        },
      ],
      ['review', tab('review.tab')],
      [
        'review, checked',
        async (page) => {
          await page.getByRole('button', { name: t('review.run') }).click();
          await page.getByTestId('findings').locator('.row').first().waitFor();
        },
      ],
      ['operators', tab('operator.tab')],
      ['audit', tab('audit.tab')],
      ['privacy', tab('privacy.tab')],
      ['incidents', tab('incident.tab')],
      [
        'reporting an incident',
        (page) => page.getByRole('button', { name: t('incident.report') }).click(),
      ],
    ];
  }

  it.each(sizes.flatMap(([w, h]) => (['nl', 'en'] as const).map((l) => [w, h, l] as const)))(
    'at %i×%i in %s',
    async (width, height, locale) => {
      const host = await kiosk();
      const page = await browser().newPage({ viewport: { width, height } });
      const problems: ScreenProblem[] = [];
      try {
        await page.goto(host.url);
        await unlock(page, locale);
        problems.push(...(await checkScreen(page, 'tab bar', locale)));
        for (const [screen, go] of tour(locale)) {
          const seen = await go(page);
          if (seen) problems.push({ screen, problem: seen });
          problems.push(...(await checkScreen(page, screen, locale)));
        }
      } finally {
        await page.screenshot({
          path: path.join('test-results', `staff-${width}x${height}-${locale}.png`),
        });
        await page.close();
        await host.stop();
      }
      const report = problems.map((p) => `${p.screen}: ${p.problem}`);
      if (report.length) console.log(`${width}×${height} ${locale}:\n${report.join('\n')}`);
      expect(report).toEqual([]);
    },
  );
});

/**
 * In an emergency: a BHV team member taps their own badge on the kiosk's real PC/SC reader
 * (pcscd + vpcd + our virtual tag) at the evacuation list's PIN pad, and the list opens without a
 * PIN, with nothing else of the console; anyone else's badge only names them at the PIN pad.
 */
import path from 'node:path';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { translate, type MessageKey } from '../../renderer/i18n/translate';
import type { VisitPurpose } from '../../vocabulary';
import { VirtualTag } from '../nfc/virtual-tag';
import { seedBadges } from '../support/seed';
import { useTempDir } from '../support/temp';
import { lobbyCli, startHost, shapesInLanguages } from './harness';
import { useBrowser, usePcscRig } from './hooks';
import { checkScreen } from './screen-checks';

const own = 'Veldkamp & Noorderlicht B.V.';

describe('the evacuation list by a BHV badge', () => {
  const dir = useTempDir();
  const browser = useBrowser();
  const rig = usePcscRig();

  it.each(shapesInLanguages)(
    'opens without a PIN for the team at %i×%i in %s',
    async (w, h, locale) => {
      const t = (key: MessageKey) => translate(locale, key);
      const file = path.join(dir(), `bhv-${w}-${locale}.sqlite`);
      seedBadges(file, [
        {
          employeeId: 'E1003',
          firstName: 'Sanne',
          namePrefix: 'de',
          lastName: 'Groot',
          organisation: own,
          tagUid: '04A22B1A',
          bhv: true,
        },
        {
          employeeId: 'E1001',
          firstName: 'Marleen',
          lastName: 'Veldkamp',
          organisation: own,
          tagUid: '90E6D3A0',
        },
      ]);
      await lobbyCli(file)('admin', 'set-pin', '--pin', '246813');
      signedIn(file, [
        ['Joëlle Çelik', 'meeting'],
        ['Ørjan Şahin', 'contractor'],
        ['Piet Koerier', 'delivery'],
      ]);
      const host = await startHost(file);
      const page = await browser().newPage({ viewport: { width: w, height: h } });
      const sanne = new VirtualTag({ uid: '04A22B1A', kind: 'mifare-classic-1k' });
      const marleen = new VirtualTag({ uid: '90E6D3A0', kind: 'mifare-classic-1k' });
      try {
        await page.goto(host.url);
        await page.locator('.reader-status[data-state="online"]').waitFor({ timeout: 10_000 });
        if (locale === 'en') await page.getByRole('button', { name: 'English' }).click();
        await page.getByTestId('presence').click();
        await page.getByRole('heading', { name: t('staff.locked') }).waitFor();

        // Not on the team: the badge names her at the PIN pad, and opens nothing.
        await marleen.present(rig().port);
        await page.getByTestId('pin-badge').getByText('Marleen').waitFor();
        await marleen.remove();
        await new Promise((resolve) => setTimeout(resolve, 1200));
        expect(await page.getByRole('tab').count()).toBe(0);

        // On the team: the evacuation list, at once, and no other tab.
        await sanne.present(rig().port);
        await page.getByRole('tab', { name: t('presence.tab') }).waitFor();
        expect(await page.getByRole('tab').count()).toBe(1);
        await page.getByTestId('operator').getByText('Sanne de Groot (BHV)').waitFor();
        await page.getByTestId('evacuation-pdf').waitFor();
        // Each kind of visitor under its own heading: a delivery is not a visitor in a meeting.
        for (const [group, name] of [
          ['presence.visitors', 'Joëlle Çelik'],
          ['presence.contractors', 'Ørjan Şahin'],
          ['presence.deliveries', 'Piet Koerier'],
        ] as const) {
          const list = page.locator('.panel', {
            has: page.getByRole('heading', { name: `${t(group)} (1)` }),
          });
          await list.getByText(name).waitFor();
        }
        // Staff presence is off here: said, with who switches it on (not the BHV session).
        const off = page.getByTestId('staff-presence-off');
        await off.getByText(t('presence.staffOffAsk')).waitFor();
        expect(await off.getByRole('button').count()).toBe(0);
        expect(await checkScreen(page, 'evacuation list by BHV badge', locale)).toEqual([]);
        // The session is the evacuation list's alone: any other call is refused.
        const other = await page.request.post(new URL('api/listPeople', host.url).href, {
          headers: { 'Content-Type': 'application/json' },
          data: '[]',
        });
        expect(await other.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
      } finally {
        await sanne.remove();
        await marleen.remove();
        await page.close();
        await host.stop();
      }
    },
  );
});

/** Visitors in the building now, each with the purpose they signed in for. */
function signedIn(file: string, visitors: [string, VisitPurpose][]) {
  const db = openDatabase(file);
  const now = DateTime.now().setZone('Europe/Amsterdam');
  const insert = db.prepare(
    `INSERT INTO visits (visitor_name, visit_date, checked_in_at, source, created_at, purpose)
     VALUES (?, ?, ?, 'reception', ?, ?)`,
  );
  for (const [name, purpose] of visitors)
    insert.run(name, now.toISODate(), now.toUTC().toISO(), now.toUTC().toISO(), purpose);
  db.close();
}

/**
 * Every source of Lobby's proposals, on the privacy officer's screen at both sizes and in both
 * languages: a restore, the tag register's lost and unreturned badges, the review's high
 * findings, a burst of wrong PINs, an audit trail changed behind its triggers, and a backup
 * overdue. Each made the way the kiosk meets it (the command line, the services, the kiosk's own
 * daily look at start), each with its evidence.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import os from 'node:os';
import { openDatabase } from '../../db/open';
import { createServices } from '../../main/app/services';
import { incidentSources } from '../../vocabulary';
import { translate, type MessageKey } from '../../renderer/i18n/translate';
import { fixturePath } from '../support/fixtures';
import { lobbyCli, resultsDir, shapesInLanguages, startHost, unlockIn } from './harness';
import { useBrowser } from './hooks';
import { checkScreen } from './screen-checks';
import { useTempDir } from '../support/temp';

const passphrase = 'correct horse battery staple';

describe('Lobby’s proposals to the incident register', () => {
  const dir = useTempDir();
  const browser = useBrowser();
  let prepared = '';
  let preparedDir = '';

  beforeAll(async () => {
    preparedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lobby-proposals-'));
    prepared = path.join(preparedDir, 'lobby.sqlite');
    const lobby = lobbyCli(prepared);
    const days = (n: number) => new Date(Date.now() - n * 86_400_000);
    // A backup three days old, restored: older data over newer is proposed.
    let s = createServices(openDatabase(prepared), { now: () => days(3) });
    s.backups.init(passphrase, 't');
    s.backups.setSchedule(
      { folder: path.join(preparedDir, 'backups'), keep: 3, everyHours: 24 },
      't',
    );
    const made = await s.backups.run('t');
    s.db.close();
    process.env.LOBBY_BACKUP_PASSPHRASE = passphrase;
    await lobby('restore', made.file);
    delete process.env.LOBBY_BACKUP_PASSPHRASE;
    // The last backup, three days ago: the daily one is overdue.
    s = createServices(openDatabase(prepared), { now: () => days(3) });
    await s.backups.run('t');
    s.db.close();
    await lobby('privacy', 'retention', '--event-months', '36', '--leaver-months', '36');
    for (const [kind, file] of [
      ['site', 'site.json'],
      ['staff', 'staff.csv'],
      ['tags', 'tags.csv'],
    ] as const)
      await lobby(kind, 'import', fixturePath(file));
    for (const kind of ['cardholders', 'events'])
      await lobby('building', 'import', fixturePath('building', 'nedap_aeos', `${kind}.csv`));
    await lobby('reconcile', '--as-of', '2025-11-03T06:15:00Z');
    await lobby('admin', 'set-pin', '--pin', '246813');
    // Someone at the PIN pad at night, waiting out each slow-down.
    const clock = { t: days(1).getTime() };
    s = createServices(openDatabase(prepared), { now: () => new Date(clock.t) });
    for (let i = 0; i < 12; i += 1) {
      clock.t += s.consoleLock.session().blockedMs;
      try {
        s.consoleLock.unlock('000000', null);
      } catch {
        // refused, as it should be
      }
    }
    s.db.close();
    // An entry changed behind the triggers' back.
    const raw = new Database(prepared);
    raw.exec(
      "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'niemand' WHERE id = 3;",
    );
    raw.close();
  }, 120_000);
  afterAll(() => fs.rmSync(preparedDir, { recursive: true, force: true }));

  it.each(shapesInLanguages)(
    'lists each with its evidence at %i×%i in %s',
    async (w, h, locale) => {
      const t = (key: MessageKey, params?: Record<string, string | number>) =>
        translate(locale, key, params);
      const dbFile = path.join(dir(), `proposals-${w}-${locale}.sqlite`);
      fs.copyFileSync(prepared, dbFile);
      // The kiosk's daily look at start proposes the broken chain and the overdue backup.
      const host = await startHost(dbFile, ['--no-pcsc']);
      const page = await browser().newPage({ viewport: { width: w, height: h } });
      try {
        await unlockIn(page, host.url, locale, '246813');
        await page.getByRole('tab', { name: t('incident.tab') }).click();
        const view = page.getByTestId('incidents-view');
        for (const source of incidentSources.filter((s) => s !== 'report')) {
          const rows = view.getByRole('button', {
            name: new RegExp(t(`incident.source.${source}`)),
          });
          await rows.first().waitFor();
          expect(await rows.count(), source).toBeGreaterThan(0);
        }
        await view
          .getByRole('button', { name: new RegExp(t('incident.source.finding')) })
          .first()
          .click();
        const detail = page.getByTestId('incident-detail');
        await detail
          .getByTestId('incident-evidence')
          .getByText(new RegExp(t('incident.evidenceFinding', { id: '\\d+' })))
          .waitFor();
        await view.getByRole('button', { name: new RegExp(t('incident.source.tag_lost')) }).click();
        await detail.getByTestId('incident-evidence').getByText('Femke van Ommeren').waitFor();
        expect(await checkScreen(page, 'proposals', locale)).toEqual([]);
      } catch (err) {
        await page.screenshot({ path: path.join(resultsDir, `proposals-${w}-${locale}.png`) });
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

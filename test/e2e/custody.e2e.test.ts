/**
 * Reception's badge work end to end: unlock the staff area, enrol a badge by tapping it on a real
 * PC/SC reader (pcscd + vpcd + virtual tag), give it to someone, pass it on, report it lost, and
 * read the complete custody history on screen and in the database.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { VirtualTag } from '../nfc/virtual-tag';
import { fixturePath } from '../support/fixtures';
import { useTempDir } from '../support/temp';
import { projectRoot, resultsDir, startHost } from './harness';
import { useBrowser, usePcscRig } from './hooks';

const run = promisify(execFile);
const pin = '482913';

describe('badge custody in the staff area', () => {
  const dir = useTempDir();
  const browser = useBrowser();
  const rig = usePcscRig();

  async function prepare(dbFile: string) {
    const lobby = (...args: string[]) =>
      run(process.execPath, ['bin/lobby.js', '--db', dbFile, ...args], { cwd: projectRoot });
    await lobby('site', 'import', fixturePath('site.json'));
    await lobby('staff', 'import', fixturePath('staff.csv'));
    await lobby('admin', 'set-pin', '--pin', pin);
  }

  async function unlock(page: Page) {
    await page.getByTestId('staff').click();
    for (const digit of '111111')
      await page.getByRole('button', { name: digit, exact: true }).click();
    await page.getByRole('button', { name: 'Ontgrendelen' }).click();
    await page.getByRole('alert').getByText('Die pincode klopt niet').waitFor();
    for (const digit of pin) await page.getByRole('button', { name: digit, exact: true }).click();
    await page.getByRole('button', { name: 'Ontgrendelen' }).click();
    await page.getByRole('tab', { name: 'Passen' }).waitFor();
  }

  async function giveTo(page: Page, name: string) {
    await page.getByRole('button', { name: 'Uitgeven aan…' }).click();
    await page.getByPlaceholder('Kies een medewerker').fill(name.split(' ')[0]!);
    await page.getByRole('button', { name: new RegExp(`^${name}`) }).click();
    const question = page.getByRole('alertdialog');
    await question.getByText(`uitgeven aan ${name}?`, { exact: false }).waitFor();
    await question.getByRole('button', { name: 'Uitgeven aan' }).click();
    await page.getByTestId('tag-holder').getByText(name).waitFor();
  }

  it('enrols a tapped badge, reassigns it, reports it lost, and keeps the whole history', async () => {
    const dbFile = path.join(dir(), 'lobby.sqlite');
    await prepare(dbFile);
    const host = await startHost(dbFile);
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    const badge = new VirtualTag({ uid: '04AABBCCDDEE11', kind: 'ntag213' });
    try {
      await page.goto(host.url);
      await page.getByText('Paslezer klaar').waitFor({ timeout: 10_000 });
      await unlock(page);

      await page.getByRole('tab', { name: 'Passen' }).click();
      await page.getByTestId('enrol').click();
      await page.getByText('Houd de nieuwe pas tegen de lezer').waitFor();
      await badge.present(rig().port);
      await page.getByTestId('enrol-uid').getByText('04AABBCCDDEE11').waitFor();
      await badge.remove();
      // Back on the reader within the debounce window, a badge counts as never having left.
      await page.waitForTimeout(900);
      await page.getByRole('button', { name: 'Registreren', exact: true }).click();
      await page.getByTestId('tag-status').getByText('Op voorraad').waitFor();

      await giveTo(page, 'Sanne de Groot');

      // A badge held to the reader opens its holder in the staff tab, and itself in the badges
      // tab; enrolling it again says whose it is.
      const tap = async () => {
        await badge.present(rig().port);
        // pcscd polls the reader: the badge stays on it until the read has surely been made.
        await page.waitForTimeout(1200);
        await badge.remove();
        // The reader takes the same badge again only after it has been away a moment.
        await page.waitForTimeout(900);
      };
      await page.getByRole('tab', { name: 'Medewerkers' }).click();
      await page.getByRole('button', { name: /^Sanne de Groot/ }).waitFor();
      await tap();
      await page
        .getByTestId('person-detail')
        .getByRole('heading', { name: 'Sanne de Groot' })
        .waitFor();
      await page.getByRole('tab', { name: 'Passen' }).click();
      await page.locator('[data-uid="04AABBCCDDEE11"]').waitFor();
      await tap();
      await page.getByTestId('tag-holder').getByText('Sanne de Groot').waitFor();
      await page.getByTestId('enrol').click();
      await tap();
      await page
        .getByTestId('enrol-panel')
        .getByText('Deze pas is al geregistreerd: 04AABBCCDDEE11 – Sanne de Groot.')
        .waitFor();
      await page.getByTestId('enrol-panel').getByRole('button', { name: 'Annuleren' }).click();
      await tap();
      await page.getByTestId('tag-holder').getByText('Sanne de Groot').waitFor();
      await giveTo(page, 'Pieter Hofstede');
      await page.getByRole('button', { name: 'Verloren melden' }).click();
      await page.getByPlaceholder('Toelichting').fill('verloren in de trein');
      await page.getByRole('button', { name: 'Verloren melden' }).last().click();
      await page.getByTestId('tag-status').getByText('Verloren').waitFor();
      await page.getByText('Laat de beheerder van het gebouw deze pas blokkeren').waitFor();

      const history = page.getByTestId('custody').getByRole('listitem');
      await expect
        .poll(() => history.allTextContents())
        .toEqual([
          expect.stringMatching(/^Sanne de Groot .* \(overgedragen\)$/),
          expect.stringMatching(/^Pieter Hofstede .* \(verloren\)$/),
        ]);

      await page.screenshot({ path: path.join(resultsDir, 'custody.png') });

      const reminders = page.getByTestId('incidents');
      await reminders.getByText('04AABBCCDDEE11').waitFor();
      await reminders.getByRole('button', { name: 'Gebouw heeft geblokkeerd' }).click();
      await reminders
        .getByRole('alertdialog')
        .getByRole('button', { name: 'Gebouw heeft geblokkeerd' })
        .click();
      await reminders.waitFor({ state: 'detached' });

      await page.getByRole('tab', { name: 'Medewerkers' }).click();
      await page.getByPlaceholder('Zoeken op naam of nummer').fill('Hofstede');
      await page.getByRole('button', { name: /^Pieter Hofstede/ }).click();
      await page.getByTestId('person-detail').getByText('04AABBCCDDEE11').first().waitFor();
      await page.getByTestId('person-access').getByText('Floor 4 general').waitFor();

      // Locking is enforced by the service, not only by the screen.
      await page.getByRole('button', { name: 'Vergrendelen' }).click();
      await page.getByTestId('visitor-sign-in').waitFor();
      const status = await page.evaluate(async () => {
        const response = await fetch('api/listPeople', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: '[]',
        });
        return (await response.json()) as { ok: boolean; error?: { code: string } };
      });
      expect(status).toEqual({
        ok: false,
        error: expect.objectContaining({ code: 'unauthorized' }),
      });
    } finally {
      await badge.remove();
      await page.close();
      await host.stop();
    }

    const db = new Database(dbFile, { readonly: true });
    const rows = db
      .prepare(
        `SELECT p.employee_id AS who, c.end_reason AS reason, c.ended_at IS NOT NULL AS ended
         FROM tag_custody c JOIN tags t ON t.id = c.tag_id LEFT JOIN people p ON p.id = c.person_id
         WHERE t.uid = '04AABBCCDDEE11' ORDER BY c.id`,
      )
      .all();
    expect(rows).toEqual([
      { who: 'E1003', reason: 'reassigned', ended: 1 },
      { who: 'E1004', reason: 'lost', ended: 1 },
    ]);
    // Proposed to the incident register, for the privacy officer to look at.
    expect(db.prepare('SELECT source, what, status FROM incidents').all()).toEqual([
      { source: 'tag_lost', what: 'verloren in de trein', status: 'proposed' },
    ]);
    db.close();
  });
});

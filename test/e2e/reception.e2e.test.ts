/**
 * Reception end to end, through the browser host with a real PC/SC reader (pcscd + vpcd + our
 * virtual tag) and a real SMTP server on loopback: a visitor signs in on the touchscreen (NL,
 * portrait), the host's e-mail arrives, the receptionist (landscape) sees the arrival and hands
 * a pool badge out by a tap, the evacuation list (read back with pdftotext) lists the visitor,
 * the badge tapped again signs them out, and the next list no longer does.
 */
import fs from 'node:fs';
import type net from 'node:net';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { lift, VirtualTag } from '../nfc/virtual-tag';
import { useTempDir } from '../support/temp';
import {
  downloadedPdfText,
  startHost,
  unlockConsole,
  typeOnScreen,
  importRegistersWithCli,
  lobbyCli,
} from './harness';
import { useBrowser, usePcscRig } from './hooks';

function smtpServer() {
  const mails: { to: string; raw: string }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (c: Buffer) => (raw += c.toString()));
      stream.on('end', () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), raw });
        callback();
      });
    },
  });
  return {
    mails,
    listen: () =>
      new Promise<number>((resolve) =>
        server.listen(0, '127.0.0.1', () =>
          resolve((server.server.address() as net.AddressInfo).port),
        ),
      ),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('reception in Chromium', () => {
  const dir = useTempDir();
  const browser = useBrowser();
  const rig = usePcscRig();

  it('a visitor signs in, the host is told, a badge goes out and back, the BHV list follows', async () => {
    const dbFile = path.join(dir(), 'lobby.sqlite');
    const lobby = lobbyCli(dbFile);
    await importRegistersWithCli(dbFile, ['site', 'staff', 'tags']);
    await lobby('admin', 'set-pin', '--pin', '975310');
    const smtp = smtpServer();
    const port = await smtp.listen();
    const db = openDatabase(dbFile);
    db.prepare("UPDATE people SET email = 'joost@vn.example' WHERE employee_id = 'E1002'").run();
    db.prepare("INSERT INTO settings (key, value) VALUES ('notify.email', ?)").run(
      JSON.stringify({
        host: '127.0.0.1',
        port,
        security: 'none',
        user: null,
        password: null,
        from: 'Lobby <lobby@vn.example>',
      }),
    );
    // The test's mail server is on this machine: allowed by name, as a privacy officer would.
    db.prepare("INSERT INTO settings (key, value) VALUES ('notify.allowedHosts', ?)").run(
      JSON.stringify(['127.0.0.1']),
    );
    db.close();

    const host = await startHost(dbFile);
    const visitor = await browser().newPage({ viewport: { width: 800, height: 1280 } });
    const desk = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    const badge = new VirtualTag({ uid: '041B1251F77A28', kind: 'ntag213' });
    try {
      // The visitor, in Dutch, on the portrait touchscreen: a walk-in in seven touches.
      await visitor.goto(host.url);
      await visitor.getByTestId('visitor-sign-in').click();
      await typeOnScreen(visitor, 'Eva');
      await visitor.getByRole('button', { name: 'Ik sta er niet bij' }).click();
      await typeOnScreen(visitor, ' Mol');
      await visitor.getByRole('button', { name: 'Volgende' }).click();
      await typeOnScreen(visitor, 'Drukkerij');
      await visitor.getByRole('button', { name: 'Volgende' }).click();
      await typeOnScreen(visitor, 'Dijk');
      await visitor.getByRole('button', { name: /Joost van Dijkhuizen/ }).click();
      await visitor.getByRole('button', { name: 'Afspraak' }).click();
      await visitor
        .getByTestId('privacy-notice')
        .getByText(/na 28 dagen gewist/)
        .waitFor();
      // Our own organisation keeps the data, at the site; not the building as controller.
      expect(await visitor.getByTestId('privacy-notice').textContent()).toMatch(
        /^Veldkamp & Noorderlicht B\.V\. noteert bij Floor 4/,
      );
      await visitor.getByRole('button', { name: 'Akkoord, meld mij aan' }).click();
      const done = visitor.getByTestId('visitor-done');
      await done.getByText('Welkom, Eva').waitFor();
      await done.getByText('Joost weet dat u er bent. Wilt u hier even wachten?').waitFor();
      await visitor.getByRole('button', { name: 'Klaar' }).click();
      await visitor.getByTestId('visitor-sign-in').waitFor();

      // The host's e-mail reaches the mail server.
      await expect.poll(() => smtp.mails.length, { timeout: 15_000 }).toBe(1);
      expect(smtp.mails[0]!.to).toBe('joost@vn.example');
      expect(smtp.mails[0]!.raw).toMatch(/Subject: Eva Mol is er voor je/);

      // The receptionist sees the arrival and hands out a pool badge by a tap.
      await desk.goto(host.url);
      await unlockConsole(desk, '975310');
      await desk.getByRole('tab', { name: 'Receptie' }).click();
      const waiting = desk.getByTestId('visits-waiting');
      await waiting.getByRole('button', { name: /Eva Mol/ }).click();
      await desk.getByTestId('notifications').getByText('verstuurd').waitFor();
      await desk.getByRole('button', { name: 'Pas uitgeven' }).click();
      await desk.getByTestId('tap-badge-now').waitFor();
      await badge.present(rig().port);
      await desk
        .getByTestId('reception-tap')
        .getByText(/Pas BEZ-01 is voor Eva/)
        .waitFor();
      await lift(badge);
      await waiting.getByText(/Pas BEZ-01 is mee/).waitFor();
      await desk.getByRole('button', { name: 'Opgehaald' }).click();
      await desk
        .getByTestId('visits-present')
        .getByRole('button', { name: /Eva Mol/ })
        .waitFor();

      // The evacuation list lists her.
      const evacuationText = async () => {
        await desk.getByRole('tab', { name: 'Aanwezig / BHV' }).click();
        return downloadedPdfText(desk, 'evacuation-pdf', dir());
      };
      const before = await evacuationText();
      expect(before).toContain('Ontruimingslijst (BHV)');
      expect(before).toMatch(/Eva Mol/);
      expect(before).toMatch(/pas BEZ-01/);

      // She taps the badge on her way out: signed out, said so on the home screen.
      await badge.present(rig().port);
      const tapped = visitor.getByTestId('tap-result');
      await tapped.getByText('Tot ziens, Eva').waitFor();
      expect(await tapped.getAttribute('data-outcome')).toBe('returned');
      await lift(badge);
      // A second tap straight after is the same hand-in, said so, and nothing changes.
      await badge.present(rig().port);
      await visitor.getByText('Deze pas is al ingeleverd').waitFor();
      await lift(badge);

      const after = await evacuationText();
      expect(after).not.toMatch(/Eva Mol/);
      expect(after).toContain('Totaal: 0');
      await desk.getByRole('tab', { name: 'Receptie' }).click();
      await desk
        .getByTestId('visits-left')
        .getByRole('button', { name: /Eva Mol/ })
        .waitFor();
      expect(smtp.mails).toHaveLength(1);
    } finally {
      await badge.remove();
      await visitor.close();
      await desk.close();
      await host.stop();
      await smtp.close();
      fs.rmSync(path.join(dir(), 'lobby.sqlite'), { force: true });
    }
  });
});

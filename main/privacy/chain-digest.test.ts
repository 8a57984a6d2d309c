/**
 * The daily digest against a real SMTP server on loopback: the privacy officer's mailbox gets
 * the chain's head, and that line later shows a rewritten trail (`lobby audit verify --anchor`).
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { projectRoot } from '../../test/e2e/harness';
import { rewriteChainWithout } from '../../test/support/audit-attack';
import { mailbox } from '../../test/support/mailbox';
import { useTempDir } from '../../test/support/temp';
import { startHousekeeping } from '../app/housekeeping';
import { createServices } from '../app/services';
import { notifySettings } from '../notify/notify-settings';

describe('the audit chain’s daily digest', () => {
  const dir = useTempDir();

  it('mails the head once a day, and its line later shows a rewritten trail', async () => {
    const box = await mailbox();
    const file = path.join(dir(), 'lobby.sqlite');
    const db = openDatabase(file);
    const s = createServices(db);
    const clock = { now: new Date('2026-12-02T06:00:00Z') };
    const notify = notifySettings(s.settings);
    notify.setEmail({
      host: '127.0.0.1',
      port: box.port,
      security: 'none',
      user: null,
      password: null,
      from: 'Lobby <lobby@vn.example>',
    });
    notify.setAllowedHosts(['127.0.0.1']);
    for (const action of ['person.view', 'visit.signIn', 'visit.close'])
      s.audit.record({ actor: 'staff', action, subject: '7' });
    const logged: string[] = [];
    const housekeeping = startHousekeeping(
      s,
      (_e, what) => logged.push(what),
      () => clock.now,
    );
    try {
      // Nobody to send it to yet: nothing goes.
      expect(s.chainDigest.due()).toBe(false);
      notify.setPrivacyOfficer('privacy@vn.example');
      housekeeping.look();
      await expect.poll(() => box.mails.length).toBe(1);
      const mail = box.mails[0]!;
      expect(mail.to).toBe('privacy@vn.example');
      expect(mail.subject).toMatch(/auditlog .*in orde/);
      const anchor = /lobby audit verify --anchor (\d+:[0-9a-f]{64})/.exec(mail.text)![1]!;
      // Once a day: the next look the same day sends nothing.
      clock.now = new Date('2026-12-02T18:00:00Z');
      housekeeping.look();
      await new Promise((r) => setTimeout(r, 200));
      expect(box.mails).toHaveLength(1);
      expect(logged).toEqual([]);
      s.audit.record({ actor: 'staff', action: 'tags.enrol' });
      housekeeping.stop();
      db.close();

      const verify = (...args: string[]) =>
        promisify(execFile)(
          process.execPath,
          ['bin/lobby.js', '--db', file, 'audit', 'verify', ...args],
          {
            cwd: projectRoot,
          },
        ).then(
          () => 0,
          (e: { code: number }) => e.code,
        );
      expect(await verify('--anchor', anchor)).toBe(0);
      rewriteChainWithout(file, 2);
      // The chain alone is whole again; against the mailed head it is not.
      expect(await verify()).toBe(0);
      expect(await verify('--anchor', anchor)).toBe(3);
    } finally {
      housekeeping.stop();
      await box.close();
    }
  });
});

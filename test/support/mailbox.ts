/** A real SMTP server on a free loopback port that keeps what it receives. */
import net from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { SettingsRepo } from '../../db/repos/settings';
import { notifySettings } from '../../main/notify/notify-settings';

export const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });

export async function mailbox() {
  const mails: { to: string; subject: string; text: string }[] = [];
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    onData(stream, session, callback) {
      void simpleParser(stream).then((mail) => {
        const to = session.envelope.rcptTo.map((r) => r.address).join(',');
        mails.push({ to, subject: mail.subject ?? '', text: mail.text ?? '' });
        callback();
      }, callback);
    },
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    mails,
    port,
    /** Points the kiosk's mail settings at this server. */
    useFrom(settings: SettingsRepo) {
      const notify = notifySettings(settings);
      notify.setEmail({
        host: '127.0.0.1',
        port,
        security: 'none',
        user: null,
        password: null,
        from: 'Lobby <lobby@vn.example>',
      });
      notify.setAllowedHosts(['127.0.0.1']);
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/**
 * The outbox against real servers on loopback: an SMTP server (smtp-server) that is down at
 * first, and an HTTP receiver that fails once. Nothing is lost and nothing arrives twice.
 */
import http from 'node:http';
import net from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import { testReception } from '../../test/support/reception';

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });

interface Received {
  from: string;
  to: string;
  subject: string;
  text: string;
  messageId: string;
  user: string | undefined;
}

function smtp(port: number) {
  const received: Received[] = [];
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    onAuth(auth, _session, callback) {
      if (auth.username === 'lobby' && auth.password === 'geheim')
        callback(null, { user: auth.username });
      else callback(new Error('Invalid username or password'));
    },
    onData(stream, session, callback) {
      void simpleParser(stream).then((mail) => {
        received.push({
          from: mail.from?.text ?? '',
          to: session.envelope.rcptTo.map((r) => r.address).join(','),
          subject: mail.subject ?? '',
          text: mail.text ?? '',
          messageId: mail.messageId ?? '',
          user: session.user as string | undefined,
        });
        callback();
      }, callback);
    },
  });
  return {
    received,
    start: () => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve)),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (stops.length) await stops.pop()!();
});

async function arrival() {
  const t = await testReception();
  // The test's mail server and webhook receiver are on this machine: allowed by name.
  t.reception.notify.setAllowedHosts(['127.0.0.1']);
  t.db.prepare("UPDATE people SET email = 'joost@vn.example' WHERE employee_id = 'E1002'").run();
  const signIn = () => {
    const r = t.reception.desk.signIn({
      expectedVisitId: null,
      visitorName: 'Annelies Koster',
      visitorCompany: 'Gemeente Amersfoort',
      visitorPhone: '',
      hostId: t.personId('E1002'),
      purpose: 'meeting',
      locale: 'nl',
    });
    if (r.outcome !== 'signedIn') throw new Error(r.outcome);
    return r.visitId;
  };
  const statuses = (visitId: number) =>
    t.reception.desk.byId(visitId).notifications.map((n) => `${n.channel}:${n.status}`);
  return { ...t, signIn, statuses };
}

describe('notifying hosts through the outbox', () => {
  it('keeps an e-mail while the mail server is down and delivers it once when it is back', async () => {
    const port = await freePort();
    const { reception, signIn, statuses, clock } = await arrival();
    reception.notify.setEmail({
      host: '127.0.0.1',
      port,
      security: 'none',
      user: 'lobby',
      password: 'geheim',
      from: 'Lobby <lobby@vn.example>',
    });
    const visit = signIn();
    expect(statuses(visit)).toEqual(['email:queued']);

    // Down: nothing goes, nothing is lost, the next try waits.
    expect(await reception.outbox.deliverDue()).toBe(0);
    const [failed] = reception.desk.byId(visit).notifications;
    expect(failed).toMatchObject({ status: 'queued', attempts: 1 });
    expect(failed!.lastError).toMatch(/ECONNREFUSED|ESOCKET|CONN/);
    expect(await reception.outbox.deliverDue()).toBe(0); // not due yet

    const server = smtp(port);
    await server.start();
    stops.push(server.stop);
    clock.advance(1);
    const sent = await reception.outbox.deliverDue();
    expect(reception.desk.byId(visit).notifications[0]).toMatchObject({ lastError: null });
    expect(sent).toBe(1);
    clock.advance(60);
    expect(await reception.outbox.deliverDue()).toBe(0);
    expect(statuses(visit)).toEqual(['email:sent']);
    expect(server.received).toHaveLength(1);
    expect(server.received[0]).toMatchObject({
      to: 'joost@vn.example',
      subject: 'Annelies Koster is er voor je',
      user: 'lobby',
    });
    expect(server.received[0]!.text).toContain('Hallo Joost');
    expect(server.received[0]!.messageId).toMatch(/^<notification-\d+@lobby\.local>$/);
  });

  it('gives up at once when the server refuses the login, and says why', async () => {
    const port = await freePort();
    const server = smtp(port);
    await server.start();
    stops.push(server.stop);
    const { reception, signIn } = await arrival();
    reception.notify.setEmail({
      host: '127.0.0.1',
      port,
      security: 'none',
      user: 'lobby',
      password: 'fout',
      from: 'lobby@vn.example',
    });
    const visit = signIn();
    await reception.outbox.deliverDue();
    expect(reception.desk.byId(visit).notifications[0]).toMatchObject({
      status: 'failed',
      lastError: expect.stringMatching(/^SMTP 5\d\d/),
    });
    expect(server.received).toEqual([]);
  });

  it('posts to a webhook, retries after a failure, and posts once', async () => {
    const bodies: unknown[] = [];
    const keys: string[] = [];
    let failures = 1;
    const receiver = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        if (failures-- > 0) {
          res.writeHead(503).end();
          return;
        }
        bodies.push(JSON.parse(body));
        keys.push(String(req.headers['idempotency-key']));
        res.writeHead(200).end('ok');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    stops.push(() => new Promise((resolve) => receiver.close(() => resolve())));
    const { port } = receiver.address() as net.AddressInfo;
    const { reception, signIn, statuses, clock } = await arrival();
    reception.notify.setWebhook({ url: `http://127.0.0.1:${port}/teams` });
    const visit = signIn();
    expect(await reception.outbox.deliverDue()).toBe(0);
    expect(reception.desk.byId(visit).notifications[0]).toMatchObject({
      status: 'queued',
      lastError: 'HTTP 503',
    });
    clock.advance(1);
    expect(await reception.outbox.deliverDue()).toBe(1);
    clock.advance(10);
    expect(await reception.outbox.deliverDue()).toBe(0);
    expect(statuses(visit)).toEqual(['webhook:sent']);
    expect(bodies).toHaveLength(1);
    expect(bodies[0]).toMatchObject({
      event: 'visitor.arrived',
      visitor: { name: 'Annelies Koster', company: 'Gemeente Amersfoort' },
      host: { email: 'joost@vn.example' },
    });
    expect(keys[0]).toMatch(/^notification-\d+$/);
  });
});

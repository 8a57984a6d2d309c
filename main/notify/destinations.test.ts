import http from 'node:http';
import type net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { isInternalAddress } from './destinations';
import { SendFailure, sendEmail, sendWebhook, type Outgoing } from './senders';

const message: Outgoing = {
  id: 'n-1',
  to: 'host@vn.example',
  subject: 'Your visitor',
  text: 'Annelies Koster is waiting.',
  json: { visitor: 'Annelies Koster' },
};

const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (stops.length) await stops.pop()!();
});

/** A real receiver on loopback that counts what reaches it. */
async function receiver() {
  const bodies: string[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      bodies.push(body);
      res.writeHead(200).end('secret reply from an internal service');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  stops.push(() => new Promise((resolve) => server.close(() => resolve())));
  return { port: (server.address() as net.AddressInfo).port, bodies };
}

const refusal = (p: Promise<void>) =>
  p.then(
    () => null,
    (err: unknown) => (err instanceof SendFailure ? { permanent: err.permanent } : err),
  );

describe('where host notices may go', () => {
  it('knows internal addresses in every spelling', () => {
    for (const a of ['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.10', '169.254.169.254'])
      expect(isInternalAddress(a), a).toBe(true);
    for (const a of [
      '::1',
      '[::1]',
      'fe80::1',
      'fd00::5',
      '::ffff:127.0.0.1',
      '::ffff:7f00:1',
      '::',
    ])
      expect(isInternalAddress(a), a).toBe(true);
    for (const a of ['93.184.216.34', '2606:2800:220:1::1'])
      expect(isInternalAddress(a), a).toBe(false);
  });

  it('posts visitors’ names to no internal address, however the webhook writes it', async () => {
    const { port, bodies } = await receiver();
    for (const url of [
      `http://127.0.0.1:${port}/hook`,
      `https://127.0.0.1:${port}/hook`,
      `https://2130706433:${port}/hook`,
      `https://[::1]:${port}/hook`,
      `https://localhost:${port}/hook`,
      'https://169.254.169.254/latest/meta-data/',
    ]) {
      expect(await refusal(sendWebhook({ url }, message)), url).toEqual({ permanent: true });
    }
    expect(bodies).toEqual([]);
    // The privacy officer allowed this host by name: then it goes, over http too.
    await sendWebhook({ url: `http://127.0.0.1:${port}/hook` }, message, ['127.0.0.1']);
    expect(bodies).toEqual([JSON.stringify(message.json)]);
  });

  it('sends no e-mail through an internal mail server that was not allowed', async () => {
    const settings = {
      host: 'localhost',
      port: 25,
      security: 'none' as const,
      user: null,
      password: null,
      from: 'lobby@vn.example',
    };
    expect(await refusal(sendEmail(settings, message))).toEqual({ permanent: true });
    expect(await refusal(sendEmail({ ...settings, host: '127.0.0.1' }, message))).toEqual({
      permanent: true,
    });
  });
});

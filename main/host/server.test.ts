import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { useTempDir } from '../../test/support/temp';
import { EventHub } from '../ipc/events';
import { fakeDispatch } from '../../test/support/fake-handlers';
import type { EventPayloads } from '../contract/features';
import { startBrowserHost, type BrowserHost } from './server';

const dispatch = fakeDispatch();

interface Reply {
  status: number;
  body: string;
  headers: http.IncomingHttpHeaders;
}

/** Raw HTTP, so the test controls Host and Origin exactly as another local process could. */
function request(
  port: number,
  pathname: string,
  opts: { method?: string; body?: string; headers?: Record<string, string> } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: pathname,
        method: opts.method ?? 'GET',
        headers: { 'Content-Type': 'application/json', ...opts.headers },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

describe('browser host', () => {
  const dir = useTempDir();
  let host: BrowserHost;
  let events: EventHub<EventPayloads>;
  let secretPath: string;

  beforeEach(async () => {
    fs.writeFileSync(path.join(dir(), 'index.html'), '<!doctype html><title>kiosk</title>');
    fs.writeFileSync(path.join(dir(), '..', `outside-${path.basename(dir())}.txt`), 'private');
    events = new EventHub<EventPayloads>();
    host = await startBrowserHost({ dispatch, events, webRoot: dir() });
    secretPath = new URL(host.url).pathname;
  });
  afterEach(async () => {
    await host.close();
    fs.rmSync(path.join(dir(), '..', `outside-${path.basename(dir())}.txt`), { force: true });
  });

  it('serves the page under the secret path with a strict CSP and no referrer', async () => {
    const reply = await request(host.port, secretPath);
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('kiosk');
    expect(reply.headers['content-security-policy']).toContain("script-src 'self'");
    expect(reply.headers['content-security-policy']).not.toContain('unsafe');
    expect(reply.headers['referrer-policy']).toBe('no-referrer');
    expect(new URL(host.url).hostname).toBe('127.0.0.1');
    expect(secretPath).toMatch(/^\/[A-Za-z0-9_-]{43}\/$/);
  });

  it('answers a contract call and refuses a wrong argument type with invalid_argument', async () => {
    const ok = await request(host.port, `${secretPath}api/setDefaultLocale`, {
      method: 'POST',
      body: '["en"]',
    });
    expect(JSON.parse(ok.body)).toEqual({
      ok: true,
      value: { defaultLocale: 'en', timeZone: 'Europe/Amsterdam' },
    });
    const bad = await request(host.port, `${secretPath}api/setDefaultLocale`, {
      method: 'POST',
      body: '[42]',
    });
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    const notJson = await request(host.port, `${secretPath}api/setDefaultLocale`, {
      method: 'POST',
      body: '{nope',
    });
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.body)).toMatchObject({
      ok: false,
      error: { code: 'invalid_argument' },
    });
  });

  it('lets a browser start from a one-time URL without the secret on its command line', async () => {
    const boot = new URL(host.oneTimeUrl());
    expect(boot.pathname).not.toContain(secretPath.slice(1, -1));
    const first = await request(host.port, boot.pathname);
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe(secretPath);
    // Used once: a process that read the command line afterwards gets nothing.
    expect((await request(host.port, boot.pathname)).status).toBe(403);
    expect((await request(host.port, `/boot/${'A'.repeat(32)}`)).status).toBe(403);
  });

  it('refuses a large body for a small call before reading it, and other media types', async () => {
    const big = await request(host.port, `${secretPath}api/getAppInfo`, {
      method: 'POST',
      body: `[${'0,'.repeat(200_000)}0]`,
    });
    expect(big.status).toBe(413);
    const jsonp = await request(host.port, `${secretPath}api/getAppInfo`, {
      method: 'POST',
      body: '[]',
      headers: { 'Content-Type': 'application/jsonp' },
    });
    expect(jsonp.status).toBe(415);
    const upper = await request(host.port, `${secretPath}api/getAppInfo`, {
      method: 'POST',
      body: '[]',
      headers: { 'Content-Type': 'Application/JSON; charset=utf-8' },
    });
    expect(upper.status).toBe(200);
  });

  it('refuses every request without the right secret', async () => {
    const wrongSecret = `/${'A'.repeat(43)}/`;
    for (const p of [
      '/',
      '/index.html',
      '/api/getAppInfo',
      wrongSecret,
      `${wrongSecret}api/getAppInfo`,
    ]) {
      const method = p.includes('api') ? 'POST' : 'GET';
      const reply = await request(host.port, p, {
        method,
        body: method === 'POST' ? '[]' : undefined,
      }).catch((e: Error) => {
        throw new Error(`${p} ${method}: ${e.message}`);
      });
      expect(reply.status, p).toBe(403);
      expect(reply.body).not.toContain('"ok"');
    }
  });

  it('refuses a foreign Host or Origin even with the secret (DNS rebinding, web pages)', async () => {
    const call = (headers: Record<string, string>) =>
      request(host.port, `${secretPath}api/getAppInfo`, { method: 'POST', body: '[]', headers });
    expect((await call({ Host: `evil.example:${host.port}` })).status).toBe(403);
    expect((await call({ Origin: 'https://evil.example' })).status).toBe(403);
    expect((await call({ Origin: `http://127.0.0.1:${host.port}` })).status).toBe(200);
  });

  it('does not serve files outside the web root', async () => {
    const name = `outside-${path.basename(dir())}.txt`;
    for (const p of [`../${name}`, `..%2F${name}`, `%2e%2e/${name}`, `....//${name}`]) {
      const reply = await request(host.port, `${secretPath}${p}`);
      expect(reply.body, p).not.toContain('private');
    }
  });

  it('listens on loopback only', async () => {
    // Every address this machine has except 127.0.0.1 itself, IPv6 loopback included.
    const addresses = Object.entries(os.networkInterfaces()).flatMap(([name, infos = []]) =>
      infos
        .filter((a) => a.address !== '127.0.0.1')
        .map((a) => (a.family === 'IPv6' && a.scopeid ? `${a.address}%${name}` : a.address)),
    );
    expect(addresses.length).toBeGreaterThan(0);
    for (const address of addresses) {
      const outcome = await new Promise<string>((resolve) => {
        const socket = net.connect({ host: address, port: host.port });
        socket.once('connect', () => {
          socket.destroy();
          resolve('connected');
        });
        socket.once('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? 'error'));
      });
      expect(outcome, address).toBe('ECONNREFUSED');
    }
    const local = await request(host.port, secretPath);
    expect(local.status).toBe(200);
  });

  it('pushes events over the WebSocket only to holders of the secret', async () => {
    const wsBase = `ws://127.0.0.1:${host.port}`;
    const refused = await new Promise<string>((resolve) => {
      const ws = new WebSocket(`${wsBase}/events`);
      ws.on('open', () => resolve('open'));
      ws.on('error', () => resolve('refused'));
    });
    expect(refused).toBe('refused');

    const ws = new WebSocket(`${wsBase}${secretPath}events`);
    await new Promise((resolve) => ws.on('open', resolve));
    const received = new Promise<unknown>((resolve) =>
      ws.on('message', (data) => resolve(JSON.parse(String(data)))),
    );
    events.publish('readerStatus', { state: 'offline', readers: [] });
    expect(await received).toEqual({
      event: 'readerStatus',
      payload: { state: 'offline', readers: [] },
    });
    ws.close();
  });
});

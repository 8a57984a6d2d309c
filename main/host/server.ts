import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { newClient } from '../ipc/call-context';
import type { Dispatch } from '../ipc/dispatch';
import type { EventSource } from '../ipc/events';
import { readStatic } from '../assets/static-files';
import { contentSecurityPolicy } from '../security-policy';

export interface BrowserHostOptions {
  dispatch: Dispatch;
  events: EventSource;
  /** Folder holding the built renderer (index.html and assets). */
  webRoot: string;
  /** 0 picks a free port. */
  port?: number;
  /** Fixed only in tests; otherwise a fresh secret per start. */
  secret?: string;
  /** Failures no client should see (codes only: never what a client sent). */
  log?: (err: unknown) => void;
}

export interface BrowserHost {
  /** The page to open; it carries the secret, so treat it like a password. */
  url: string;
  /**
   * A URL for starting a browser with: it works once and only for a minute, then leads to `url`.
   * A command line is readable by every local process; the secret must not be on it.
   */
  oneTimeUrl(): string;
  port: number;
  close(): Promise<void>;
}

// The largest call is one upload chunk: 4 MB of file, base64 (about 5.6 MB), in JSON. Every
// other call's arguments are a few kilobytes; a large body for one is refused before it is read.
const uploadBodyBytes = 8 * 1024 * 1024;
const callBodyBytes = 256 * 1024;
const bodyLimit = (call: string) => (call === 'uploadChunk' ? uploadBodyBytes : callBodyBytes);
const loopback = '127.0.0.1';
/** How long a one-time start URL may wait for its browser. */
const bootLifeMs = 10_000;

/**
 * Serves the renderer and the contract to a browser on this machine only. Every request must
 * carry the per-start secret as its first path segment, so another local process or a web page
 * in a browser cannot call the kiosk. The Host and Origin checks stop DNS-rebinding tricks.
 */
export async function startBrowserHost(opts: BrowserHostOptions): Promise<BrowserHost> {
  const secret = opts.secret ?? crypto.randomBytes(32).toString('base64url');
  const server = http.createServer();
  // Malformed requests and sockets reset mid-request end that connection, nothing more.
  server.on('clientError', (_err, socket) => socket.destroy());
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, loopback, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origins = new Set([`http://${loopback}:${port}`, `http://localhost:${port}`]);
  const hosts = new Set([`${loopback}:${port}`, `localhost:${port}`]);
  const csp = contentSecurityPolicy([`ws://${loopback}:${port}`, `ws://localhost:${port}`]);

  /** Returns the path after `/<secret>` or null when the request may not proceed. */
  const authorise = (req: http.IncomingMessage): string | null => {
    if (!hosts.has(req.headers.host ?? '')) return null;
    const origin = req.headers.origin;
    if (origin !== undefined && !origins.has(origin)) return null;
    const url = new URL(req.url ?? '/', `http://${loopback}`);
    const [, first = '', ...rest] = url.pathname.split('/');
    if (!safeEqual(first, secret)) return null;
    return `/${rest.join('/')}`;
  };

  const boots = new Map<string, number>();
  const oneTimeUrl = () => {
    const token = crypto.randomBytes(24).toString('base64url');
    // Seconds, not a minute: the browser asks for it at once.
    boots.set(token, Date.now() + bootLifeMs);
    return `http://${loopback}:${port}/boot/${token}`;
  };
  /** GET /boot/<token>: once, within its seconds, to the page with the secret. */
  const boot = (req: http.IncomingMessage, res: http.ServerResponse): boolean => {
    const match = /^\/boot\/([A-Za-z0-9_-]{32})$/.exec(req.url ?? '');
    if (!match || !hosts.has(req.headers.host ?? '')) return false;
    const until = boots.get(match[1]!);
    boots.delete(match[1]!);
    if (until === undefined || until < Date.now()) return false;
    res.writeHead(303, { Location: `/${secret}/`, 'Content-Length': 0 });
    res.end();
    return true;
  };

  server.on('request', (req, res) => {
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'no-store');
    if (req.method === 'GET' && boot(req, res)) return;
    const rest = authorise(req);
    if (rest !== null && rest.startsWith('/api/')) {
      // A call that fails on the way (a client gone mid-body) must never reach the process.
      handleCall(req, res, rest.slice(5)).catch((err: unknown) => {
        opts.log?.(err);
        if (!res.headersSent && !res.destroyed) send(res, 500, 'text/plain', '');
      });
      return;
    }
    // Nothing else reads a body; drain it so the connection stays usable after an early answer.
    req.resume();
    if (rest === null) return send(res, 403, 'text/plain', 'Forbidden');
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', '');
    return void readStatic(opts.webRoot, rest).then((file) => {
      if (!file) return send(res, 404, 'text/plain', 'Not found');
      res.setHeader('Content-Security-Policy', csp);
      return send(res, 200, file.contentType, file.body);
    });
  });

  const handleCall = async (req: http.IncomingMessage, res: http.ServerResponse, name: string) => {
    const mediaType = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (req.method !== 'POST' || mediaType !== 'application/json') {
      req.resume();
      return send(res, req.method === 'POST' ? 415 : 405, 'text/plain', 'POST JSON only');
    }
    const limit = bodyLimit(name);
    if (Number(req.headers['content-length'] ?? 0) > limit) {
      res.setHeader('Connection', 'close');
      send(res, 413, 'text/plain', 'Too large');
      return void req.destroy();
    }
    const body = await readBody(req, limit);
    if (body === null && !req.complete) return; // nobody is listening for the answer
    const args = body === null ? undefined : parseJson(body);
    if (args === undefined) {
      const error = { code: 'invalid_argument', message: 'The request body must be a JSON array.' };
      return send(res, 400, 'application/json', JSON.stringify({ ok: false, error }));
    }
    // The console session belongs to this browser alone: its token lives in an HttpOnly cookie
    // no script can read, and the calls of a client without it find the console locked.
    const given = consoleCookie(req.headers.cookie);
    const client = newClient(given);
    const result = await opts.dispatch(name, args, client);
    if (client.consoleToken !== given) res.setHeader('Set-Cookie', cookieFor(client.consoleToken));
    send(res, 200, 'application/json', JSON.stringify(result));
  };

  const clients = new Set<WebSocket>();
  server.on('upgrade', (req, socket, head) => {
    if (authorise(req) !== '/events') {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(req, socket, head, (ws) => {
      clients.add(ws);
      ws.on('close', () => clients.delete(ws));
      // A frame past maxPayload or a broken one ends that socket, nothing more.
      ws.on('error', () => ws.terminate());
      ws.on('message', () => ws.close(1008, 'calls go over HTTP'));
    });
  });
  const unsubscribe = opts.events.subscribe((event, payload) => {
    const message = JSON.stringify({ event, payload });
    for (const ws of clients) ws.send(message);
  });

  return {
    url: `http://${loopback}:${port}/${secret}/`,
    oneTimeUrl,
    port,
    async close() {
      unsubscribe();
      for (const ws of clients) ws.terminate();
      sockets.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const cookieName = 'lobby-console';
const cookieValue = /^[A-Za-z0-9_-]{43}$/;

/** The console token the browser sent, or null. */
function consoleCookie(header: string | undefined): string | null {
  for (const part of (header ?? '').split(';')) {
    const [name, value = ''] = part.trim().split('=');
    if (name === cookieName && cookieValue.test(value)) return value;
  }
  return null;
}

/** Set, or clear when the console was locked; for this browser's calls only. */
function cookieFor(token: string | null): string {
  const common = `Path=/; HttpOnly; SameSite=Strict`;
  return token === null
    ? `${cookieName}=; ${common}; Max-Age=0`
    : `${cookieName}=${token}; ${common}`;
}

/** Parsed JSON, or undefined when the text is not JSON (JSON itself has no `undefined`). */
function parseJson(text: string): unknown {
  if (text.length === 0) return [];
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && crypto.timingSafeEqual(ab, bb);
}

function send(
  res: http.ServerResponse,
  status: number,
  contentType: string,
  body: string | Buffer,
): void {
  res.writeHead(status, { 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

/** The body as text, or null when it is larger than any call needs or the client went away. */
function readBody(req: http.IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.destroy();
        resolve(null);
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    // ECONNRESET, or the socket closed before Content-Length bytes came.
    req.on('error', () => resolve(null));
    req.on('close', () => {
      if (!req.complete) resolve(null);
    });
  });
}

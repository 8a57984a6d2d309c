/**
 * The two ways out: e-mail through nodemailer (STARTTLS, TLS, authentication; no hand-written
 * SMTP) and a JSON POST to a webhook. Each says whether a failure is worth trying again. Neither
 * goes to an internal address the privacy officer did not allow (destinations.ts).
 */
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import nodemailer from 'nodemailer';
import { checkWebhookUrl, DestinationRefused, guardedLookup, vettedAddress } from './destinations';
import type { EmailSettings, WebhookSettings } from './notify-settings';

export interface Outgoing {
  /** Stable per notification, so a receiver can tell a resend from a new message. */
  id: string;
  to: string;
  subject: string;
  text: string;
  /** The webhook's JSON body. */
  json: Record<string, unknown>;
}

/** A failure with whether to try again (a full mailbox, a 500) or not (a refused address). */
export class SendFailure extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

const timeoutMs = 15_000;

export async function sendEmail(
  settings: EmailSettings,
  message: Outgoing,
  allowed: readonly string[] = [],
): Promise<void> {
  let address: string;
  try {
    // Connected to by the address vetted here, so the name cannot resolve elsewhere after.
    address = await vettedAddress(settings.host, allowed);
  } catch (err) {
    if (err instanceof DestinationRefused) throw new SendFailure(err.message, true);
    throw new SendFailure('the mail server’s name does not resolve', false);
  }
  const transport = nodemailer.createTransport({
    host: address,
    ...(net.isIP(settings.host) ? {} : { tls: { servername: settings.host } }),
    port: settings.port,
    secure: settings.security === 'tls',
    requireTLS: settings.security === 'starttls',
    ignoreTLS: settings.security === 'none',
    ...(settings.user ? { auth: { user: settings.user, pass: settings.password ?? '' } } : {}),
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  });
  try {
    await transport.sendMail({
      from: settings.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      messageId: `<${message.id}@lobby.local>`,
    });
  } catch (err) {
    const code = (err as { responseCode?: number }).responseCode;
    // 5xx: the server refused this message for good (unknown address, policy); 4xx: try later.
    const permanent = typeof code === 'number' && code >= 500;
    throw new SendFailure(describeMailError(err), permanent);
  } finally {
    transport.close();
  }
}

function describeMailError(err: unknown): string {
  const e = err as { code?: string; responseCode?: number; command?: string };
  if (e.responseCode) return `SMTP ${e.responseCode}${e.command ? ` after ${e.command}` : ''}`;
  return e.code ?? 'mail error';
}

export async function sendWebhook(
  settings: WebhookSettings,
  message: Outgoing,
  allowed: readonly string[] = [],
): Promise<void> {
  const url = new URL(settings.url);
  try {
    checkWebhookUrl(url, allowed);
  } catch (err) {
    throw new SendFailure((err as Error).message, true);
  }
  let status: number;
  try {
    status = await post(url, JSON.stringify(message.json), message.id, allowed);
  } catch (err) {
    if (err instanceof DestinationRefused || (err as NodeJS.ErrnoException).code === 'EDESTINATION')
      throw new SendFailure((err as Error).message, true);
    throw new SendFailure(
      (err as Error).name === 'TimeoutError' ? 'timeout' : 'unreachable',
      false,
    );
  }
  if (status >= 200 && status < 300) return;
  // A refusal of the request itself will not change by trying again; a busy or broken server may.
  // A redirect is not followed: where it points was not vetted.
  const retry = status >= 500 || status === 408 || status === 429;
  throw new SendFailure(`HTTP ${status}`, !retry);
}

/** One POST, every connection's address checked as it is made; resolves with the status. */
function post(url: URL, body: string, id: string, allowed: readonly string[]): Promise<number> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(
      url,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'idempotency-key': id,
        },
        lookup: guardedLookup(allowed),
        timeout: timeoutMs,
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => {
      const err = new Error('timeout');
      err.name = 'TimeoutError';
      req.destroy(err);
    });
    req.on('error', reject);
    req.end(body);
  });
}

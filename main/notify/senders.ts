/**
 * The two ways out: e-mail through nodemailer (STARTTLS, TLS, authentication; no hand-written
 * SMTP) and a JSON POST to a webhook. Each says whether a failure is worth trying again.
 */
import nodemailer from 'nodemailer';
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

export async function sendEmail(settings: EmailSettings, message: Outgoing): Promise<void> {
  const transport = nodemailer.createTransport({
    host: settings.host,
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

export async function sendWebhook(settings: WebhookSettings, message: Outgoing): Promise<void> {
  let response: Response;
  try {
    response = await fetch(settings.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': message.id },
      body: JSON.stringify(message.json),
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'error',
    });
  } catch (err) {
    throw new SendFailure(
      (err as Error).name === 'TimeoutError' ? 'timeout' : 'unreachable',
      false,
    );
  }
  await response.body?.cancel();
  if (response.ok) return;
  // A refusal of the request itself will not change by trying again; a busy or broken server may.
  const retry = response.status >= 500 || response.status === 408 || response.status === 429;
  throw new SendFailure(`HTTP ${response.status}`, !retry);
}

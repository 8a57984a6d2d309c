/** How hosts are told: an SMTP server and/or a webhook (a Teams or Slack incoming webhook). */
import { z } from 'zod';
import type { SettingsRepo } from '../../db/repos/settings';
import { MailFrom } from './mail-from';

export const EmailSettings = z.object({
  host: z.string().trim().min(1).max(253),
  port: z.number().int().min(1).max(65535),
  /** STARTTLS on 587, TLS from the first byte on 465, or none (a relay on the local network). */
  security: z.enum(['starttls', 'tls', 'none']),
  user: z.string().max(254).nullable(),
  password: z.string().max(500).nullable(),
  from: MailFrom,
});
export type EmailSettings = z.output<typeof EmailSettings>;

export const WebhookSettings = z.object({
  url: z.url({ protocol: /^https?$/ }).max(2000),
});

/** Hosts the privacy officer allows although they are internal (a relay on the local network). */
export const AllowedHosts = z.array(z.string().trim().min(1).max(253)).max(20);
export type WebhookSettings = z.output<typeof WebhookSettings>;
/** Where the daily digest of the audit chain's head goes: the privacy officer's own mailbox. */
export const PrivacyOfficerEmail = z.email().max(254).nullable();

export interface NotifySettings {
  email: EmailSettings | null;
  webhook: WebhookSettings | null;
}

export function notifySettings(settings: SettingsRepo) {
  return {
    email: () => settings.get('notify.email', EmailSettings.nullable(), null),
    webhook: () => settings.get('notify.webhook', WebhookSettings.nullable(), null),
    setEmail: (value: EmailSettings | null) => settings.set('notify.email', value),
    setWebhook: (value: WebhookSettings | null) => settings.set('notify.webhook', value),
    allowedHosts: () => settings.get('notify.allowedHosts', AllowedHosts, []),
    privacyOfficer: () => settings.get('notify.privacyOfficer', PrivacyOfficerEmail, null),
    setPrivacyOfficer: (value: string | null) =>
      settings.set('notify.privacyOfficer', PrivacyOfficerEmail.parse(value)),
    setAllowedHosts: (value: string[]) =>
      settings.set('notify.allowedHosts', AllowedHosts.parse(value)),
  };
}
export type NotifySettingsStore = ReturnType<typeof notifySettings>;

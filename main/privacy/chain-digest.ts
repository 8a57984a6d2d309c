/**
 * The daily digest of the audit chain's head to the privacy officer's own mailbox: an anchor
 * outside the kiosk. Whoever rewrites the trail later (drops the triggers, removes an entry,
 * recomputes every hash) cannot reach that mailbox, and `lobby audit verify --anchor` with the
 * digest's line shows the rewrite. Sent once a day when an address and a mail server are set;
 * a failure is tried again at the next look and never stops the kiosk.
 */
import { z } from 'zod';
import type { ChainAnchor } from '../../db/audit-chain';
import type { AuditRepo } from '../../db/repos/audit';
import type { SettingsRepo } from '../../db/repos/settings';
import { locales, type Locale } from '../../vocabulary';
import { notifySettings } from '../notify/notify-settings';
import { sendEmail } from '../notify/senders';

const dayMs = 86_400_000;
const LastDigest = z.object({ at: z.string(), lastId: z.number().int() }).nullable();

/** The line the digest carries, and `--anchor` takes: `<entry>:<hash>`. */
export const anchorText = (head: { lastId: number; lastHash: string }) =>
  `${head.lastId}:${head.lastHash}`;

/** `<entry>:<hash>` back to an anchor; null when it is not one. */
export function parseAnchor(text: string, source: string): ChainAnchor | null {
  const match = /^(\d{1,12}):([0-9a-f]{64})$/.exec(text.trim());
  return match ? { lastId: Number(match[1]), lastHash: match[2]!, source } : null;
}

export function chainDigest(deps: {
  audit: AuditRepo;
  settings: SettingsRepo;
  siteName: () => string;
  anchors: () => ChainAnchor[];
  now?: () => Date;
}) {
  const now = deps.now ?? (() => new Date());
  const notify = notifySettings(deps.settings);
  const last = () => deps.settings.get('audit.digest', LastDigest, null);

  const message = (locale: Locale) => {
    const head = deps.audit.head() ?? { lastId: 0, lastHash: '' };
    const verdict = deps.audit.verify(deps.anchors());
    const at = now().toISOString();
    const site = deps.siteName();
    const nl = locale === 'nl';
    const state = verdict.ok
      ? nl
        ? `in orde (${verdict.entries} regels)`
        : `intact (${verdict.entries} entries)`
      : nl
        ? `NIET in orde: regel ${verdict.firstBadId ?? '?'}, ${verdict.reason}`
        : `NOT intact: entry ${verdict.firstBadId ?? '?'}, ${verdict.reason}`;
    const anchor = anchorText(head);
    const text = nl
      ? [
          `De kop van het auditlog van ${site} op ${at}:`,
          `  anker: ${anchor}`,
          `Controle: ${state}.`,
          '',
          'Bewaar deze e-mail buiten de kiosk. Later toont deze controle of er iets veranderd is:',
          `  lobby audit verify --anchor ${anchor}`,
        ]
      : [
          `The head of the audit trail of ${site} at ${at}:`,
          `  anchor: ${anchor}`,
          `Check: ${state}.`,
          '',
          'Keep this e-mail outside the kiosk. Later, this check shows whether anything was changed:',
          `  lobby audit verify --anchor ${anchor}`,
        ];
    const subject = nl
      ? `Lobby: auditlog ${site}, ${at.slice(0, 10)}: ${verdict.ok ? 'in orde' : 'NIET in orde'}`
      : `Lobby: audit trail ${site}, ${at.slice(0, 10)}: ${verdict.ok ? 'intact' : 'NOT intact'}`;
    return { head, ok: verdict.ok, subject, text: text.join('\n') };
  };

  return {
    /** Due when an address and a mail server are set and the last digest is a day old. */
    due(): boolean {
      const sent = last();
      if (!notify.privacyOfficer() || !notify.email()) return false;
      return !sent || now().getTime() - Date.parse(sent.at) >= dayMs;
    },
    async send(): Promise<void> {
      const to = notify.privacyOfficer();
      const email = notify.email();
      if (!to || !email) return;
      const locale = deps.settings.get('kiosk.defaultLocale', z.enum(locales), 'nl');
      const m = message(locale);
      const at = now().toISOString();
      await sendEmail(
        email,
        { id: `audit-digest-${at}`, to, subject: m.subject, text: m.text, json: {} },
        notify.allowedHosts(),
      );
      deps.settings.set('audit.digest', { at, lastId: m.head.lastId });
      deps.audit.record({
        actor: 'kiosk',
        action: 'audit.digest',
        detail: { lastId: m.head.lastId, intact: m.ok },
      });
    },
  };
}
export type ChainDigest = ReturnType<typeof chainDigest>;

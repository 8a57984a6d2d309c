/**
 * Queues a message for the privacy officer's own mailbox in the officer's outbox
 * (`officer_notices`): once per subject and kind, sent by the kiosk's notice sender. Nothing is
 * queued while no address or mail server is set; the caller says so on screen.
 */
import type { IncidentsRepo, OfficerNoticeKind } from '../../db/repos/incidents';
import type { SettingsRepo } from '../../db/repos/settings';
import { notifySettings } from '../notify/notify-settings';
import type { Outgoing } from '../notify/senders';

export interface OfficerMessage {
  about: 'incident' | 'grant';
  aboutId: number;
  kind: OfficerNoticeKind;
  subject: string;
  text: string;
}

export function officerMail(deps: {
  repo: IncidentsRepo;
  settings: SettingsRepo;
  now: () => Date;
  changed?: () => void;
}) {
  const notify = notifySettings(deps.settings);
  return {
    /** Whether messages can go at all: an address and a mail server are set. */
    ready: () => notify.privacyOfficer() !== null && notify.email() !== null,
    /** Queues one; false when it cannot go or was queued before. */
    send(m: OfficerMessage): boolean {
      const to = notify.privacyOfficer();
      if (!to || !notify.email()) return false;
      const payload: Omit<Outgoing, 'id'> = {
        to,
        subject: m.subject,
        text: m.text,
        json: { [m.about]: m.aboutId, kind: m.kind },
      };
      const queued = deps.repo.notices.enqueue(
        {
          about: m.about,
          aboutId: m.aboutId,
          kind: m.kind,
          channel: 'email',
          recipient: to,
          payload: JSON.stringify(payload),
        },
        deps.now().toISOString(),
      );
      if (queued) deps.changed?.();
      return queued;
    },
  };
}
export type OfficerMail = ReturnType<typeof officerMail>;

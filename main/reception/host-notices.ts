/**
 * Telling a host their visitor is here (or still waiting): one outbox row per channel the site
 * has set up, written in the caller's transaction, so the visit and its notice stand or fall
 * together and the outbox sends it whenever the network allows.
 */
import type { NotificationsRepo } from '../../db/repos/notifications';
import type { DeskVisitRow } from '../../db/repos/reception';
import type { Locale, NotificationKind } from '../../vocabulary';
import { hostMessage } from '../notify/messages';
import type { NotifySettingsStore } from '../notify/notify-settings';
import type { Outgoing } from '../notify/senders';
import { utcToLocal } from '../tables/local-time';

export function hostNotices(deps: {
  notifications: NotificationsRepo;
  notify: NotifySettingsStore;
  siteName: () => string;
  timezone: () => string;
  locale: () => Locale;
}) {
  return {
    /** Queues the notices for a signed-in visit; true if any channel will tell the host. */
    queue(visit: DeskVisitRow, kind: NotificationKind, at: string): boolean {
      if (visit.hostPersonId === null || !visit.checkedInAt) return false;
      const message = hostMessage({
        kind,
        locale: deps.locale(),
        visitorName: visit.visitorName,
        visitorCompany: visit.visitorCompany,
        hostFirstName: visit.hostFirstName ?? '',
        siteName: deps.siteName(),
        arrivedAt: utcToLocal(visit.checkedInAt, deps.timezone()).time.slice(0, 5),
      });
      const payload = (to: string): Omit<Outgoing, 'id'> => ({
        to,
        ...message,
        json: {
          text: `${message.subject}\n\n${message.text}`,
          event: kind === 'arrival' ? 'visitor.arrived' : 'visitor.waiting',
          visitor: { name: visit.visitorName, company: visit.visitorCompany },
          host: { name: visit.hostName, email: visit.hostEmail },
          signedInAt: visit.checkedInAt,
          site: deps.siteName(),
        },
      });
      let queued = false;
      const email = deps.notify.email();
      if (email && visit.hostEmail) {
        deps.notifications.enqueue(
          {
            visitId: visit.id,
            kind,
            channel: 'email',
            recipient: visit.hostEmail,
            payload: JSON.stringify(payload(visit.hostEmail)),
          },
          at,
        );
        queued = true;
      }
      const webhook = deps.notify.webhook();
      if (webhook) {
        deps.notifications.enqueue(
          {
            visitId: visit.id,
            kind,
            channel: 'webhook',
            recipient: new URL(webhook.url).host,
            payload: JSON.stringify(payload(visit.hostEmail ?? '')),
          },
          at,
        );
        queued = true;
      }
      return queued;
    },
  };
}
export type HostNotices = ReturnType<typeof hostNotices>;

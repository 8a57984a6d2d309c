/** The register's outbox, sent to the privacy officer's mailbox with the kiosk's mail server. */
import type { IncidentsRepo } from '../../db/repos/incidents';
import type { SettingsRepo } from '../../db/repos/settings';
import { notifySettings } from '../notify/notify-settings';
import { outbox } from '../notify/outbox';
import { SendFailure, sendEmail } from '../notify/senders';

export function incidentNoticeOutbox(deps: {
  repo: IncidentsRepo;
  settings: SettingsRepo;
  now?: () => Date;
  log?: (message: string) => void;
}) {
  const notify = notifySettings(deps.settings);
  return outbox({
    repo: deps.repo.notices,
    now: deps.now ?? (() => new Date()),
    ...(deps.log ? { log: deps.log } : {}),
    send: async (channel, message) => {
      const email = notify.email();
      if (channel !== 'email' || !email) throw new SendFailure('e-mail is not set up', true);
      await sendEmail(email, message, notify.allowedHosts());
    },
  });
}

/**
 * Reception on one database: the desk, badge taps, the evacuation list and the host notices with
 * their outbox. The kiosk composes it once; the clock is injectable for tests.
 */
import { incidentsRepo } from '../../db/repos/incidents';
import { incidentService, type IncidentService } from '../incidents';
import type { Db } from '../../db/open';
import { auditRepo } from '../../db/repos/audit';
import { notificationsRepo } from '../../db/repos/notifications';
import { presenceRepo } from '../../db/repos/presence';
import { receptionRepo } from '../../db/repos/reception';
import { rollCallsRepo } from '../../db/repos/roll-calls';
import { settingsRepo } from '../../db/repos/settings';
import { siteRepo } from '../../db/repos/site';
import { tagsRepo } from '../../db/repos/tags';
import type { Locale, NotificationChannel } from '../../vocabulary';
import { siteSettings } from '../domain/site-settings';
import { currentCall } from '../ipc/call-context';
import { notifySettings } from '../notify/notify-settings';
import { outbox } from '../notify/outbox';
import { SendFailure, sendEmail, sendWebhook, type Outgoing } from '../notify/senders';
import { utcToLocal } from '../tables/local-time';
import { badgeTaps, type DeskSessions } from './badge-taps';
import { deskService } from './desk-service';
import { evacuation, type KioskParts } from './evacuation';
import { hostNotices } from './host-notices';
import { receptionSettings } from './reception-settings';
import { statusOf } from './visit-view';

export interface ReceptionOptions {
  db: Db;
  now?: () => Date;
  /** The kiosk's default language: the host's messages are written in it. */
  locale: () => Locale;
  /** A day's visits changed: the screens showing it read it again. */
  changed?: (date: string) => void;
  log?: (message: string) => void;
  /** Send as soon as something is queued (the kiosk); tests send when they say so. */
  autoSend?: boolean;
  /** The console's sessions; without them (tests, the CLI) the desk is always open. */
  desk?: DeskSessions;
  /** The incident register; without it (tests, the CLI) one on the same database. */
  incidents?: Pick<IncidentService, 'propose'>;
  /** With a central store: each visit's kiosk, and each kiosk's part of the list. */
  kiosks?: KioskParts;
}

const alwaysOpen: DeskSessions = { current: () => 0, isOpen: () => true };

export function createReception(opts: ReceptionOptions) {
  const { db } = opts;
  const now = opts.now ?? (() => new Date());
  const settings = settingsRepo(db);
  const site = siteSettings(settings);
  const dateOf = (at: Date) => utcToLocal(at.toISOString(), site.timezone()).date;
  const timeOf = (at: Date) => utcToLocal(at.toISOString(), site.timezone()).time.slice(0, 5);
  const notify = notifySettings(settings);
  const notifications = notificationsRepo(db);
  const config = receptionSettings(settings);
  const audit = auditRepo(db, now, currentCall);
  const repo = receptionRepo(db);
  const tags = tagsRepo(db);

  const send = async (channel: NotificationChannel, message: Outgoing) => {
    const target = channel === 'email' ? notify.email() : notify.webhook();
    if (!target) throw new SendFailure(`${channel} is not set up`, true);
    const allowed = notify.allowedHosts();
    if (channel === 'email') await sendEmail(notify.email()!, message, allowed);
    else await sendWebhook(notify.webhook()!, message, allowed);
  };
  const sender = outbox({
    repo: notifications,
    send,
    now,
    ...(opts.log ? { log: opts.log } : {}),
    changed: (row) => {
      const visit = repo.byId(row.visitId);
      if (visit) opts.changed?.(visit.visitDate);
    },
  });
  const changed = (date: string) => {
    opts.changed?.(date);
    if (opts.autoSend !== false) sender.kick();
  };
  const common = { db, repo, tags, audit, settings: config, now, dateOf, timeOf, changed };
  const notices = hostNotices({
    notifications,
    notify,
    siteName: site.name,
    timezone: site.timezone,
    locale: opts.locale,
  });
  const incidents =
    opts.incidents ??
    incidentService({ repo: incidentsRepo(db), audit, settings, siteName: site.name, now });
  const desk = deskService({ ...common, notifications, notices, incidents });
  const taps = badgeTaps({
    ...common,
    presence: presenceRepo(db),
    desk: opts.desk ?? alwaysOpen,
  });
  const evac = evacuation({
    repo,
    presence: presenceRepo(db),
    rollCalls: rollCallsRepo(db),
    audit,
    settings: config,
    siteName: site.name,
    timezone: site.timezone,
    now,
    dateOf,
    ...(opts.kiosks ? { kiosks: opts.kiosks } : {}),
  });

  /** Visitors waiting longer than the site allows: their hosts are told once more. */
  function remindOverdue(): number {
    const limit = config.get().overdueMinutes * 60_000;
    const at = now();
    let queued = 0;
    for (const v of repo.present()) {
      if (statusOf(v) !== 'waiting' || at.getTime() - Date.parse(v.checkedInAt!) <= limit) continue;
      // Another kiosk's visitor is reminded of by that kiosk: one reminder, not one per kiosk.
      if (opts.kiosks && !opts.kiosks.ours(v.id)) continue;
      if (notices.queue(v, 'overdue', at.toISOString())) queued += 1;
    }
    if (queued && opts.autoSend !== false) sender.kick();
    return queued;
  }
  let reminder: NodeJS.Timeout | null = null;

  return {
    desk,
    taps,
    evacuation: evac,
    config,
    notify,
    /** Several settings saved together, or none of them. */
    together: <T>(fn: () => T): T => db.transaction(fn)(),
    notifications,
    outbox: sender,
    siteName: site.name,
    siteNames: site.names,
    /** Who keeps the visitors' data: our own organisation, not the building it sits in. */
    controller: () => siteRepo(db).ownOrganisation() ?? site.name(),
    audit: (actor: string, action: string, subject: string | null) =>
      audit.record({ actor, action, subject }),
    remindOverdue,
    start() {
      sender.start();
      reminder ??= setInterval(remindOverdue, 30_000);
      reminder.unref();
    },
    async stop() {
      if (reminder) clearInterval(reminder);
      reminder = null;
      await sender.stop();
    },
  };
}
export type Reception = ReturnType<typeof createReception>;

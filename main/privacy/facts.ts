import { kindsOf } from '../../db/personal-data';
import type { SettingsRepo } from '../../db/repos/settings';
import type { BackupService } from '../backup';
import { notifySettings } from '../notify/notify-settings';
import { receptionSettings } from '../reception';
import type { ProcessingFacts } from './processing-record';
import type { Retention } from './retention';

/** What the record of processing says, read from the settings as they are now. */
export function processingFacts(s: {
  settings: SettingsRepo;
  siteSettings: { name: () => string };
  /** Our own organisation's name, or the site's when the model names none. */
  controller: () => string;
  retention: Retention;
  backups: BackupService;
}): ProcessingFacts {
  const r = receptionSettings(s.settings).get();
  const notify = notifySettings(s.settings);
  const periods = s.retention.periods();
  const backups = s.backups.status();
  const webhook = notify.webhook();
  return {
    controller: s.controller(),
    site: s.siteSettings.name(),
    askPhone: r.askPhone,
    staffPresence: r.staffPresence,
    badgeLabels: r.badgeLabels,
    visitorDays: periods.visitorDays,
    eventMonths: periods.eventMonths,
    leaverMonths: periods.leaverMonths,
    incidentYears: periods.incidentYears,
    emailServer: notify.email()?.host ?? null,
    webhookHost: webhook ? new URL(webhook.url).host : null,
    privacyContact: r.privacyContact,
    backupsScheduled: backups.schedule !== null && backups.keysSet,
    backupKeep: backups.schedule?.keep ?? null,
    kinds: {
      visitor: kindsOf('visitor', r),
      staff: kindsOf('staff', r),
      cardholder: kindsOf('cardholder', r),
      operator: kindsOf('operator', r),
    },
  };
}

/**
 * What the kiosk does by itself: the retention schedule at start and daily, the audit chain's
 * head to the privacy officer daily, the reminders of a breach's 72-hour clock, and a scheduled backup whenever the last one is older than
 * its period. Failures are logged and tried again at
 * the next look; they never stop the kiosk.
 */
import type { Services } from './services';

const lookEveryMs = 15 * 60_000;
const dayMs = 86_400_000;

export function startHousekeeping(
  s: Services,
  log: (err: unknown, what: string) => void,
  now: () => Date = () => new Date(),
) {
  let lastPurge = 0;
  let backingUp = false;
  let digesting = false;
  const look = () => {
    if (now().getTime() - lastPurge >= dayMs) {
      try {
        s.retention.run('retention');
        lastPurge = now().getTime();
      } catch (err) {
        log(err, 'retention');
      }
      try {
        proposeWhatLobbySees(s, now());
      } catch (err) {
        log(err, 'incident proposals');
      }
    }
    const status = s.backups.status();
    const due =
      status.keysSet &&
      status.schedule !== null &&
      (status.lastAt === null ||
        now().getTime() - Date.parse(status.lastAt) >= status.schedule.everyHours * 3_600_000);
    try {
      // A reportable breach's reminders at 24, 48 and 64 hours: queued once each.
      s.incidents.remind();
    } catch (err) {
      log(err, 'incident reminders');
    }
    if (!digesting && s.chainDigest.due()) {
      digesting = true;
      s.chainDigest
        .send()
        .catch((err: unknown) => log(err, 'audit digest'))
        .finally(() => (digesting = false));
    }
    if (due && !backingUp) {
      backingUp = true;
      s.backups
        .run('schedule')
        .catch((err: unknown) => log(err, 'scheduled backup'))
        .finally(() => (backingUp = false));
    }
  };
  look();
  const timer = setInterval(look, lookEveryMs);
  timer.unref();
  return { look, stop: () => clearInterval(timer) };
}

/**
 * Once a day: an audit trail that no longer checks out, or a backup overdue, is proposed to the
 * incident register (once per broken entry, once per missed backup).
 */
function proposeWhatLobbySees(s: Services, at: Date): void {
  const verdict = s.audit.verify(s.backups.anchors());
  if (!verdict.ok)
    s.incidents.propose({
      source: 'audit_chain',
      key: String(verdict.firstBadId ?? verdict.reason),
      what: verdict.reason,
      awareAt: at.toISOString(),
      evidence: { firstBadEntry: verdict.firstBadId, entries: verdict.entries },
    });
  const backup = s.backups.status();
  // Overdue after a backup that worked: a schedule just set up has not missed anything yet.
  if (backup.keysSet && backup.schedule !== null && backup.overdue && backup.lastAt !== null)
    s.incidents.propose({
      source: 'backup_overdue',
      key: backup.lastAt,
      what: `last backup ${backup.lastAt}`,
      awareAt: at.toISOString(),
      evidence: { lastBackupAt: backup.lastAt },
    });
}

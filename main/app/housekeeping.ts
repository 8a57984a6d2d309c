/**
 * What the kiosk does by itself: the retention schedule at start and daily, the audit chain's
 * head to the privacy officer daily, and a scheduled backup whenever the last one is older than
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
    }
    const status = s.backups.status();
    const due =
      status.keysSet &&
      status.schedule !== null &&
      (status.lastAt === null ||
        now().getTime() - Date.parse(status.lastAt) >= status.schedule.everyHours * 3_600_000);
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

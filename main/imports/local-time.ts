import { DateTime } from 'luxon';

/**
 * A site-local wall-clock time as a UTC instant (ISO 8601 with Z). Across DST: a time that does
 * not exist (02:30 on the spring-forward night) is refused; one that occurs twice takes the first.
 */
export function localToUtc(date: string, time: string, zone: string): string | null {
  const local = DateTime.fromISO(`${date}T${time}`, { zone });
  if (!local.isValid) return null;
  const roundTrip = local.toFormat(time.length > 5 ? 'HH:mm:ss' : 'HH:mm');
  if (roundTrip !== time) return null;
  // In the hour the clocks go back, the same wall time also existed an hour earlier (in summer
  // time); that first occurrence is the one meant, as in the order a log runs.
  const earlier = local.toUTC().minus({ hours: 1 }).setZone(zone);
  const wall = 'yyyy-MM-dd HH:mm:ss';
  const chosen = earlier.toFormat(wall) === local.toFormat(wall) ? earlier : local;
  return chosen.toUTC().toISO({ suppressMilliseconds: false });
}

/** The site-local date and time of a UTC instant, for showing and for schedule checks. */
export function utcToLocal(
  instant: string,
  zone: string,
): { date: string; time: string; weekday: number } {
  const local = DateTime.fromISO(instant, { zone: 'utc' }).setZone(zone);
  return {
    date: local.toISODate() ?? '',
    time: local.toFormat('HH:mm:ss'),
    weekday: local.weekday,
  };
}

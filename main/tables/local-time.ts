/**
 * Site-local wall-clock time and UTC, correctly on both sides of DST. A time the clocks skipped
 * does not exist; in the hour that happens twice, the first is meant, unless a log's own order
 * (the clock remembers the previous event) says the second.
 */
import { DateTime, IANAZone } from 'luxon';
import { naiveMs, parseWallTime, secondsOfDay } from './dates';

export interface LocalClock {
  /**
   * The UTC instant of a site-local wall time (naive ms), or null for a time the clocks skipped.
   * Remembers the previous event: in the hour the clocks go back, the log's order says which
   * of the two instants is meant.
   */
  toUtc(naive: number): number | null;
  /** The site's offset from UTC in minutes at a UTC instant. */
  offsetAt(utcMs: number): number;
  /** Also for UTC times, so the next local time is compared with it. */
  saw(utcMs: number): void;
}

export function localClock(timeZone: string): LocalClock {
  const zone = IANAZone.create(timeZone);
  const offsetsByHour = new Map<number, number[]>();
  const offsetByHalfHour = new Map<number, number>();
  let previous = -Infinity;

  // Most days have one offset all day: probing either side and the middle finds them (luxon's
  // offset lookups are slow enough to show in a million-row import). Only the days the clocks
  // change are worked out hour by hour.
  const steadyDays = new Map<number, number[] | null>();
  const steadyOffset = (naive: number): number[] | null => {
    const day = Math.floor(naive / 86_400_000);
    let steady = steadyDays.get(day);
    if (steady === undefined) {
      const start = day * 86_400_000;
      const [before, middle, after] = [-18, 12, 42].map((h) => zone.offset(start + h * 3_600_000));
      steady = before === middle && middle === after ? [before!] : null;
      steadyDays.set(day, steady);
    }
    return steady;
  };
  const offsetsFor = (naive: number): number[] => {
    const steady = steadyOffset(naive);
    if (steady) return steady;
    const hour = Math.floor(naive / 3_600_000);
    let offsets = offsetsByHour.get(hour);
    if (!offsets) {
      const candidates = new Set([
        zone.offset(naive - 3 * 3_600_000),
        zone.offset(naive + 3 * 3_600_000),
      ]);
      offsets = [...candidates]
        .filter((o) => zone.offset(naive - o * 60_000) === o)
        .sort((a, b) => b - a); // larger offset = earlier instant (summer time first)
      offsetsByHour.set(hour, offsets);
    }
    return offsets;
  };

  return {
    toUtc(naive) {
      const offsets = offsetsFor(naive);
      const first = offsets[0];
      if (first === undefined) return null;
      let utcMs = naive - first * 60_000;
      if (utcMs < previous && offsets.length > 1) utcMs = naive - offsets[1]! * 60_000;
      previous = utcMs;
      return utcMs;
    },
    offsetAt(utcMs) {
      // The steady-day probes span the UTC day as well as the local one.
      const steady = steadyOffset(utcMs);
      if (steady) return steady[0]!;
      // Offsets change on the hour (or half hour) in every zone Lobby is meant for.
      const hour = Math.floor(utcMs / 1_800_000);
      let offset = offsetByHalfHour.get(hour);
      if (offset === undefined) offsetByHalfHour.set(hour, (offset = zone.offset(utcMs)));
      return offset;
    },
    saw(utcMs) {
      previous = utcMs;
    },
  };
}

/** "02:30 does not exist on that day in Europe/Amsterdam (the clocks went forward)". */
export function skippedTime(naive: number, timeZone: string): string {
  const hhmm = new Date(naive).toISOString().slice(11, 16);
  return `${hhmm} does not exist on that day in ${timeZone} (the clocks went forward)`;
}

/** A site-local date ("YYYY-MM-DD") and time ("HH:MM" or "HH:MM:SS") as ISO UTC, or null. */
export function localToUtc(date: string, time: string, zone: string): string | null {
  const day = parseWallTime(date, 'iso');
  const seconds = secondsOfDay(time);
  if (!day || seconds === null) return null;
  const utcMs = localClock(zone).toUtc(naiveMs(day) + seconds * 1000);
  return utcMs === null ? null : new Date(utcMs).toISOString();
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

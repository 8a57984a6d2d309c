/**
 * Event times as exports print them: one timestamp column or a date and a time column, day-first
 * or month-first (decided over the whole column), 12- or 24-hour, local or UTC. Local times
 * become UTC instants through the site's time zone, correctly on both sides of DST: in the hour
 * that happens twice, the log's own order says which is meant.
 */
import { IANAZone } from 'luxon';
import type { DateOrder } from '../imports/dates';

export interface WallTime {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
  /** The text said UTC (a trailing Z or +00:00). */
  utc: boolean;
}

const pattern =
  /^(?:(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}))(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([AaPp][Mm])?\s*(Z|[+-]00:?00|UTC)?)?$/;

/** Parses "06-10-2025", "06/10/2025 06:45:37", "10/6/2025 6:45:37 AM", "2025-10-06T04:45:37Z". */
export function parseWallTime(text: string, order: DateOrder): WallTime | null {
  const m = pattern.exec(text.trim());
  if (!m) return null;
  let y: number, mo: number, d: number;
  if (m[1]) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else {
    const [a, b] = [Number(m[4]), Number(m[5])];
    [d, mo] = order === 'mdy' ? [b, a] : [a, b];
    y = Number(m[6]);
  }
  let h = Number(m[7] ?? 0);
  const mi = Number(m[8] ?? 0);
  const s = Number(m[9] ?? 0);
  const ampm = m[10]?.toLowerCase();
  if (ampm) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (ampm === 'pm' ? 12 : 0);
  }
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (probe.getUTCDate() !== d) return null;
  return { y, mo, d, h, mi, s, utc: !!m[11] };
}

/** The wall time as milliseconds since 1970 read as if it were UTC ("naive"). */
export const naiveMs = (t: WallTime): number => Date.UTC(t.y, t.mo - 1, t.d, t.h, t.mi, t.s);

const digit = (text: string, i: number): number => {
  const c = text.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : NaN;
};

/**
 * Seconds past midnight of a time-only cell ("06:45:37", "6:45", "6:45:37 PM"), or null. A log
 * has one per row, so the usual "HH:MM:SS" is read without a regular expression.
 */
export function secondsOfDay(time: string): number | null {
  if (time.length === 8 && time.charCodeAt(2) === 58 && time.charCodeAt(5) === 58) {
    const h = digit(time, 0) * 10 + digit(time, 1);
    const mi = digit(time, 3) * 10 + digit(time, 4);
    const s = digit(time, 6) * 10 + digit(time, 7);
    return h <= 23 && mi <= 59 && s <= 59 ? h * 3600 + mi * 60 + s : null;
  }
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?$/.exec(time.trim());
  if (!m) return null;
  let h = Number(m[1]);
  if (m[4]) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (m[4].toLowerCase() === 'pm' ? 12 : 0);
  }
  const mi = Number(m[2]);
  const s = Number(m[3] ?? 0);
  return h <= 23 && mi <= 59 && s <= 59 ? h * 3600 + mi * 60 + s : null;
}

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

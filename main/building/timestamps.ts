/**
 * Event times as exports print them: one timestamp column or a date and a time column, day-first
 * or month-first (decided over the whole column), 12- or 24-hour, local or UTC. Local times
 * become UTC instants through the site's time zone, correctly on both sides of DST: in the hour
 * that happens twice, the log's own order says which is meant.
 */
import { IANAZone } from 'luxon';
import { decideDateOrder, type DateOrder } from '../imports/dates';

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

export function decideOrder(samples: Iterable<string>): DateOrder {
  return decideDateOrder(samples, 'dmy');
}

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

/** Joins a date-only and a time-only cell into one wall time. */
export function joinDateTime(date: WallTime | null, time: string): WallTime | null {
  if (!date) return null;
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?$/.exec(time.trim());
  if (!m) return null;
  let h = Number(m[1]);
  if (m[4]) h = (h % 12) + (m[4].toLowerCase() === 'pm' ? 12 : 0);
  const mi = Number(m[2]);
  const s = Number(m[3] ?? 0);
  if (h > 23 || mi > 59 || s > 59) return null;
  return { ...date, h, mi, s };
}

export type Resolved = { utcMs: number } | { problem: string };

/**
 * A converter from site-local wall time to UTC that remembers the previous event, for the hour
 * the clocks go back. Offsets are worked out once per local hour, so a million rows stay cheap.
 */
export function localClock(timeZone: string) {
  const zone = IANAZone.create(timeZone);
  const offsetsByHour = new Map<number, number[]>();
  let previous = -Infinity;

  const offsetsFor = (naive: number, hourKey: number): number[] => {
    let offsets = offsetsByHour.get(hourKey);
    if (!offsets) {
      const candidates = new Set([
        zone.offset(naive - 3 * 3_600_000),
        zone.offset(naive + 3 * 3_600_000),
      ]);
      offsets = [...candidates]
        .filter((o) => zone.offset(naive - o * 60_000) === o)
        .sort((a, b) => b - a); // larger offset = earlier instant (summer time first)
      offsetsByHour.set(hourKey, offsets);
    }
    return offsets;
  };

  return (t: WallTime): Resolved => {
    const naive = Date.UTC(t.y, t.mo - 1, t.d, t.h, t.mi, t.s);
    if (t.utc) {
      previous = naive;
      return { utcMs: naive };
    }
    const offsets = offsetsFor(naive, ((t.y * 100 + t.mo) * 100 + t.d) * 100 + t.h);
    if (offsets.length === 0) {
      return {
        problem: `${String(t.h).padStart(2, '0')}:${String(t.mi).padStart(2, '0')} does not exist on that day in ${timeZone} (the clocks went forward)`,
      };
    }
    const instants = offsets.map((o) => naive - o * 60_000);
    const utcMs = instants.find((i) => i >= previous) ?? instants[instants.length - 1]!;
    previous = utcMs;
    return { utcMs };
  };
}

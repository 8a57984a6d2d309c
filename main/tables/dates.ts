/**
 * Dates and times as exports write them: a date alone, a time alone, or one timestamp; day-first
 * or month-first (decided over the whole column, a 13th day or month settles it, Dutch order
 * wins a tie), 12- or 24-hour, local or marked UTC.
 */
export type DateOrder = 'iso' | 'dmy' | 'mdy';

const isoDate = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const numericDate = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;

/** The date part of a cell: what comes before the first space or "T". */
const datePart = (text: string): string => text.trim().split(/[ T]/)[0] ?? '';

export function decideDateOrder(values: Iterable<string>, fallback: DateOrder = 'dmy'): DateOrder {
  const evidence = dateOrderEvidence(fallback);
  for (const value of values) evidence.see(value);
  return evidence.order();
}

/** The same decision made a value at a time, for a column read as a stream. */
export function dateOrderEvidence(fallback: DateOrder = 'dmy') {
  let dmy = false;
  let mdy = false;
  return {
    see(value: string): void {
      const m = numericDate.exec(datePart(value));
      if (!m) return;
      if (Number(m[1]) > 12) dmy = true;
      if (Number(m[2]) > 12) mdy = true;
    },
    order(): DateOrder {
      if (dmy && !mdy) return 'dmy';
      if (mdy && !dmy) return 'mdy';
      return fallback;
    },
  };
}

export interface WallTime {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
  /** The text named its offset from UTC (a trailing Z, UTC, +02:00, -0500): the instant is known. */
  utc: boolean;
  /** That offset in minutes east of UTC (0 for Z), or null when the text named none. */
  offset: number | null;
}

/** A real calendar date ("2025-10-06", "06-10-2025", "10/6/2025"), or null. */
function calendarDate(text: string, order: DateOrder): { y: number; mo: number; d: number } | null {
  let y: number, mo: number, d: number;
  const iso = isoDate.exec(text);
  const numeric = order === 'iso' ? null : numericDate.exec(text);
  if (iso) [y, mo, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (numeric) {
    const [a, b] = [Number(numeric[1]), Number(numeric[2])];
    [d, mo] = order === 'mdy' ? [b, a] : [a, b];
    y = Number(numeric[3]);
  } else return null;
  if (mo < 1 || mo > 12 || d < 1 || new Date(Date.UTC(y, mo - 1, d)).getUTCDate() !== d)
    return null;
  return { y, mo, d };
}

/** "Z", "UTC", "GMT", "+02:00", "+0200", "-05", "UTC+01:00" at the end of a time. */
const zoneSuffix = /^(.*?)\s*(?:(Z|UTC|GMT)|(?:UTC|GMT)?([+-])(\d{2}):?(\d{2})?)$/i;

/**
 * Parses "06-10-2025", "06/10/2025 06:45:37", "10/6/2025 6:45:37 AM", "2025-10-06T04:45:37Z",
 * "2025-10-06T06:45:37.250+02:00": the wall time as written, and the offset where one is named.
 */
export function parseWallTime(text: string, order: DateOrder): WallTime | null {
  const m = /^([^ T]+)(?:[ T]+(.+))?$/.exec(text.trim());
  const date = m && calendarDate(m[1]!, order);
  if (!date) return null;
  const zoned = zoneSuffix.exec(m[2] ?? '00:00');
  const clock = zoned ? zoned[1]! : (m[2] ?? '00:00');
  const seconds = secondsOfDay(clock.replace(/^(\d{1,2}:\d{2}:\d{2})[.,]\d+/, '$1'));
  if (seconds === null) return null;
  const [h, mi, s] = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60];
  const offset = !zoned
    ? null
    : zoned[2]
      ? 0
      : (zoned[3] === '-' ? -1 : 1) * (Number(zoned[4]) * 60 + Number(zoned[5] ?? 0));
  if (offset !== null && Math.abs(offset) > 14 * 60) return null;
  return { ...date, h, mi, s, utc: offset !== null, offset };
}

/** The wall time as milliseconds since 1970 read as if it were UTC ("naive"). */
export const naiveMs = (t: WallTime): number => Date.UTC(t.y, t.mo - 1, t.d, t.h, t.mi, t.s);

/** The instant of a wall time that names its offset, as UTC milliseconds. */
export const instantMs = (t: WallTime): number => naiveMs(t) - (t.offset ?? 0) * 60_000;

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

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** 'YYYY-MM-DD' of a cell's date part, or null when it is not a real date in the given order. */
export function parseDate(value: string, order: DateOrder): string | null {
  const date = calendarDate(datePart(value), order);
  return date && `${pad(date.y, 4)}-${pad(date.mo)}-${pad(date.d)}`;
}

/** 'HH:MM:SS' of a time after a date, or on its own; null when absent or impossible. */
export function parseTimeOfDay(value: string): string | null {
  const time = /(?:^|[ T])(\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?)$/.exec(value.trim())?.[1];
  const seconds = time === undefined ? null : secondsOfDay(time);
  if (seconds === null) return null;
  return `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
}

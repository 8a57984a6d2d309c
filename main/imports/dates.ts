/**
 * Calendar dates as exports write them. The day/month order is decided over the whole column
 * (a 13th day or month settles it), never value by value; Dutch order wins a tie.
 */
export type DateOrder = 'iso' | 'dmy' | 'mdy';

const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const numeric = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;

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
      const m = numeric.exec(value.trim().split(/[ T]/)[0] ?? '');
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

/** 'YYYY-MM-DD', or null when the text is not a real calendar date in the given order. */
export function parseDate(value: string, order: DateOrder): string | null {
  const text = value.trim().split(/[ T]/)[0] ?? '';
  let y: number, m: number, d: number;
  const isoMatch = iso.exec(text);
  const numMatch = numeric.exec(text);
  if (isoMatch) [y, m, d] = [Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3])];
  else if (numMatch && order !== 'iso') {
    const [a, b] = [Number(numMatch[1]), Number(numMatch[2])];
    [d, m] = order === 'mdy' ? [b, a] : [a, b];
    y = Number(numMatch[3]);
  } else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** "HH:MM" or "HH:MM:SS" after a date, or on its own; null when absent or impossible. */
export function parseTimeOfDay(value: string): string | null {
  const m = /(?:^|[ T])(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!m) return null;
  const [h, min, s] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  if (h > 23 || min > 59 || s > 59) return null;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

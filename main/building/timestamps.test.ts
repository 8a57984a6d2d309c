import { describe, expect, it } from 'vitest';
import { localClock, naiveMs, parseWallTime, secondsOfDay, skippedTime } from './timestamps';

const iso = (ms: number) => new Date(ms).toISOString();

describe('event timestamps', () => {
  it('parses the usual export forms', () => {
    expect(parseWallTime('06/10/2025 06:45:37', 'dmy')).toMatchObject({
      y: 2025,
      mo: 10,
      d: 6,
      h: 6,
      mi: 45,
      s: 37,
      utc: false,
    });
    expect(parseWallTime('10/6/2025 6:45:37 PM', 'mdy')).toMatchObject({ mo: 10, d: 6, h: 18 });
    expect(parseWallTime('10/6/2025 12:05:00 AM', 'mdy')).toMatchObject({ h: 0, mi: 5 });
    expect(parseWallTime('2025-10-06T04:45:37Z', 'dmy')).toMatchObject({ h: 4, utc: true });
    expect(parseWallTime('2025-10-06 04:45:37.123', 'dmy')).toMatchObject({ s: 37, utc: false });
    expect(secondsOfDay('06:45:37')).toBe(6 * 3600 + 45 * 60 + 37);
    expect(secondsOfDay('6:45')).toBe(6 * 3600 + 45 * 60);
    expect(secondsOfDay('12:05:00 AM')).toBe(5 * 60);
    expect(secondsOfDay('6:45:37 PM')).toBe(18 * 3600 + 45 * 60 + 37);
    for (const bad of ['24:00:00', '06:60:00', '6h45', '13:00 PM', '0a:45:37', '']) {
      expect(secondsOfDay(bad), bad).toBeNull();
    }
    for (const bad of ['31/02/2025 10:00', '06/13/2025', 'gisteren', '06/10/2025 25:00']) {
      expect(parseWallTime(bad, 'dmy'), bad).toBeNull();
    }
  });

  it('converts Amsterdam wall time to UTC across both DST changes', () => {
    const clock = localClock('Europe/Amsterdam');
    const at = (text: string) => {
      const naive = naiveMs(parseWallTime(text, 'dmy')!);
      const utcMs = clock.toUtc(naive);
      return utcMs === null ? skippedTime(naive, 'Europe/Amsterdam') : iso(utcMs);
    };
    expect(at('25-10-2025 23:30:00')).toBe('2025-10-25T21:30:00.000Z');
    // 26 October: 02:00–03:00 happens twice; a chronological log meets summer time first.
    expect(at('26-10-2025 02:15:00')).toBe('2025-10-26T00:15:00.000Z');
    expect(at('26-10-2025 02:45:00')).toBe('2025-10-26T00:45:00.000Z');
    expect(at('26-10-2025 02:10:00')).toBe('2025-10-26T01:10:00.000Z');
    expect(at('26-10-2025 03:30:00')).toBe('2025-10-26T02:30:00.000Z');
    expect(at('03-11-2025 07:15:00')).toBe('2025-11-03T06:15:00.000Z');
    expect(at('30-03-2025 02:30:00')).toMatch(/does not exist/);
    expect(at('30-03-2025 03:30:00')).toBe('2025-03-30T01:30:00.000Z');
    expect(at('30-03-2025 02:30:00')).toBe(
      '02:30 does not exist on that day in Europe/Amsterdam (the clocks went forward)',
    );
  });

  it('gives the site offset of a UTC instant on both sides of a change', () => {
    const clock = localClock('Europe/Amsterdam');
    expect(clock.offsetAt(Date.UTC(2025, 9, 26, 0, 59))).toBe(120);
    expect(clock.offsetAt(Date.UTC(2025, 9, 26, 1, 0))).toBe(60);
    expect(clock.offsetAt(Date.UTC(2025, 2, 30, 0, 59))).toBe(60);
    expect(clock.offsetAt(Date.UTC(2025, 2, 30, 1, 0))).toBe(120);
    // A UTC event seen in between counts as the log's order for the repeated hour.
    clock.saw(Date.UTC(2025, 9, 26, 1, 5));
    expect(iso(clock.toUtc(Date.UTC(2025, 9, 26, 2, 10))!)).toBe('2025-10-26T01:10:00.000Z');
  });
});

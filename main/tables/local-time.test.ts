import { describe, expect, it } from 'vitest';
import { naiveMs, parseWallTime } from './dates';
import { localClock, localToUtc, skippedTime, utcToLocal } from './local-time';

const iso = (ms: number) => new Date(ms).toISOString();

describe('local time', () => {
  it('converts Amsterdam wall-clock time to UTC on both sides of DST', () => {
    const zone = 'Europe/Amsterdam';
    expect(localToUtc('2025-10-15', '10:30', zone)).toBe('2025-10-15T08:30:00.000Z');
    expect(localToUtc('2025-11-03', '07:15', zone)).toBe('2025-11-03T06:15:00.000Z');
    expect(localToUtc('2025-11-03', '07:15:42', zone)).toBe('2025-11-03T06:15:42.000Z');
    expect(localToUtc('2025-02-30', '07:15', zone)).toBeNull();
    // 26 October 2025: clocks go back at 03:00 CEST; 02:30 happens twice, the first is taken.
    expect(localToUtc('2025-10-26', '02:30', zone)).toBe('2025-10-26T00:30:00.000Z');
    // 30 March 2025: 02:30 does not exist.
    expect(localToUtc('2025-03-30', '02:30', zone)).toBeNull();
    expect(utcToLocal('2025-10-26T01:30:00.000Z', zone)).toEqual({
      date: '2025-10-26',
      time: '02:30:00',
      weekday: 7,
    });
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

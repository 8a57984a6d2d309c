import { describe, expect, it } from 'vitest';
import { joinDateTime, localClock, parseWallTime } from './timestamps';

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
    expect(joinDateTime(parseWallTime('06-10-2025', 'dmy'), '06:45:37')).toMatchObject({
      d: 6,
      h: 6,
      s: 37,
    });
    for (const bad of ['31/02/2025 10:00', '06/13/2025', 'gisteren', '06/10/2025 25:00']) {
      expect(parseWallTime(bad, 'dmy'), bad).toBeNull();
    }
  });

  it('converts Amsterdam wall time to UTC across both DST changes', () => {
    const clock = localClock('Europe/Amsterdam');
    const at = (text: string) => {
      const r = clock(parseWallTime(text, 'dmy')!);
      return 'utcMs' in r ? iso(r.utcMs) : r.problem;
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
  });
});

import { describe, expect, it } from 'vitest';
import { decideDateOrder, parseDate, parseTimeOfDay, parseWallTime, secondsOfDay } from './dates';

describe('dates', () => {
  it('decides day/month order over a whole column', () => {
    expect(decideDateOrder(['01/03/2014', '15/01/2018'])).toBe('dmy');
    expect(decideDateOrder(['3/1/2014', '1/15/2018 9:30:00 AM'])).toBe('mdy');
    expect(decideDateOrder(['01/02/2019', '03/04/2020'])).toBe('dmy');
    expect(decideDateOrder(['01/02/2019'], 'mdy')).toBe('mdy');
  });

  it.each([
    ['2014-03-01', 'dmy', '2014-03-01'],
    ['01-03-2014', 'dmy', '2014-03-01'],
    ['1/3/2014', 'mdy', '2014-01-03'],
    ['16-10-2025 07:30', 'dmy', '2025-10-16'],
    ['29-02-2024', 'dmy', '2024-02-29'],
    ['29-02-2025', 'dmy', null],
    ['31/04/2025', 'dmy', null],
    ['yesterday', 'dmy', null],
  ] as const)('parses %s (%s) as %s', (text, order, expected) => {
    expect(parseDate(text, order)).toBe(expected);
  });

  it('reads times of day', () => {
    expect(parseTimeOfDay('10:30')).toBe('10:30:00');
    expect(parseTimeOfDay('2025-10-15 10:30')).toBe('10:30:00');
    expect(parseTimeOfDay('10/15/2025 2:30:05 PM')).toBe('14:30:05');
    expect(parseTimeOfDay('25:00')).toBeNull();
    expect(parseTimeOfDay('13:00 PM')).toBeNull();
    expect(parseTimeOfDay('')).toBeNull();
  });

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
});

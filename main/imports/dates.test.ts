import { describe, expect, it } from 'vitest';
import { decideDateOrder, parseDate, parseTimeOfDay } from './dates';
import { localToUtc, utcToLocal } from './local-time';

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
    expect(parseTimeOfDay('25:00')).toBeNull();
    expect(parseTimeOfDay('')).toBeNull();
  });

  it('converts Amsterdam wall-clock time to UTC on both sides of DST', () => {
    const zone = 'Europe/Amsterdam';
    expect(localToUtc('2025-10-15', '10:30', zone)).toBe('2025-10-15T08:30:00.000Z');
    expect(localToUtc('2025-11-03', '07:15', zone)).toBe('2025-11-03T06:15:00.000Z');
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
});

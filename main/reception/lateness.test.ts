import { describe, expect, it } from 'vitest';
import { latenessOf } from './visit-view';

const today = '2026-12-02';
const at = (expectedTime: string | null, visitDate = today) => ({ visitDate, expectedTime });

describe('an expected visitor against their time', () => {
  it('is on time, then late, then not coming', () => {
    expect(latenessOf(at('10:00'), 'expected', today, '09:30')).toBeNull();
    expect(latenessOf(at('10:00'), 'expected', today, '10:15')).toBeNull();
    expect(latenessOf(at('10:00'), 'expected', today, '10:16')).toBe('late');
    expect(latenessOf(at('10:00'), 'expected', today, '12:59')).toBe('late');
    expect(latenessOf(at('10:00'), 'expected', today, '13:00')).toBe('noShow');
    // At 22:00, whatever the time was.
    expect(latenessOf(at('16:30'), 'expected', today, '22:00')).toBe('noShow');
    expect(latenessOf(at(null), 'expected', today, '17:59')).toBeNull();
    expect(latenessOf(at(null), 'expected', today, '22:00')).toBe('noShow');
  });

  it('gives an evening appointment its three hours, and an earlier day is over', () => {
    expect(latenessOf(at('19:00'), 'expected', today, '19:30')).toBe('late');
    expect(latenessOf(at('19:00'), 'expected', today, '22:00')).toBe('noShow');
    expect(latenessOf(at('10:00', '2026-12-01'), 'expected', today, '08:00')).toBe('noShow');
    expect(latenessOf(at('10:00', '2026-12-03'), 'expected', today, '23:00')).toBeNull();
  });

  it('says nothing of a visitor who came', () => {
    for (const status of ['waiting', 'present', 'left', 'closed'] as const)
      expect(latenessOf(at('10:00'), status, today, '22:00')).toBeNull();
  });
});

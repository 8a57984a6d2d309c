import { describe, expect, it } from 'vitest';
import { readFixture } from '../../test/support/fixtures';
import { SiteConfig } from './site-model';
import { employedOn, profileAccess } from './expected-access';

const site = SiteConfig.parse(JSON.parse(readFixture('site.json')));

describe('expected access', () => {
  it('lists the zones and hours a profile gives, in site order', () => {
    expect(profileAccess(site, 'IT').map((z) => z.zone)).toEqual([
      'BLDG',
      'F4_GEN',
      'F4_SHARED',
      'F4_IT',
    ]);
    expect(profileAccess(site, 'IT')[3]).toEqual({
      zone: 'F4_IT',
      label: 'Floor 4 server room',
      windows: [{ days: [1, 2, 3, 4, 5, 6, 7], from: '06:00', to: '22:00' }],
    });
    expect(profileAccess(site, 'VISITOR').map((z) => z.zone)).toEqual(['BLDG', 'F4_GEN']);
    expect(profileAccess(site, null)).toEqual([]);
  });

  it('counts someone as employed from the start date up to and including the end date', () => {
    const leaver = { startDate: '2015-02-01', endDate: '2025-10-10' };
    expect(employedOn(leaver, '2025-10-10')).toBe(true);
    expect(employedOn(leaver, '2025-10-11')).toBe(false);
    expect(employedOn(leaver, '2015-01-31')).toBe(false);
    expect(employedOn({ startDate: null, endDate: null }, '2025-10-11')).toBe(true);
  });
});

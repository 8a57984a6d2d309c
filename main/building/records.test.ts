import { describe, expect, it } from 'vitest';
import { accessLevels, cardholderStatus, doorResolver, nameParts } from './records';

describe('building records', () => {
  it.each([
    ['Actief', '', 'active'],
    ['Geblokkeerd', '', 'blocked'],
    ['Verlopen', '', 'expired'],
    ['Lost', '', 'lost'],
    ['Active', 'TRUE', 'blocked'],
    ['', 'FALSE', 'active'],
    ['Inactief', '', 'inactive'],
  ] as const)('status %s / barred %s → %s', (status, barred, expected) => {
    expect(cardholderStatus(status, barred)).toBe(expected);
  });

  it('splits "Last, First prefix" names and keeps others whole', () => {
    expect(nameParts('Horst, Ilse ter', '', '', '')).toEqual({
      full: 'Horst, Ilse ter',
      first: 'Ilse',
      prefix: 'ter',
      last: 'Horst',
    });
    expect(nameParts('Linden, Sven van der', '', '', '')).toMatchObject({
      first: 'Sven',
      prefix: 'van der',
      last: 'Linden',
    });
    expect(nameParts('Kees Schipper', '', '', '')).toEqual({
      full: 'Kees Schipper',
      first: null,
      prefix: null,
      last: null,
    });
    expect(nameParts('', 'Joost', 'van', 'Dijkhuizen')).toMatchObject({
      full: 'Joost van Dijkhuizen',
      last: 'Dijkhuizen',
    });
  });

  it('splits several access levels in one cell, the file delimiter in a quoted cell included', () => {
    expect(accessLevels('Floor 4 Standard; Floor 4 IT')).toEqual([
      'Floor 4 Standard',
      'Floor 4 IT',
    ]);
    expect(accessLevels('VN ICT 4e|VN HR 4e')).toEqual(['VN ICT 4e', 'VN HR 4e']);
    expect(accessLevels('AG 4F, AG Garage')).toEqual(['AG 4F', 'AG Garage']);
    expect(accessLevels('')).toEqual([]);
  });

  it('resolves doors by reader, then by access point and direction', () => {
    const door = doorResolver([
      { doorId: 'R01', name: 'Hoofdingang BG', direction: 'in' },
      { doorId: 'R01', name: 'HI-01 lezer in', direction: 'in' },
      { doorId: 'R02', name: 'Hoofdingang BG', direction: 'out' },
      { doorId: 'R05', name: 'Lift lobby 4F', direction: 'in' },
    ]);
    expect(door('HI-01 lezer in', 'Hoofdingang BG', '')).toBe('R01');
    expect(door('', 'Hoofdingang BG', 'Uit')).toBe('R02');
    expect(door('', 'Hoofdingang BG', '')).toBeNull();
    expect(door('', 'lift lobby 4f', '')).toBe('R05');
  });
});

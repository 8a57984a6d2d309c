import { describe, expect, it } from 'vitest';
import { matchesSearch } from './search';

describe('search', () => {
  it('ignores accents, case and the colons of a badge number', () => {
    expect(matchesSearch('celik', 'Ayşe Çelik')).toBe(true);
    expect(matchesSearch('5F:34:CF:C1', '5F34CFC1')).toBe(true);
    expect(matchesSearch('5f34', '5F:34:CF:C1')).toBe(true);
    expect(matchesSearch('de groot', 'Sanne de Groot')).toBe(true);
    expect(matchesSearch('', 'anything')).toBe(true);
    expect(matchesSearch('zz', 'Sanne de Groot', null)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { translate } from './translate';

describe('counts in words', () => {
  it('takes each language’s plural rules for the deletion log', () => {
    const line = (locale: 'nl' | 'en', count: number) =>
      translate(locale, 'privacy.deletion', {
        at: '1-12',
        what: translate(locale, 'privacy.category.staleOpenVisits', { count }),
        reason: 'x',
      });
    expect(line('nl', 1)).toBe('1-12: 1 nooit afgesloten bezoek, afgesloten verwijderd (x)');
    expect(line('nl', 3)).toBe('1-12: 3 nooit afgesloten bezoeken, afgesloten verwijderd (x)');
    expect(translate('en', 'privacy.category.visitors', { count: 1 })).toBe('1 visitor');
    expect(translate('en', 'privacy.category.visitors', { count: 0 })).toBe('0 visitors');
    expect(translate('en', 'privacy.category.doorEvents', { count: 3898 })).toBe(
      '3,898 door events',
    );
    expect(translate('nl', 'privacy.category.doorEvents', { count: 3898 })).toBe(
      '3.898 deurgebeurtenissen',
    );
  });

  it('leaves a count it was not given in sight', () => {
    expect(translate('en', 'privacy.category.visitors')).toBe(
      '{count, plural, one {# visitor} other {# visitors}}',
    );
  });
});

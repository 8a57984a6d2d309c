import { describe, expect, it } from 'vitest';
import { outcomeClassifier } from './event-outcomes';

describe('event outcomes', () => {
  const classify = outcomeClassifier();

  it.each([
    ['Toegang verleend', 'GRANTED'],
    ['Deur geopend met drukknop', 'REX'],
    ['Toegang geweigerd - onbekende kaart', 'DENIED_UNKNOWN'],
    ['Toegang geweigerd - geen autorisatie', 'DENIED_NO_RIGHTS'],
    ['Deur te lang open', 'DOOR_HELD'],
    ['Toegang geweigerd - kaart verlopen', 'DENIED_EXPIRED'],
    ['Toegang geweigerd - kaart geblokkeerd (verloren)', 'DENIED_LOST'],
    ['Toegang geweigerd - kaart geblokkeerd', 'DENIED_BLOCKED'],
    ['Toegang geweigerd - buiten tijdschema', 'DENIED_SCHEDULE'],
    ['Toegang geweigerd - anti-passback', 'DENIED_APB'],
    ['Deur geforceerd', 'DOOR_FORCED'],
    ['Access permitted Valid token', 'GRANTED'],
    ['Exit button pressed', 'REX'],
    ['Access denied Unknown token', 'DENIED_UNKNOWN'],
    ['Access denied No access rights for this door', 'DENIED_NO_RIGHTS'],
    ['Door left open', 'DOOR_HELD'],
    ['Lost token Token reported lost', 'DENIED_LOST'],
    ['Door forced open', 'DOOR_FORCED'],
    ['Access denied Valid token, wrong time', 'DENIED_SCHEDULE'],
    ['Access denied Token expired', 'DENIED_EXPIRED'],
    ['Access denied Anti-passback violation', 'DENIED_APB'],
    ['Access denied User barred', 'DENIED_BLOCKED'],
    ['Access Granted', 'GRANTED'],
    ['Request to Exit', 'REX'],
    ['Door Held Open', 'DOOR_HELD'],
  ] as const)('%s → %s', (text, outcome) => {
    expect(classify(text)).toBe(outcome);
  });

  it('keeps a text it does not know as unknown, and lets the office manager add a rule', () => {
    expect(classify('Brandalarm actief')).toBeNull();
    expect(classify('Lostboys lounge')).toBeNull();
    const extended = outcomeClassifier([{ all: ['brandalarm'], outcome: 'DOOR_HELD' }]);
    expect(extended('Brandalarm actief')).toBe('DOOR_HELD');
  });

  it('does not file a text that says more than "denied" or "granted" as a plain refusal or entry', () => {
    expect(classify('Toegang geweigerd')).toBe('DENIED_NO_RIGHTS');
    expect(classify('Toegang geweigerd - pincode fout')).toBeNull();
    expect(classify('Access denied - tailgating suspected')).toBeNull();
    expect(classify('Toegang verleend')).toBe('GRANTED');
    expect(classify('Toegang verleend onder dwang')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { uidFromWedge } from './keyboard-wedge';

// Worked examples from the card-number notes: 04 A2 2B 1A and 00 3F 91 C2.
describe('keyboard-wedge input', () => {
  it.each([
    ['04A22B1A', 'hex', '04A22B1A'],
    ['04:a2:2b:1a:5c:80:73', 'hex', '04A22B1A5C8073'],
    ['1A2BA204', 'hex-reversed', '04A22B1A'],
    ['0077736730', 'decimal', '04A22B1A'],
    ['77736730', 'decimal', '04A22B1A'],
    ['0439067140', 'decimal-reversed', '04A22B1A'],
    ['3264298752', 'decimal-reversed', '003F91C2'],
    ['4166082', 'decimal', '003F91C2'],
  ] as const)('%s as %s is %s', (typed, format, uid) => {
    expect(uidFromWedge(typed, format)).toBe(uid);
  });

  it.each([
    ['4294967296', 'decimal'],
    ['12AB', 'decimal'],
    ['04A22B', 'hex'],
    ['', 'hex'],
    ['hello', 'hex-reversed'],
  ] as const)('refuses %j as %s', (typed, format) => {
    expect(uidFromWedge(typed, format)).toBeNull();
  });
});

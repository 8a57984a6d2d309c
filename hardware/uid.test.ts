import { describe, expect, it } from 'vitest';
import { canonicalUid, formatUid, uidFromBytes } from './uid';

describe('tag UIDs', () => {
  it.each([
    ['04:a2:2b:1a', '04A22B1A'],
    ['04 A2 2B 1A 5C 80 73', '04A22B1A5C8073'],
    ['04-a2-2b-1a-5c-80-73', '04A22B1A5C8073'],
    ['003F91C2', '003F91C2'],
    ['0102030405060708090A', '0102030405060708090A'],
  ])('canonicalises %s', (input, expected) => {
    expect(canonicalUid(input)).toBe(expected);
  });

  it.each(['', '04A22B', '04A22B1A5C', 'G4A22B1A', '04A22B1A0', '04:A2:2B:1A:5C'])(
    'refuses %j',
    (input) => {
      expect(canonicalUid(input)).toBeNull();
    },
  );

  it('prints and converts', () => {
    expect(formatUid('04A22B1A')).toBe('04:A2:2B:1A');
    expect(formatUid('04A22B1A', ' ')).toBe('04 A2 2B 1A');
    expect(uidFromBytes(Uint8Array.from([0x04, 0xa2, 0x2b, 0x1a]))).toBe('04A22B1A');
  });
});

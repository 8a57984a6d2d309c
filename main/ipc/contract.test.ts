import { describe, expect, it } from 'vitest';
import { TagUid } from './contract';

describe('contract values', () => {
  it('takes a tag UID with any usual separator and refuses what is not one', () => {
    expect(TagUid.parse('04:a2:2b:1a')).toBe('04A22B1A');
    expect(TagUid.parse('04 1D 11 01 9B CF 42')).toBe('041D11019BCF42');
    for (const bad of ['04A22B', '04A22B1G', '', '04A22B1A0']) {
      expect(TagUid.safeParse(bad).error?.issues[0]?.message, bad).toBe(
        'not a 4, 7 or 10-byte UID',
      );
    }
  });
});

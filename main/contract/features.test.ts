import { describe, expect, it } from 'vitest';
import { TagUid } from '../tags';
import { callSchemas } from './features';

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

  it('takes only known card rules and outcomes, so services get them typed', () => {
    const request = (cardRule: string | null) => [
      { uploadId: '8f0c6f9e-4b1a-4c1e-9d0e-2b7f4a1c3d5e', cardRule, columns: {} },
    ];
    const { startBuildingImport, addEventTextRule } = callSchemas;
    expect(startBuildingImport.safeParse(request('net2-token')).success).toBe(true);
    expect(startBuildingImport.safeParse(request(null)).success).toBe(true);
    expect(startBuildingImport.safeParse(request('net3-token')).success).toBe(false);
    const rule = (outcome: string) => [{ text: 'Brandalarm', outcome }];
    expect(addEventTextRule.safeParse(rule('DOOR_HELD')).success).toBe(true);
    expect(addEventTextRule.safeParse(rule('MAYBE')).success).toBe(false);
  });
});

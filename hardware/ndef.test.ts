import { describe, expect, it } from 'vitest';
import { encodeTextTlv, ndefMessageFromTlv, ndefTextRecords, tlvBytesNeeded } from './ndef';

describe('NDEF text on Type 2 tags', () => {
  it('round-trips a text record through the TLV area', () => {
    const area = encodeTextTlv('BEZ-01 bezoekerspas', 'nl');
    expect(tlvBytesNeeded(area)).toBe(area.length - 1);
    const message = ndefMessageFromTlv(area);
    expect(message).not.toBeNull();
    expect(ndefTextRecords(message!)).toEqual([{ lang: 'nl', text: 'BEZ-01 bezoekerspas' }]);
  });

  it('reads a real-world NTAG layout with a lock-control TLV and padding before the message', () => {
    // Lock control TLV (01 03 a0 0c 34) as factory NTAG213s ship, then the NDEF TLV.
    const text = encodeTextTlv('Zoë', 'nl');
    const area = Uint8Array.from([0x01, 0x03, 0xa0, 0x0c, 0x34, 0x00, ...text]);
    expect(ndefTextRecords(ndefMessageFromTlv(area)!)).toEqual([{ lang: 'nl', text: 'Zoë' }]);
  });

  it('decodes UTF-16 text and skips non-text records', () => {
    const utf16 = Buffer.from('Ω badge', 'utf16le').swap16();
    const uri = [0x91, 0x01, 0x02, 0x55, 0x04, 0x61]; // MB, SR, "U" record
    const textRecord = [0x51, 0x01, 1 + 2 + utf16.length, 0x54, 0x82, 0x65, 0x6e, ...utf16];
    expect(ndefTextRecords(Uint8Array.from([...uri, ...textRecord]))).toEqual([
      { lang: 'en', text: 'Ω badge' },
    ]);
  });

  it.each([
    ['an empty tag', [0x03, 0x00, 0xfe]],
    ['only a terminator', [0xfe]],
    ['a cut-off message', [0x03, 0x20, 0xd1, 0x01]],
    ['blank memory', [0x00, 0x00, 0x00, 0x00]],
  ])('finds no text on %s', (_label, bytes) => {
    const message = ndefMessageFromTlv(Uint8Array.from(bytes));
    expect(message ? ndefTextRecords(message) : []).toEqual([]);
  });
});

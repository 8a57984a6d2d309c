/**
 * Reads NDEF Text records from the memory of an NFC Forum Type 2 tag (NTAG/Ultralight): the TLV
 * area starting at page 4. Only what the kiosk needs: text records, which a badge may carry to
 * name itself (e.g. "BEZ-01").
 */

export interface NdefText {
  lang: string;
  text: string;
}

const tlvNull = 0x00;
const tlvNdef = 0x03;
const tlvTerminator = 0xfe;

/** The NDEF message bytes inside the TLV area, or null when there is none (or it is cut off). */
export function ndefMessageFromTlv(area: Uint8Array): Uint8Array | null {
  let i = 0;
  while (i < area.length) {
    const type = area[i]!;
    if (type === tlvNull) {
      i += 1;
      continue;
    }
    if (type === tlvTerminator) return null;
    const { length, header } = tlvLength(area, i + 1);
    if (length === null) return null;
    const start = i + 1 + header;
    if (type === tlvNdef)
      return start + length <= area.length ? area.subarray(start, start + length) : null;
    i = start + length;
  }
  return null;
}

/** How many bytes of TLV area are needed to hold the whole NDEF TLV, given its first bytes. */
export function tlvBytesNeeded(area: Uint8Array): number | null {
  let i = 0;
  while (i < area.length && area[i] === tlvNull) i += 1;
  if (i >= area.length || area[i] !== tlvNdef) return null;
  const { length, header } = tlvLength(area, i + 1);
  return length === null ? null : i + 1 + header + length;
}

function tlvLength(area: Uint8Array, at: number): { length: number | null; header: number } {
  const first = area[at];
  if (first === undefined) return { length: null, header: 1 };
  if (first !== 0xff) return { length: first, header: 1 };
  const hi = area[at + 1];
  const lo = area[at + 2];
  if (hi === undefined || lo === undefined) return { length: null, header: 3 };
  return { length: (hi << 8) | lo, header: 3 };
}

/** Every well-formed Text record in an NDEF message; other records are skipped. */
export function ndefTextRecords(message: Uint8Array): NdefText[] {
  const texts: NdefText[] = [];
  let i = 0;
  while (i < message.length) {
    const flags = message[i]!;
    const shortRecord = (flags & 0x10) !== 0;
    const hasId = (flags & 0x08) !== 0;
    const tnf = flags & 0x07;
    let p = i + 1;
    const typeLength = message[p++];
    if (typeLength === undefined) break;
    let payloadLength: number;
    if (shortRecord) {
      const b = message[p++];
      if (b === undefined) break;
      payloadLength = b;
    } else {
      if (p + 4 > message.length) break;
      payloadLength = new DataView(message.buffer, message.byteOffset + p, 4).getUint32(0);
      p += 4;
    }
    const idLength = hasId ? (message[p++] ?? 0) : 0;
    const type = message.subarray(p, p + typeLength);
    p += typeLength + idLength;
    const payload = message.subarray(p, p + payloadLength);
    if (payload.length < payloadLength) break;
    if (tnf === 0x01 && type.length === 1 && type[0] === 0x54) {
      const text = decodeText(payload);
      if (text) texts.push(text);
    }
    i = p + payloadLength;
    if (flags & 0x40) break; // ME: message end
  }
  return texts;
}

function decodeText(payload: Uint8Array): NdefText | null {
  const status = payload[0];
  if (status === undefined) return null;
  const langLength = status & 0x3f;
  const utf16 = (status & 0x80) !== 0;
  const lang = new TextDecoder('ascii').decode(payload.subarray(1, 1 + langLength));
  const body = payload.subarray(1 + langLength);
  const text = new TextDecoder(utf16 ? 'utf-16be' : 'utf-8').decode(body);
  return { lang, text };
}

/** Encodes one Text record as a Type 2 TLV area (for virtual tags in tests and benchmarks). */
export function encodeTextTlv(text: string, lang = 'en'): Uint8Array {
  const langBytes = new TextEncoder().encode(lang);
  const textBytes = new TextEncoder().encode(text);
  const payload = [langBytes.length, ...langBytes, ...textBytes];
  if (payload.length > 255) throw new Error('text too long for a short record');
  const record = [0xd1, 0x01, payload.length, 0x54, ...payload];
  const length =
    record.length < 0xff ? [record.length] : [0xff, record.length >> 8, record.length & 0xff];
  return Uint8Array.from([tlvNdef, ...length, ...record, tlvTerminator]);
}

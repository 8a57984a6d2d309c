/** The PC/SC pseudo-APDUs Lobby sends to a tag, each bounded in time. */
import type { TagPresented } from '../reader';
import { uidFromBytes } from '../uid';

export interface ReaderLike {
  transmit(data: Buffer, responseMaxLength: number): Promise<Buffer>;
}

const commandTimeoutMs = 2000;

async function command(reader: ReaderLike, apdu: number[], maxLength: number): Promise<Buffer> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('the tag did not answer in time')), commandTimeoutMs);
  });
  try {
    const response = await Promise.race([reader.transmit(Buffer.from(apdu), maxLength), timeout]);
    if (response.length < 2) throw new Error(`short response (${response.length} bytes)`);
    const status = response.readUInt16BE(response.length - 2);
    if (status !== 0x9000) throw new Error(`tag answered ${status.toString(16).padStart(4, '0')}`);
    return response.subarray(0, -2);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * GET DATA (FF CA 00 00 00): the UID, for ISO 14443-3 and -4 tags alike. A tag that has only just
 * entered the field (or a reader still powering it) can fail the first exchanges, so failures are
 * retried briefly before giving up.
 */
export async function readUid(reader: ReaderLike): Promise<string> {
  const retryDelaysMs = [50, 150, 300];
  for (let attempt = 0; ; attempt += 1) {
    try {
      const uid = await command(reader, [0xff, 0xca, 0x00, 0x00, 0x00], 12);
      if (![4, 7, 10].includes(uid.length)) throw new Error(`unexpected UID length ${uid.length}`);
      return uidFromBytes(uid);
    } catch (err) {
      const delay = retryDelaysMs[attempt];
      if (delay === undefined) throw err;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/** READ BINARY (FF B0) of `length` bytes from a Type 2 tag, 16 bytes (4 pages) at a time. */
export async function readType2Area(
  reader: ReaderLike,
  page: number,
  length: number,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for (let offset = 0; offset < length; offset += 16) {
    const p = page + offset / 4;
    chunks.push(await command(reader, [0xff, 0xb0, 0x00, p, 16], 18));
  }
  return Buffer.concat(chunks).subarray(0, length);
}

export function standardOf(atr: Buffer | undefined): TagPresented['standard'] {
  return atr && atr[5] === 0x4f ? 'TAG_ISO_14443_3' : 'TAG_ISO_14443_4';
}

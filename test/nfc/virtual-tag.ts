/**
 * A virtual NFC tag for vsmartcard's vpcd reader driver: while connected to vpcd's TCP port it is
 * "on the reader"; closing the connection removes it. It answers the PC/SC pseudo-APDUs a
 * contactless reader handles for storage tags (FF CA get UID, FF B0 read, FF D6 write), like an
 * NTAG213 or a MIFARE Classic 1K. Used by the NFC tests and `npm run bench:nfc`, never by the kiosk.
 */
import net from 'node:net';

export type VirtualTagKind = 'ntag213' | 'mifare-classic-1k';

export interface VirtualTagSpec {
  uid: string;
  kind: VirtualTagKind;
  /** Type 2 TLV area written from page 4 on (NTAG only), e.g. from `encodeTextTlv`. */
  ndefArea?: Uint8Array;
}

// PC/SC part 3 ATRs for contactless storage cards: byte 5 = 0x4F, then RID, SS = 03, card name.
const atrs: Record<VirtualTagKind, Buffer> = {
  ntag213: Buffer.from('3B8F8001804F0CA0000003060300030000000068', 'hex'),
  'mifare-classic-1k': Buffer.from('3B8F8001804F0CA000000306030001000000006A', 'hex'),
};

const ok = Buffer.from([0x90, 0x00]);
const notSupported = Buffer.from([0x6d, 0x00]);
const wrongLength = Buffer.from([0x67, 0x00]);

/** 45 pages of 4 bytes: UID and lock bytes, capability container, user memory. */
function ntagMemory(uid: Buffer, ndefArea: Uint8Array | undefined): Buffer {
  const memory = Buffer.alloc(45 * 4);
  uid.copy(memory, 0, 0, Math.min(uid.length, 9));
  Buffer.from([0xe1, 0x10, 0x12, 0x00]).copy(memory, 12); // CC: NDEF 1.0, 144 bytes, read/write
  Buffer.from(ndefArea ?? [0x03, 0x00, 0xfe]).copy(memory, 16);
  return memory;
}

export class VirtualTag {
  readonly uid: Buffer;
  private readonly memory: Buffer;
  private readonly blockSize: number;
  private socket: net.Socket | null = null;
  /** Commands seen, for tests that check what the kiosk asked of the tag. */
  readonly log: string[] = [];

  constructor(readonly spec: VirtualTagSpec) {
    this.uid = Buffer.from(spec.uid.replace(/[^0-9a-f]/gi, ''), 'hex');
    if (spec.kind === 'ntag213') {
      this.memory = ntagMemory(this.uid, spec.ndefArea);
      this.blockSize = 4;
    } else {
      this.memory = Buffer.alloc(64 * 16);
      this.uid.copy(this.memory, 0);
      this.blockSize = 16;
    }
  }

  /** Puts the tag on the reader listening at `port`; resolves once vpcd has the connection. */
  present(port: number, host = '127.0.0.1'): Promise<void> {
    if (this.socket) throw new Error('tag is already on a reader');
    return new Promise((resolve, reject) => {
      const socket = net.connect({ port, host, noDelay: true });
      this.socket = socket;
      let pending = Buffer.alloc(0);
      socket.on('data', (chunk) => {
        pending = Buffer.concat([pending, chunk]);
        while (pending.length >= 2) {
          const length = pending.readUInt16BE(0);
          if (pending.length < 2 + length) break;
          const message = pending.subarray(2, 2 + length);
          pending = pending.subarray(2 + length);
          const reply = this.answer(message);
          if (reply) socket.write(frame(reply));
        }
      });
      socket.once('connect', () => resolve());
      socket.once('error', (err) => {
        this.socket = null;
        reject(err);
      });
      socket.once('close', () => {
        if (this.socket === socket) this.socket = null;
      });
    });
  }

  /** Takes the tag off the reader. */
  remove(): Promise<void> {
    const socket = this.socket;
    this.socket = null;
    if (!socket || socket.destroyed) return Promise.resolve();
    return new Promise((resolve) => {
      socket.once('close', () => resolve());
      socket.end();
      socket.destroySoon();
    });
  }

  get onReader(): boolean {
    return this.socket !== null;
  }

  private answer(message: Buffer): Buffer | null {
    if (message.length === 1) {
      // Control: 00 power off, 01 power on, 02 reset, 04 "send your ATR".
      return message[0] === 0x04 ? atrs[this.spec.kind] : null;
    }
    this.log.push(message.toString('hex'));
    const [cla, ins, p1 = 0, p2 = 0, p3 = 0] = message;
    if (cla !== 0xff) return notSupported;
    switch (ins) {
      case 0xca: // GET DATA: UID
        return p1 === 0x00 ? Buffer.concat([this.uid, ok]) : notSupported;
      case 0xb0: {
        // READ BINARY from a page (NTAG) or block (Classic); Le 0 means one block.
        const start = ((p1 << 8) | p2) * this.blockSize;
        const length = p3 === 0 ? this.blockSize : p3;
        if (start + length > this.memory.length) return wrongLength;
        return Buffer.concat([this.memory.subarray(start, start + length), ok]);
      }
      case 0xd6: {
        const start = ((p1 << 8) | p2) * this.blockSize;
        const data = message.subarray(5, 5 + p3);
        if (start + data.length > this.memory.length) return wrongLength;
        data.copy(this.memory, start);
        return ok;
      }
      case 0x82: // LOAD KEY
      case 0x86: // GENERAL AUTHENTICATE
        return ok;
      default:
        return notSupported;
    }
  }
}

function frame(body: Buffer): Buffer {
  const header = Buffer.alloc(2);
  header.writeUInt16BE(body.length);
  return Buffer.concat([header, body]);
}

/**
 * Takes a tag off the reader and waits until the reader service has seen it go: a tag back
 * within its debounce (800 ms) counts as never having left, like one held at the field's edge.
 */
export async function lift(tag: VirtualTag): Promise<void> {
  await tag.remove();
  await new Promise((resolve) => setTimeout(resolve, 1200));
}

/** The parts of nfc-pcsc 0.8 that Lobby uses (the package ships no types). */
declare module 'nfc-pcsc' {
  import { EventEmitter } from 'node:events';

  export const TAG_ISO_14443_3: 'TAG_ISO_14443_3';
  export const TAG_ISO_14443_4: 'TAG_ISO_14443_4';

  export interface Card {
    atr?: Buffer;
    standard?: 'TAG_ISO_14443_3' | 'TAG_ISO_14443_4';
    type?: string;
    uid?: string;
    data?: Buffer;
  }

  /** The @pokusew/pcsclite reader underneath; emits `_end` once its native handle is released. */
  export interface CardReaderHandle extends EventEmitter {
    name: string;
    connected: boolean;
  }

  export class Reader extends EventEmitter {
    readonly name: string;
    readonly reader: CardReaderHandle;
    autoProcessing: boolean;
    card: Card | null;
    transmit(data: Buffer, responseMaxLength: number): Promise<Buffer>;
    read(
      blockNumber: number,
      length: number,
      blockSize?: number,
      packetSize?: number,
    ): Promise<Buffer>;
    close(): void;
    on(event: 'card', listener: (card: Card) => void): this;
    on(event: 'card.off', listener: (card: Card) => void): this;
    on(event: 'error', listener: (err: Error) => void): this;
    on(event: 'end', listener: () => void): this;
  }

  export class NFC extends EventEmitter {
    constructor(logger?: unknown);
    readonly readers: Record<string, CardReaderHandle>;
    close(): void;
    on(event: 'reader', listener: (reader: Reader) => void): this;
    on(event: 'error', listener: (err: Error) => void): this;
  }
}

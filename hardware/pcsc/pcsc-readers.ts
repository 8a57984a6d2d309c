/**
 * PC/SC readers through nfc-pcsc, kept alive: readers come and go, pcscd may stop and return,
 * and the kiosk must keep going without a restart. The NFC instance is created through an
 * injected factory, only after start-up, and only once the daemon answers.
 */
import type { Card, NFC, Reader } from 'nfc-pcsc';
import { Listeners, type ReaderEvents, type ReaderService, type ReaderSnapshot } from '../reader';
import { ndefMessageFromTlv, ndefTextRecords, tlvBytesNeeded, type NdefText } from '../ndef';
import { Presence } from './presence';
import { readUid, readType2Area, standardOf, type ReaderLike } from './tag-commands';

export type NfcFactory = () => NFC;

export interface PcscReaderOptions {
  createNfc: NfcFactory;
  daemonAvailable: () => Promise<boolean>;
  /** Only readers whose name this accepts (a kiosk uses the reader at its own desk). */
  onlyReader?: (name: string) => boolean;
  /** Read NDEF text from NTAG/Ultralight tags and report it as a `text` event. */
  readNdef?: boolean;
  debounceMs?: number;
  backoff?: { initialMs: number; maxMs: number };
  now?: () => Date;
  log?: (message: string, err?: unknown) => void;
}

export interface PcscEvents extends ReaderEvents {
  text: (event: { reader: string; uid: string; texts: NdefText[] }) => void;
}

export interface PcscReaderService extends ReaderService {
  on<K extends keyof PcscEvents>(event: K, listener: PcscEvents[K]): () => void;
  start(): Promise<void>;
}

const offlineDetail = 'The PC/SC service (pcscd) is not running.';

export function createPcscReaders(opts: PcscReaderOptions): PcscReaderService {
  const listeners = new Listeners<PcscEvents>();
  const now = opts.now ?? (() => new Date());
  const log = opts.log ?? (() => {});
  const backoff = opts.backoff ?? { initialMs: 250, maxMs: 5000 };
  const readers = new Map<string, Reader>();
  const atrs = new Map<string, Buffer | undefined>();
  let nfc: NFC | null = null;
  let snapshot: ReaderSnapshot = { state: 'offline', readers: [], detail: 'Starting.' };
  let retryTimer: NodeJS.Timeout | null = null;
  let delay = backoff.initialMs;
  let stopped = false;
  let checking = false;

  const presence = new Presence(
    {
      presented: (reader, uid) => {
        const atr = atrs.get(reader);
        listeners.emit('tag', {
          reader,
          uid,
          atr: atr ? atr.toString('hex').toUpperCase() : null,
          standard: standardOf(atr),
          at: now(),
        });
      },
      removed: (reader, uid) => listeners.emit('tagRemoved', { reader, uid, at: now() }),
    },
    opts.debounceMs ?? 800,
  );

  const setStatus = (next: ReaderSnapshot) => {
    const same =
      next.state === snapshot.state &&
      next.detail === snapshot.detail &&
      next.readers.join('\n') === snapshot.readers.join('\n');
    snapshot = next;
    if (!same) listeners.emit('status', next);
  };
  const readersChanged = () => {
    const names = [...readers.keys()].sort();
    setStatus({ state: names.length ? 'online' : 'absent', readers: names, detail: null });
  };

  const scheduleRetry = () => {
    if (stopped || retryTimer) return;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      void connect();
    }, delay);
    delay = Math.min(delay * 2, backoff.maxMs);
  };

  const connect = async () => {
    if (stopped || nfc) return;
    if (!(await opts.daemonAvailable())) {
      setStatus({ state: 'offline', readers: [], detail: offlineDetail });
      return scheduleRetry();
    }
    if (stopped) return;
    try {
      nfc = opts.createNfc();
    } catch (err) {
      log('could not create the NFC instance', err);
      setStatus({ state: 'offline', readers: [], detail: offlineDetail });
      return scheduleRetry();
    }
    delay = backoff.initialMs;
    const instance = nfc;
    instance.on('reader', (reader) => attach(reader));
    instance.on('error', (err) => {
      if (nfc !== instance) return; // closing an instance on purpose reports "Command cancelled"
      log('PC/SC error', err);
      void checkDaemon();
    });
    readersChanged();
  };

  /**
   * After an error or a lost reader: is the daemon still there? If not, drop everything and start
   * over with back-off. Resolves true while the daemon is alive.
   */
  const checkDaemon = async (): Promise<boolean> => {
    if (stopped) return false;
    if (await opts.daemonAvailable()) return true;
    if (checking || stopped) return false;
    checking = true;
    try {
      const old = nfc;
      nfc = null;
      for (const name of readers.keys()) presence.readerGone(name);
      readers.clear();
      setStatus({ state: 'offline', readers: [], detail: offlineDetail });
      if (old) await release(old, []);
      scheduleRetry();
      return false;
    } finally {
      checking = false;
    }
  };

  const attach = (reader: Reader) => {
    const name = reader.name;
    // We read the UID ourselves, for ISO 14443-3 and -4 tags alike (DESFire badges included).
    reader.autoProcessing = false;
    catchStrayErrors(reader, (err) => log(`reader ${name}`, err));
    if (opts.onlyReader && !opts.onlyReader(name)) {
      // Another desk's reader: never read, and nothing it says may end the process.
      reader.on('error', () => undefined);
      return;
    }
    readers.set(name, reader);
    readersChanged();
    reader.on('card', (card: Card) => void onCard(reader, card));
    reader.on('card.off', () => presence.cardOut(name));
    reader.on('error', (err) => log(`reader ${name}`, err));
    reader.on('end', () => {
      if (readers.get(name) !== reader) return;
      readers.delete(name);
      atrs.delete(name);
      presence.readerGone(name);
      // Unplugged, or the daemon went away? Only the first is "fewer readers"; the second is offline.
      void checkDaemon().then((alive) => alive && readersChanged());
    });
  };

  const onCard = async (reader: Reader, card: Card) => {
    try {
      atrs.set(reader.name, card.atr);
      const uid = await readUid(reader as unknown as ReaderLike);
      presence.cardIn(reader.name, uid);
      if (opts.readNdef && isType2(card.atr)) {
        const texts = await readNdefTexts(reader as unknown as ReaderLike);
        if (texts.length) listeners.emit('text', { reader: reader.name, uid, texts });
      }
    } catch (err) {
      log(`reading a tag on ${reader.name}`, err);
    }
  };

  return {
    status: () => snapshot,
    on: (event, listener) => listeners.on(event, listener),
    async start() {
      stopped = false;
      await connect();
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      if (retryTimer) clearTimeout(retryTimer);
      retryTimer = null;
      presence.clear();
      const old = nfc;
      nfc = null;
      const open = [...readers.values()];
      readers.clear();
      if (old) await release(old, open);
      setStatus({ state: 'absent', readers: [], detail: null });
    },
  };
}

/**
 * Releases readers and the NFC instance without tripping the native exit lock: never from inside
 * a card handler's tick, readers first (each waited for, but never for long), then the instance.
 */
async function release(nfc: NFC, readers: Reader[]): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  await Promise.all(
    readers.map(
      (reader) =>
        new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, 1000);
          reader.once('end', () => {
            clearTimeout(timer);
            resolve();
          });
          try {
            reader.close();
          } catch {
            clearTimeout(timer);
            resolve();
          }
        }),
    ),
  );
  nfc.on('error', () => {}); // close() reports "Command cancelled"; that is the point
  try {
    nfc.close();
  } catch {
    // already closed by the daemon going away
  }
}

/**
 * nfc-pcsc sometimes emits an Error object as the event name (`this.emit(err)`), which no
 * `error` listener ever sees. Route those to the given handler instead of losing them.
 */
function catchStrayErrors(reader: Reader, onError: (err: Error) => void): void {
  const emit = reader.emit.bind(reader);
  reader.emit = ((event: string | symbol | Error, ...args: unknown[]) => {
    if (event instanceof Error) {
      onError(event);
      return true;
    }
    return emit(event, ...args);
  }) as Reader['emit'];
}

/** PC/SC part 3 ATR: card name 00 03 is MIFARE Ultralight, the family NTAG belongs to. */
function isType2(atr: Buffer | undefined): boolean {
  return !!atr && atr.length >= 15 && atr[5] === 0x4f && atr[13] === 0x00 && atr[14] === 0x03;
}

async function readNdefTexts(reader: ReaderLike): Promise<NdefText[]> {
  const head = await readType2Area(reader, 4, 16);
  const needed = tlvBytesNeeded(head);
  if (needed === null) return [];
  const area = needed <= head.length ? head : await readType2Area(reader, 4, Math.min(needed, 512));
  const message = ndefMessageFromTlv(area);
  return message ? ndefTextRecords(message) : [];
}

import { Listeners, type ReaderEvents, type ReaderService, type TagPresented } from './reader';
import { canonicalUid } from './uid';

export interface ManualReader extends ReaderService {
  /** Reports a tap of `uid` (any usual notation); returns the event, or null for a bad UID. */
  tap(uid: string): TagPresented | null;
}

export interface ManualReaderOptions {
  name: string;
  standard: Extract<TagPresented['standard'], 'keyboard' | 'development'>;
  /** A typed or clicked tap has no "taken away"; report it removed after this long. */
  removeAfterMs?: number;
  now?: () => Date;
}

/**
 * A reader whose taps come from outside the PC/SC stack: a keyboard-wedge USB reader typing the
 * UID into the kiosk, or the development panel. It never claims to be a connected reader, so the
 * home screen's reader status stays about the real hardware.
 */
export function createManualReader(opts: ManualReaderOptions): ManualReader {
  const listeners = new Listeners<ReaderEvents>();
  const now = opts.now ?? (() => new Date());
  const timers = new Set<NodeJS.Timeout>();
  return {
    status: () => ({ state: 'absent', readers: [], detail: null }),
    on: (event, listener) => listeners.on(event, listener),
    tap(input) {
      const uid = canonicalUid(input);
      if (!uid) return null;
      const tag: TagPresented = {
        reader: opts.name,
        uid,
        atr: null,
        standard: opts.standard,
        at: now(),
      };
      listeners.emit('tag', tag);
      const timer = setTimeout(() => {
        timers.delete(timer);
        listeners.emit('tagRemoved', { reader: opts.name, uid, at: now() });
      }, opts.removeAfterMs ?? 1000);
      timers.add(timer);
      return tag;
    },
    async stop() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
}

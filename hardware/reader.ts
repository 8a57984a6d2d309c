/** What the rest of Lobby knows about NFC readers, whatever kind of reader delivers the taps. */

export interface TagPresented {
  reader: string;
  /** Canonical UID: uppercase hex, no separators. */
  uid: string;
  /** Answer-to-reset as hex, when the reader gives one (PC/SC does, a keyboard wedge does not). */
  atr: string | null;
  standard: 'TAG_ISO_14443_3' | 'TAG_ISO_14443_4' | 'keyboard' | 'development';
  at: Date;
}

export interface TagRemoved {
  reader: string;
  uid: string;
  at: Date;
}

export type ReaderState = 'online' | 'offline' | 'absent';

export interface ReaderSnapshot {
  state: ReaderState;
  readers: string[];
  detail: string | null;
}

export interface ReaderEvents {
  tag: (tag: TagPresented) => void;
  tagRemoved: (tag: TagRemoved) => void;
  status: (status: ReaderSnapshot) => void;
}

export interface ReaderService {
  status(): ReaderSnapshot;
  on<K extends keyof ReaderEvents>(event: K, listener: ReaderEvents[K]): () => void;
  /** Safe to call more than once; resolves when every reader is released. Never hangs. */
  stop(): Promise<void>;
}

/** A small typed listener list, so services do not depend on Node's EventEmitter semantics. */
export class Listeners<E extends { [K in keyof E]: (...args: never[]) => void }> {
  private readonly map = new Map<keyof E, Set<E[keyof E]>>();

  on<K extends keyof E>(event: K, listener: E[K]): () => void {
    let set = this.map.get(event);
    if (!set) this.map.set(event, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  }

  emit<K extends keyof E>(event: K, ...args: Parameters<E[K]>): void {
    for (const listener of this.map.get(event) ?? []) {
      (listener as (...a: Parameters<E[K]>) => void)(...args);
    }
  }
}

/** Used where no reader is configured: always "absent", never emits a tag. */
export function noReaders(): ReaderService {
  const listeners = new Listeners<ReaderEvents>();
  return {
    status: () => ({ state: 'absent', readers: [], detail: null }),
    on: (event, listener) => listeners.on(event, listener),
    stop: async () => {},
  };
}

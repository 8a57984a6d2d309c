import { Listeners, type ReaderEvents, type ReaderService, type ReaderSnapshot } from './reader';

/**
 * Several reader services as one: taps from all of them, and one status in which any online
 * reader makes the kiosk online, and an offline service (pcscd gone) shows when none is online.
 */
export function combineReaders(services: readonly ReaderService[]): ReaderService {
  const listeners = new Listeners<ReaderEvents>();
  const status = (): ReaderSnapshot => {
    const all = services.map((s) => s.status());
    const readers = all.flatMap((s) => s.readers).sort();
    if (all.some((s) => s.state === 'online')) return { state: 'online', readers, detail: null };
    const offline = all.find((s) => s.state === 'offline');
    if (offline) return { state: 'offline', readers, detail: offline.detail };
    return { state: 'absent', readers, detail: all.find((s) => s.detail)?.detail ?? null };
  };
  for (const service of services) {
    service.on('tag', (tag) => listeners.emit('tag', tag));
    service.on('tagRemoved', (tag) => listeners.emit('tagRemoved', tag));
    service.on('status', () => listeners.emit('status', status()));
  }
  return {
    status,
    on: (event, listener) => listeners.on(event, listener),
    async stop() {
      await Promise.all(services.map((s) => s.stop()));
    },
  };
}

/** A status-only stand-in, e.g. "PC/SC support is not installed". */
export function staticReaders(snapshot: ReaderSnapshot): ReaderService {
  const listeners = new Listeners<ReaderEvents>();
  return {
    status: () => snapshot,
    on: (event, listener) => listeners.on(event, listener),
    stop: async () => {},
  };
}

import { describe, expect, it } from 'vitest';
import { combineReaders, staticReaders } from './combine';
import { createManualReader } from './manual-reader';
import { Listeners, type ReaderEvents, type ReaderService, type ReaderSnapshot } from './reader';

function switchable(initial: ReaderSnapshot) {
  const listeners = new Listeners<ReaderEvents>();
  let snapshot = initial;
  const service: ReaderService = {
    status: () => snapshot,
    on: (e, l) => listeners.on(e, l),
    stop: async () => {},
  };
  return {
    service,
    set(next: ReaderSnapshot) {
      snapshot = next;
      listeners.emit('status', next);
    },
  };
}

describe('combineReaders', () => {
  it('is online if any service is online, offline if one is offline and none online', () => {
    const pcsc = switchable({ state: 'offline', readers: [], detail: 'pcscd gone' });
    const wedge = createManualReader({ name: 'Keyboard reader', standard: 'keyboard' });
    const combined = combineReaders([pcsc.service, wedge]);
    const seen: ReaderSnapshot[] = [];
    combined.on('status', (s) => seen.push(s));
    expect(combined.status()).toEqual({ state: 'offline', readers: [], detail: 'pcscd gone' });
    pcsc.set({ state: 'online', readers: ['ACR122U'], detail: null });
    expect(seen.at(-1)).toEqual({ state: 'online', readers: ['ACR122U'], detail: null });
    pcsc.set({ state: 'absent', readers: [], detail: null });
    expect(combined.status().state).toBe('absent');
  });

  it('passes on taps from every reader, and a manual reader refuses a bad UID', async () => {
    const dev = createManualReader({ name: 'Dev', standard: 'development', removeAfterMs: 1 });
    const combined = combineReaders([
      staticReaders({ state: 'absent', readers: [], detail: 'x' }),
      dev,
    ]);
    const taps: string[] = [];
    combined.on('tag', (t) => taps.push(`${t.reader} ${t.uid} ${t.standard}`));
    const removed = new Promise((resolve) => combined.on('tagRemoved', resolve));
    expect(dev.tap('04:a2:2b:1a')).toMatchObject({ uid: '04A22B1A' });
    expect(dev.tap('nonsense')).toBeNull();
    expect(taps).toEqual(['Dev 04A22B1A development']);
    expect(await removed).toMatchObject({ reader: 'Dev', uid: '04A22B1A' });
    expect(combined.status()).toEqual({ state: 'absent', readers: [], detail: 'x' });
  });
});

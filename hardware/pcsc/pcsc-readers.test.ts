/**
 * The reconnect and hot-plug logic with an injected stand-in for nfc-pcsc. (vpcd's readers cannot
 * be unplugged, so the real-stack tests cover pcscd restarts and these cover unplug/replug.)
 */
import { EventEmitter } from 'node:events';
import type { NFC, Reader } from 'nfc-pcsc';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReaderSnapshot } from '../reader';
import { createPcscReaders } from './pcsc-readers';

class FakeReader extends EventEmitter {
  autoProcessing = true;
  closed = false;
  constructor(readonly name: string) {
    super();
  }
  transmit = async () => Buffer.from([0x04, 0xa2, 0x2b, 0x1a, 0x90, 0x00]);
  close() {
    this.closed = true;
    setImmediate(() => this.emit('end'));
  }
}

class FakeNfc extends EventEmitter {
  closed = false;
  close() {
    this.closed = true;
  }
}

function setup(daemon: { up: boolean }) {
  const instances: FakeNfc[] = [];
  const service = createPcscReaders({
    createNfc: () => {
      const nfc = new FakeNfc();
      instances.push(nfc);
      return nfc as unknown as NFC;
    },
    daemonAvailable: async () => daemon.up,
    backoff: { initialMs: 100, maxMs: 400 },
    debounceMs: 0,
  });
  const statuses: ReaderSnapshot[] = [];
  service.on('status', (s) => statuses.push(s));
  return { service, instances, statuses };
}

const attach = (nfc: FakeNfc | undefined, name: string) => {
  const reader = new FakeReader(name);
  nfc!.emit('reader', reader as unknown as Reader);
  return reader;
};

describe('PC/SC reader service lifecycle', () => {
  afterEach(() => vi.useRealTimers());

  it('never constructs NFC while the daemon is down, and retries with growing back-off', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const daemon = { up: false };
    const { service, instances, statuses } = setup(daemon);
    await service.start();
    expect(instances).toHaveLength(0);
    expect(service.status()).toMatchObject({
      state: 'offline',
      detail: expect.stringMatching(/pcscd/),
    });
    await vi.advanceTimersByTimeAsync(100 + 200 + 400 + 400);
    expect(instances).toHaveLength(0);
    daemon.up = true;
    await vi.advanceTimersByTimeAsync(400);
    expect(instances).toHaveLength(1);
    expect(statuses.at(-1)).toEqual({ state: 'absent', readers: [], detail: null });
    await service.stop();
  });

  it('follows a reader being unplugged and plugged in again, with taps before and after', async () => {
    const { service, instances } = setup({ up: true });
    await service.start();
    const taps: string[] = [];
    service.on('tag', (t) => taps.push(`${t.reader} ${t.uid}`));

    const first = attach(instances[0], 'ACS ACR122U 00 00');
    expect(first.autoProcessing).toBe(false);
    expect(service.status()).toEqual({
      state: 'online',
      readers: ['ACS ACR122U 00 00'],
      detail: null,
    });
    first.emit('card', { atr: Buffer.from('3B8F8001804F0CA000000306030001000000006A', 'hex') });
    await vi.waitFor(() => expect(taps).toEqual(['ACS ACR122U 00 00 04A22B1A']));

    first.emit('end');
    await vi.waitFor(() =>
      expect(service.status()).toEqual({ state: 'absent', readers: [], detail: null }),
    );

    const again = attach(instances[0], 'ACS ACR122U 00 00');
    expect(service.status().state).toBe('online');
    again.emit('card.off', {});
    again.emit('card', {});
    await vi.waitFor(() => expect(taps).toHaveLength(2));
    expect(instances).toHaveLength(1);
    await service.stop();
    expect(again.closed).toBe(true);
    expect(instances[0]!.closed).toBe(true);
  });

  it('catches errors nfc-pcsc emits as event names instead of losing or throwing them', async () => {
    const { service, instances } = setup({ up: true });
    await service.start();
    const reader = attach(instances[0], 'R');
    expect(() => reader.emit(new Error('connect failed') as unknown as string)).not.toThrow();
    await service.stop();
  });
});

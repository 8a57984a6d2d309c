/**
 * The reader service against a real pcscd with the vpcd driver and virtual tags of our own
 * (see test/nfc/pcsc-rig.ts). Nothing here is mocked below nfc-pcsc.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { NFC } from 'nfc-pcsc';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPcscRig, type PcscRig } from '../../test/nfc/pcsc-rig';
import { nextEvent, sleep } from '../../test/nfc/wait';
import { encodeTextTlv } from '../ndef';
import type { ReaderSnapshot, TagPresented, TagRemoved } from '../reader';
import { VirtualTag } from '../../test/nfc/virtual-tag';
import { pcscDaemonAvailable } from './daemon-probe';
import { createPcscReaders, type PcscReaderService } from './pcsc-readers';

describe('PC/SC readers against pcscd + vpcd', () => {
  let rig: PcscRig;
  let service: PcscReaderService;
  const errors: unknown[] = [];

  beforeAll(async () => {
    rig = await startPcscRig();
    service = createPcscReaders({
      createNfc: () => new NFC(),
      daemonAvailable: () => pcscDaemonAvailable(),
      readNdef: true,
      debounceMs: 300,
      backoff: { initialMs: 100, maxMs: 400 },
      log: (message, err) => errors.push([message, err]),
    });
    const online = nextEvent(service, 'status', (s) => s.readers.length === 2);
    await service.start();
    await online;
  });
  afterAll(async () => {
    await service?.stop();
    await rig?.close();
  });

  it('reports both virtual readers online', () => {
    expect(service.status()).toEqual({ state: 'online', readers: rig.readerNames, detail: null });
  });

  it('reports exactly one presented and one removed per tap, 4-byte and 7-byte, with NDEF text', async () => {
    const seen: string[] = [];
    const offTag = service.on('tag', (t: TagPresented) => seen.push(`in ${t.uid} ${t.standard}`));
    const offRemoved = service.on('tagRemoved', (t: TagRemoved) => seen.push(`out ${t.uid}`));
    const classic = new VirtualTag({ uid: '003F91C2', kind: 'mifare-classic-1k' });
    const ntag = new VirtualTag({
      uid: '041B1251F77A28',
      kind: 'ntag213',
      ndefArea: encodeTextTlv('BEZ-01', 'nl'),
    });
    try {
      let presented = nextEvent(service, 'tag');
      await classic.present(rig.port);
      const first = await presented;
      expect(first).toMatchObject({ reader: 'Virtual PCD 00 00', uid: '003F91C2' });
      expect(first.atr).toBe('3B8F8001804F0CA000000306030001000000006A');
      expect(Date.now() - first.at.getTime()).toBeLessThan(2000);
      let removed = nextEvent(service, 'tagRemoved');
      await classic.remove();
      await removed;

      presented = nextEvent(service, 'tag');
      const text = nextEvent(service, 'text');
      await ntag.present(rig.port + 1);
      expect(await presented).toMatchObject({ reader: 'Virtual PCD 00 01', uid: '041B1251F77A28' });
      expect(await text).toEqual({
        reader: 'Virtual PCD 00 01',
        uid: '041B1251F77A28',
        texts: [{ lang: 'nl', text: 'BEZ-01' }],
      });
      removed = nextEvent(service, 'tagRemoved');
      await ntag.remove();
      await removed;
      await sleep(1000); // anything late or doubled would arrive now
      expect(seen).toEqual([
        'in 003F91C2 TAG_ISO_14443_3',
        'out 003F91C2',
        'in 041B1251F77A28 TAG_ISO_14443_3',
        'out 041B1251F77A28',
      ]);
    } finally {
      offTag();
      offRemoved();
      await classic.remove();
      await ntag.remove();
    }
  });

  it('goes offline when pcscd stops, online when it returns, and reads the next tap', async () => {
    const statuses: ReaderSnapshot['state'][] = [];
    const off = service.on('status', (s) => statuses.push(s.state));
    try {
      const offline = nextEvent(service, 'status', (s) => s.state === 'offline');
      await rig.stopDaemon();
      expect(await offline).toMatchObject({ state: 'offline', readers: [] });
      expect((await offline).detail).toMatch(/pcscd/);

      const online = nextEvent(service, 'status', (s) => s.readers.length === 2, 10_000);
      await rig.startDaemon();
      await online;
      expect(statuses[0]).toBe('offline');
      expect(statuses.at(-1)).toBe('online');

      const tag = new VirtualTag({ uid: '04A22B1A', kind: 'mifare-classic-1k' });
      const presented = nextEvent(service, 'tag');
      await tag.present(rig.port);
      expect(await presented).toMatchObject({ uid: '04A22B1A' });
      await tag.remove();
    } finally {
      off();
    }
  });

  it('lets a process with a tag on the reader exit within 2 s of being told to stop', async () => {
    // A kiosk is the reader's only client; two processes reading one virtual tag at once collide.
    await service.stop();
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(import.meta.dirname, '../../test/nfc/shutdown-child.ts')],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (output += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (output += s));
    const tag = new VirtualTag({ uid: '04EB26F50B588C', kind: 'ntag213' });
    try {
      await waitFor(
        () => output.includes('online'),
        10_000,
        () => output,
      );
      await tag.present(rig.port);
      await waitFor(
        () => output.includes('tag 04EB26F50B588C'),
        5000,
        () => output,
      );
      const exited = new Promise<number>((resolve) =>
        child.once('exit', (code) => resolve(code ?? -1)),
      );
      const started = Date.now();
      child.kill('SIGTERM');
      const code = await Promise.race([exited, sleep(2000).then(() => -2)]);
      expect(code, output).toBe(0);
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      child.kill('SIGKILL');
      await tag.remove();
    }
  });

  it('uses only the readers it is told to (two kiosks on one machine, each at its own reader)', async () => {
    const own = createPcscReaders({
      createNfc: () => new NFC(),
      daemonAvailable: () => pcscDaemonAvailable(),
      onlyReader: (name) => name.includes('00 01'),
      debounceMs: 300,
      log: (message, err) => errors.push([message, err]),
    });
    const online = nextEvent(own, 'status', (s) => s.readers.length > 0);
    await own.start();
    await online;
    const seen: string[] = [];
    const off = own.on('tag', (t: TagPresented) => seen.push(`${t.reader} ${t.uid}`));
    const tag = new VirtualTag({ uid: '003F91C2', kind: 'mifare-classic-1k' });
    try {
      expect(own.status().readers).toEqual(['Virtual PCD 00 01']);
      await tag.present(rig.port);
      await sleep(1000); // the other desk's reader: nothing arrives here
      await tag.remove();
      await sleep(500);
      const presented = nextEvent(own, 'tag');
      await tag.present(rig.port + 1);
      await presented;
      expect(seen).toEqual(['Virtual PCD 00 01 003F91C2']);
    } finally {
      off();
      await tag.remove();
      await own.stop();
    }
  });

  it('recorded no unexpected errors', () => {
    // Losing pcscd on purpose makes every open handle fail with "RPC transport error"; nothing else.
    const unexpected = errors.filter(
      (entry) => !/RPC transport error/.test(String((entry as [string, Error])[1])),
    );
    expect(unexpected).toEqual([]);
  });
});

async function waitFor(check: () => boolean, timeoutMs: number, describe: () => string) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out; output so far:\n${describe()}`);
    await sleep(20);
  }
}

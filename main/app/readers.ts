import { combineReaders, staticReaders } from '../../hardware/combine';
import { createManualReader, type ManualReader } from '../../hardware/manual-reader';
import { pcscDaemonAvailable } from '../../hardware/pcsc/daemon-probe';
import { createPcscReaders } from '../../hardware/pcsc/pcsc-readers';
import type { ReaderService } from '../../hardware/reader';
import type { NFC as NfcClass } from 'nfc-pcsc';

export interface ReaderOptions {
  /** Use PC/SC readers (nfc-pcsc). Off in tests that must not see a machine's readers. */
  pcsc: boolean;
  /** Add the "tap a test badge" development reader. Never in a packaged build. */
  development: boolean;
  log?: (message: string, err?: unknown) => void;
  /** Only PC/SC readers whose name contains this (several kiosks on one machine, or desk). */
  reader?: string;
}

export interface KioskReaders {
  /** Every reader as one service: taps from all, status from the real hardware. */
  service: ReaderService;
  wedge: ManualReader;
  development: ManualReader | null;
}

/**
 * Builds the readers for this machine. Call it only once start-up is complete (Electron's
 * `ready`, or the browser host's start): a PC/SC reader attached earlier would be missed.
 */
export async function createReaders(opts: ReaderOptions): Promise<KioskReaders> {
  const wedge = createManualReader({ name: 'Keyboard reader', standard: 'keyboard' });
  const development = opts.development
    ? createManualReader({ name: 'Development reader', standard: 'development' })
    : null;
  const hardware = opts.pcsc
    ? await pcscReaders(opts.log, opts.reader)
    : staticReaders(noPcsc('switched off'));
  return {
    service: combineReaders([hardware, wedge, ...(development ? [development] : [])]),
    wedge,
    development,
  };
}

async function pcscReaders(
  log: ReaderOptions['log'],
  only: string | undefined,
): Promise<ReaderService> {
  let NFC: typeof NfcClass;
  try {
    // Optional dependency: absent where libpcsclite could not be built.
    ({ NFC } = await import('nfc-pcsc'));
  } catch {
    return staticReaders(noPcsc('not installed'));
  }
  const service = createPcscReaders({
    createNfc: () => new NFC(),
    daemonAvailable: () => pcscDaemonAvailable(),
    ...(only ? { onlyReader: (name: string) => name.includes(only) } : {}),
    ...(log ? { log } : {}),
  });
  await service.start();
  return service;
}

function noPcsc(why: string) {
  return { state: 'absent' as const, readers: [], detail: `PC/SC support is ${why}.` };
}

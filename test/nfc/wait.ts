import type { PcscEvents, PcscReaderService } from '../../hardware/pcsc/pcsc-readers';

/** Resolves with the next event of a kind that matches, or fails after `timeoutMs`. */
export function nextEvent<K extends keyof PcscEvents>(
  service: PcscReaderService,
  event: K,
  matches: (...args: Parameters<PcscEvents[K]>) => boolean = () => true,
  timeoutMs = 5000,
): Promise<Parameters<PcscEvents[K]>[0]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new Error(`no ${String(event)} event within ${timeoutMs} ms`));
    }, timeoutMs);
    const off = service.on(event, ((...args: Parameters<PcscEvents[K]>) => {
      if (!matches(...args)) return;
      clearTimeout(timer);
      off();
      resolve(args[0]);
    }) as PcscEvents[K]);
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

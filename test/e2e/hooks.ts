/**
 * Test-file lifetimes for the expensive parts (Chromium, the pcscd rig). Kept apart from the
 * harness, which benchmarks use outside the test runner.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startPcscRig, type PcscRig } from '../nfc/pcsc-rig';
import { launchChromium } from './harness';

function useShared<T>(
  start: () => Promise<T>,
  stop: (value: T) => Promise<void>,
  what: string,
): () => T {
  let value: T | undefined;
  beforeAll(async () => {
    value = await start();
  });
  afterAll(async () => {
    if (value !== undefined) await stop(value);
  });
  return () => {
    if (value === undefined) throw new Error(`${what} is not started yet`);
    return value;
  };
}

/** One Chromium for a test file, closed at the end; call at describe level. */
export const useBrowser = (): (() => Browser) =>
  useShared(launchChromium, (b) => b.close(), 'the browser');

/** One pcscd + vpcd rig for a test file, stopped at the end; call at describe level. */
export const usePcscRig = (): (() => PcscRig) =>
  useShared(startPcscRig, (r) => r.close(), 'the PC/SC rig');

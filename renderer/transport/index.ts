import type { KioskApi } from '../../main/ipc/contract';
import { browserTransport } from './browser';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a plain browser. */
    kiosk?: KioskApi;
  }
}

/** Picks the transport once at start-up; nothing else in the UI knows which one it is. */
export function pickTransport(): KioskApi {
  return window.kiosk ?? browserTransport();
}

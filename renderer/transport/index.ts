import type { KioskApi, KioskBridge, Result } from '../../main/contract';
import { apiOver } from './api';
import { browserTransport } from './browser';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a plain browser. */
    lobbyBridge?: KioskBridge;
  }
}

/** Picks the transport once at start-up; nothing else in the UI knows which one it is. */
export function pickTransport(): KioskApi {
  const bridge = window.lobbyBridge;
  if (!bridge) return browserTransport();
  return apiOver(
    (channel, args) => bridge.call(channel, args) as Promise<Result<unknown>>,
    (event, listener) => bridge.subscribe(event, listener as (payload: unknown) => void),
  );
}

import type { KioskApi, Result } from '../../main/contract';
import { apiOver } from './api';
import { browserTransport } from './browser';

/** What the Electron preload exposes (main/electron/bridge.ts); absent in a plain browser. */
interface KioskBridge {
  call(channel: string, args: unknown[]): Promise<unknown>;
  subscribe(event: string, listener: (payload: unknown) => void): () => void;
}

declare global {
  interface Window {
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

/**
 * What the Electron preload puts on `window.lobbyBridge`: one function for every call and one for events.
 * The renderer turns it into the typed KioskApi, so the preload never lists the calls.
 */
export interface KioskBridge {
  call(channel: string, args: unknown[]): Promise<unknown>;
  subscribe(event: string, listener: (payload: unknown) => void): () => void;
}

/** The IPC channel every call travels on, and the one every pushed event travels on. */
export const callChannel = 'lobby:call';
export const eventChannel = 'lobby:event';

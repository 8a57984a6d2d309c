/**
 * Which call is being served, and for which client, for whatever runs inside it: the audit trail
 * records where an entry came from, and the console finds the caller's own session. Async work
 * started by the call keeps its context.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * One client of the contract: a browser holding the console cookie, an Electron window, or the
 * process itself. The transport keeps it; the console sets and clears its session token.
 */
export interface Client {
  consoleToken: string | null;
}

export const newClient = (token: string | null = null): Client => ({ consoleToken: token });

interface CallContext {
  channel: string;
  client: Client;
}

const calls = new AsyncLocalStorage<CallContext>();

export const withCall = <T>(channel: string, client: Client, run: () => T): T =>
  calls.run({ channel, client }, run);
export const currentCall = (): string | null => calls.getStore()?.channel ?? null;
/** The client of the call being served; null outside a call (a tap, a timer, the CLI). */
export const currentClient = (): Client | null => calls.getStore()?.client ?? null;

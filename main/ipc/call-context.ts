/**
 * Which call is being served, for whatever runs inside it (the audit trail records where an
 * entry came from). Async work started by the call keeps its context.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

const calls = new AsyncLocalStorage<string>();

export const withCall = <T>(channel: string, run: () => T): T => calls.run(channel, run);
export const currentCall = (): string | null => calls.getStore() ?? null;

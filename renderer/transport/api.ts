import type { KioskApi, Result } from '../../main/contract';

export type Call = (channel: string, args: unknown[]) => Promise<Result<unknown>>;
export type Subscribe = (event: string, listener: (payload: never) => void) => () => void;

/**
 * The typed KioskApi over any transport: every property but `subscribe` is a contract call named
 * after its channel, so no transport lists the calls; the services refuse a name they do not know.
 */
export function apiOver(call: Call, subscribe: Subscribe): KioskApi {
  return new Proxy({ subscribe } as unknown as KioskApi, {
    get(target, property) {
      if (property === 'subscribe') return target.subscribe;
      // Not a thenable, not a symbol-keyed protocol: only names can be calls.
      if (typeof property !== 'string' || property === 'then') return undefined;
      return (...args: unknown[]) => call(property, args);
    },
  });
}

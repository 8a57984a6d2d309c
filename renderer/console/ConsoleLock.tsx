import { useMemo, type ReactNode } from 'react';
import type { KioskApi, Result } from '../../main/contract';
import { ApiProvider, useApi } from '../app/ApiProvider';

/**
 * Every console screen reaches the services through this provider: whichever call comes back
 * refused as unauthorized (the console locked itself, or was locked elsewhere), the whole console
 * returns to the PIN pad. No screen has to remember to check.
 */
export function ConsoleLock(props: { onLocked: () => void; children: ReactNode }) {
  const api = useApi();
  const { onLocked } = props;
  const watched = useMemo(() => watchForLock(api, onLocked), [api, onLocked]);
  return <ApiProvider api={watched}>{props.children}</ApiProvider>;
}

function watchForLock(api: KioskApi, onLocked: () => void): KioskApi {
  return new Proxy(api, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (property === 'subscribe' || typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        const result = (await (value as (...a: unknown[]) => Promise<Result<unknown>>)(
          ...args,
        )) as Result<unknown>;
        if (!result.ok && result.error.code === 'unauthorized') onLocked();
        return result;
      };
    },
  });
}

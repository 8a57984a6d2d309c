import { createContext, useContext, useEffect, type ReactNode } from 'react';
import type { EventChannel, EventPayloads, KioskApi } from '../../main/contract';

const ApiContext = createContext<KioskApi | null>(null);

export function ApiProvider(props: { api: KioskApi; children: ReactNode }) {
  return <ApiContext.Provider value={props.api}>{props.children}</ApiContext.Provider>;
}

export function useApi(): KioskApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside ApiProvider');
  return api;
}

/** Subscribes for the component's lifetime; the listener should be stable (useCallback). */
export function useEvent<E extends EventChannel>(
  event: E,
  listener: (payload: EventPayloads[E]) => void,
): void {
  const api = useApi();
  useEffect(() => api.subscribe(event, listener), [api, event, listener]);
}

import type { KioskApi, Result } from '../../main/contract';
import { apiOver } from './api';

type Listener = (payload: never) => void;

/**
 * The contract over the browser host: calls are POSTs under the page's secret path, events
 * arrive on one WebSocket that reconnects with back-off when the host restarts.
 */
export function browserTransport(pageUrl: string = window.location.href): KioskApi {
  const base = new URL('.', pageUrl);
  const listeners = new Map<string, Set<Listener>>();

  const call = async (channel: string, args: unknown[]): Promise<Result<unknown>> => {
    try {
      const response = await fetch(new URL(`api/${channel}`, base), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(args),
      });
      return (await response.json()) as Result<unknown>;
    } catch {
      return {
        ok: false,
        error: { code: 'unavailable', message: 'The kiosk service is not reachable.' },
      };
    }
  };

  let delay = 250;
  const connect = () => {
    const url = new URL('events', base);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    const socket = new WebSocket(url);
    socket.onopen = () => {
      delay = 250;
    };
    socket.onmessage = (message) => {
      const { event, payload } = JSON.parse(String(message.data)) as {
        event: string;
        payload: never;
      };
      for (const listener of listeners.get(event) ?? []) listener(payload);
    };
    socket.onclose = () => {
      setTimeout(connect, delay);
      delay = Math.min(delay * 2, 5000);
    };
  };
  connect();

  const subscribe = (event: string, listener: Listener) => {
    let set = listeners.get(event);
    if (!set) listeners.set(event, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  };

  return apiOver(call, subscribe);
}
